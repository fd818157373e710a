package org.tidings.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidings.model.Actor;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Event;
import org.tidings.model.Layers;
import org.tidings.model.Outcome;
import org.tidings.model.TextSpan;

/**
 * Stores a list of outcomes in two steps. {@link #prepare} looks up, in a few queries for the whole
 * list, which articles, events and MinHash bands are already stored, then turns each outcome into
 * rows, deciding idempotence, near-duplicates and event merging; {@link #write} writes the rows
 * through the backend's bulk writer inside the caller's transaction.
 *
 * <p>The two steps may run on different connections and threads: a pipelined load prepares batch
 * N+1 (looking up through a reader connection, which sees only committed rows) while batch N is
 * written. Batch N+1's ingester then takes batch N's as {@code inFlight}: what N looked up and
 * decided stands in for the rows the reader cannot see yet. One batch may be in flight at a time,
 * and every batch before it must be committed.
 *
 * <p>Not thread-safe: each step runs on one thread at a time, and {@link #write} only after
 * {@link #prepare} has returned (a hand-over with a happens-before edge, such as a Future).
 */
final class Ingester {
  private final Connection c;
  private final KnownKeys known;
  /** Read during {@link #prepare} only, then let go: a chain of batches would hold a whole load. */
  private Ingester inFlight;
  private final WriteBatch batch = new WriteBatch();
  private final LocalDateTime now;

  private final Map<String, String> outcomeById = new HashMap<>();
  private final Set<Long> knownEvents = new HashSet<>();
  private final Map<Long, List<String>> articlesByBand = new HashMap<>();
  private final Map<String, Candidate> candidates = new HashMap<>();
  private final Map<String, Map<String, Long>> looseEventsByRoot = new HashMap<>();
  private final List<String> replaced = new ArrayList<>();
  private final Map<Event, String> keys = new java.util.IdentityHashMap<>();

  /** A stored article that a new one may nearly copy. */
  private record Candidate(long[] signature, String root) {}

  /**
   * @param c the connection look-ups go through: the writer inside its transaction, or a reader
   * @param known what a single-writer store has stored, to skip look-ups of certainly new keys;
   *     null to look every key up (PostgreSQL)
   * @param inFlight the prepared batch still being written, whose rows {@code c} may not see; null
   *     when every earlier batch is committed
   */
  Ingester(Connection c, KnownKeys known, Ingester inFlight) {
    this(c, known, inFlight, LocalDateTime.now(ZoneOffset.UTC));
  }

  /**
   * @param c as above, or null for an ingester that sees an empty store and looks nothing up: it
   *     builds the rows a fresh store would take for the outcomes it is given ({@link StoreRows})
   * @param now the ingestion time written in the rows (UTC)
   */
  Ingester(Connection c, KnownKeys known, Ingester inFlight, LocalDateTime now) {
    this.c = c;
    this.known = known;
    this.inFlight = inFlight;
    this.now = now;
  }

  /** Looks up what is stored and builds the rows; returns what storing each outcome will do. */
  List<IngestResult> prepare(List<? extends Outcome> outcomes) throws SQLException {
    // Signatures are independent of each other and of the store: computed on all cores.
    List<long[]> signatures = outcomes.parallelStream()
        .map(o -> o instanceof Outcome.Coded coded ? MinHash.signature(coded.document().article().text()) : null)
        .collect(java.util.stream.Collectors.toList());
    prefetch(outcomes, signatures);
    List<IngestResult> results = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      results.add(one(outcomes.get(i), signatures.get(i)));
    }
    inFlight = null;
    return results;
  }

  private void prefetch(List<? extends Outcome> outcomes, List<long[]> signatures) throws SQLException {
    Set<String> ids = new HashSet<>();
    Set<Long> eventIds = new HashSet<>();
    Set<Long> bands = new HashSet<>();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      ids.add(ArticleRows.idOf(o));
      if (o instanceof Outcome.Coded coded && coded.document().has(Layers.EVENTS)) {
        Document doc = coded.document();
        for (Event e : doc.get(Layers.EVENTS)) {
          String key = key(e, doc.article());
          keys.put(e, key);
          eventIds.add(EventKey.id(key));
        }
      }
      if (signatures.get(i) != null) {
        for (long b : MinHash.bands(signatures.get(i))) {
          bands.add(b);
        }
      }
    }
    if (inFlight != null) {
      ids.removeIf(id -> copied(inFlight.outcomeById, outcomeById, id));
      eventIds.removeIf(id -> inFlight.knownEvents.contains(id) && knownEvents.add(id));
      bands.removeIf(b -> {
        List<String> sharing = inFlight.articlesByBand.get(b);
        if (sharing != null) {
          articlesByBand.put(b, new ArrayList<>(sharing));
        }
        return sharing != null;
      });
    }
    if (c == null) {
      return; // nothing stored to look up
    }
    if (known != null) {
      ids.removeIf(id -> !mightContain(KnownKeys.Kind.ARTICLE, KnownKeys.key(id)));
      eventIds.removeIf(id -> !mightContain(KnownKeys.Kind.EVENT, id));
      bands.removeIf(b -> !mightContain(KnownKeys.Kind.BAND, b));
    }
    select("SELECT article_id, outcome FROM articles WHERE article_id IN ", ids, "varchar",
        rs -> outcomeById.put(rs.getString(1), rs.getString(2)));
    select("SELECT event_id FROM events WHERE event_id IN ", eventIds, "bigint", rs -> knownEvents.add(rs.getLong(1)));
    Set<String> candidateIds = new HashSet<>();
    select("SELECT band_hash, article_id FROM article_bands WHERE band_hash IN ", bands, "bigint", rs -> {
      articlesByBand.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
      candidateIds.add(rs.getString(2));
    });
    for (List<String> articles : articlesByBand.values()) {
      candidateIds.addAll(articles);
    }
    if (inFlight != null) {
      candidateIds.removeIf(id -> copied(inFlight.candidates, candidates, id));
    }
    // A candidate's signature is computed again from its text (see MinHash: signatures are not stored).
    select("SELECT article_id, near_duplicate_of, text FROM articles WHERE article_id IN ", candidateIds, "varchar", rs -> {
      String root = rs.getString(2) == null ? rs.getString(1) : rs.getString(2);
      long[] signature = rs.getString(3) == null ? null : MinHash.signature(rs.getString(3));
      candidates.put(rs.getString(1), new Candidate(signature, root));
    });
  }

  /**
   * Copies {@code key}'s entry, when {@code from} has one, into {@code to}; true when it did. The
   * value is shared: it is immutable.
   */
  private static <K, V> boolean copied(Map<K, V> from, Map<K, V> to, K key) {
    V value = from.get(key);
    if (value == null) {
      return false;
    }
    to.put(key, value);
    return true;
  }

  private boolean mightContain(KnownKeys.Kind kind, long key) {
    try {
      return known.mightContain(c, kind, key);
    } catch (SQLException e) {
      throw new StoreException("cannot read the stored keys: " + e.getMessage(), e);
    }
  }

  private IngestResult one(Outcome outcome, long[] signature) {
    String id = ArticleRows.idOf(outcome);
    String before = outcomeById.get(id);
    boolean coded = outcome instanceof Outcome.Coded;
    if (before != null && (before.equals("coded") || !coded)) {
      return new IngestResult(id, IngestResult.Status.UNCHANGED, 0, 0, null);
    }
    IngestResult.Status status = IngestResult.Status.STORED;
    if (before != null) {
      replaced.add(id);
      status = IngestResult.Status.REPLACED;
    }
    outcomeById.put(id, ArticleRows.kind(outcome));
    if (!coded) {
      ArticleRows.article(batch, id, outcome, null, now);
      return new IngestResult(id, status, 0, 0, null);
    }
    Document doc = ((Outcome.Coded) outcome).document();
    String problem = DocumentCheck.problem(doc);
    if (problem != null) {
      // A batch never dies of one article: an inconsistent document is kept as a failure.
      Outcome.Failed failed = new Outcome.Failed(outcome.origin(), "store", problem, doc.article());
      outcomeById.put(id, "failed");
      ArticleRows.article(batch, id, failed, null, now);
      return new IngestResult(id, IngestResult.Status.REJECTED, 0, 0, null);
    }
    String root = signature == null ? null : nearestRoot(signature);
    ArticleRows.article(batch, id, outcome, root, now);
    if (signature != null) {
      for (long band : MinHash.bands(signature)) {
        batch.add(Table.ARTICLE_BANDS, band, id);
        articlesByBand.computeIfAbsent(band, k -> new ArrayList<>()).add(id);
      }
      candidates.put(id, new Candidate(signature, root == null ? id : root));
    }
    ArticleRows.layers(batch, id, doc);
    int[] counts = doc.has(Layers.EVENTS) ? events(id, doc, root) : new int[2];
    return new IngestResult(id, status, counts[0], counts[1], root);
  }

  /** The first-stored article of the most similar near-duplicate group, or null. */
  private String nearestRoot(long[] signature) {
    String best = null;
    double bestSimilarity = MinHash.THRESHOLD;
    Set<String> seen = new HashSet<>();
    for (long band : MinHash.bands(signature)) {
      for (String other : articlesByBand.getOrDefault(band, List.of())) {
        Candidate cand = candidates.get(other);
        if (!seen.add(other) || cand == null || cand.signature() == null) {
          continue;
        }
        double s = MinHash.similarity(signature, cand.signature());
        if (s >= bestSimilarity && (best == null || s > bestSimilarity)) {
          best = cand.root();
          bestSimilarity = s;
        }
      }
    }
    return best;
  }

  /** Rows for the document's events and mentions; returns {new events, mentions of known events}. */
  private int[] events(String id, Document doc, String root) {
    Article article = doc.article();
    Map<String, Actor> actors = new HashMap<>();
    if (doc.has(Layers.ACTORS)) {
      for (Actor a : doc.get(Layers.ACTORS)) {
        actors.put(a.id(), a);
      }
    }
    Map<String, Long> loose = looseEvents(root == null ? id : root, root != null);
    int created = 0;
    int added = 0;
    for (Event e : doc.get(Layers.EVENTS)) {
      String key = keys.computeIfAbsent(e, ev -> key(ev, article));
      String looseKey = EventKey.loose(e.cameoCode(), EventKey.party(e.source()), EventKey.party(e.target()), e.modality().name());
      Long matched = root == null ? null : loose.get(looseKey);
      long eventId = matched != null ? matched : EventKey.id(key);
      // A loose match is an event already stored (or written earlier in this batch).
      boolean isNew = knownEvents.add(eventId) && matched == null;
      if (isNew) {
        eventRow(eventId, e, article, actors, id);
        created++;
      } else {
        added++;
      }
      loose.putIfAbsent(looseKey, eventId);
      mentionRow(eventId, id, e, article, root != null);
    }
    return new int[] {created, added};
  }

  /**
   * Loose keys (see {@link EventKey#loose}) of the events already reported by a near-duplicate
   * group, loaded from the store the first time the group is met in this batch.
   */
  private Map<String, Long> looseEvents(String root, boolean fromStore) {
    return looseEventsByRoot.computeIfAbsent(root, r -> {
      Map<String, Long> map = new LinkedHashMap<>();
      Map<String, Long> written = inFlight == null ? null : inFlight.looseEventsByRoot.get(r);
      if (written != null) {
        // The in-flight batch met this group: its map holds what was stored then and what it added.
        map.putAll(written);
      } else if (fromStore && c != null) {
        String sql = "SELECT DISTINCT e.event_id, e.cameo_code, e.source_code, e.source_name, e.target_code,"
            + " e.target_name, e.modality, e.day FROM events e JOIN event_mentions m ON m.event_id = e.event_id"
            + " WHERE m.article_id = ? OR m.article_id IN (SELECT article_id FROM articles WHERE near_duplicate_of = ?)"
            + " ORDER BY e.day, e.event_id";
        try (PreparedStatement st = c.prepareStatement(sql)) {
          st.setString(1, r);
          st.setString(2, r);
          try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              map.putIfAbsent(EventKey.loose(rs.getString(2), EventKey.party(rs.getString(3), rs.getString(4)),
                  EventKey.party(rs.getString(5), rs.getString(6)), rs.getString(7)), rs.getLong(1));
            }
          }
        } catch (SQLException ex) {
          throw new StoreException("cannot read the events of article " + r, ex);
        }
      }
      return map;
    });
  }

  static String key(Event e, Article article) {
    return EventKey.of(day(e, article), e.cameoCode(), e.source(), e.target(),
        e.place() == null ? null : e.place().place(), e.modality().name());
  }

  /** yyyymmdd of the event's date, else the article's publication date, else 0. */
  static int day(Event e, Article article) {
    if (e.date() != null && e.date().interval().begin() != null) {
      return ArticleRows.day(e.date().interval().begin().toLocalDate());
    }
    LocalDate published = article.published() == null ? null : article.published().date();
    return ArticleRows.day(published);
  }

  private void eventRow(long eventId, Event e, Article article, Map<String, Actor> actors, String id) {
    ActorCodes.Coding source = ActorCodes.of(e.source(), actors);
    ActorCodes.Coding target = ActorCodes.of(e.target(), actors);
    var place = e.place() == null ? null : e.place().place();
    String precision = e.date() != null ? e.date().interval().precision().name() : article.published() != null ? "DAY" : null;
    batch.add(Table.EVENTS, eventId, day(e, article), precision, e.cameoCode(),
        e.cameoCode().substring(0, Math.min(3, e.cameoCode().length())), e.cameoRoot(), e.quadClass(), e.goldstein(),
        e.ploverType(), e.ploverMode(), e.modality().name(),
        e.source() == null ? null : e.source().name(), e.source() == null ? null : e.source().code(),
        source.country(), source.roles(),
        e.target() == null ? null : e.target().name(), e.target() == null ? null : e.target().code(),
        target.country(), target.roles(),
        place == null ? null : place.name(), place == null ? null : place.country(),
        place == null ? null : place.admin1(), place == null ? null : place.geonameId(),
        place == null ? null : place.lat(), place == null ? null : place.lon(),
        place == null || place.precision() == null ? null : place.precision().name(),
        e.place() == null ? null : e.place().source().name(), id, now, e.coderVersion(), inLead(article.text(), e));
  }

  /** True when the event's sentence starts in the first paragraph (up to the first line break). */
  static boolean inLead(String text, Event e) {
    int firstBreak = text.indexOf('\n', text.isEmpty() ? 0 : 1);
    return firstBreak < 0 || e.sentence().begin() < firstBreak;
  }

  private void mentionRow(long eventId, String id, Event e, Article a, boolean nearDuplicate) {
    batch.add(Table.EVENT_MENTIONS, eventId, id, e.id(), publisher(a), a.url(),
        e.sentence().begin(), e.sentence().end(), "", // the sentence's text is cut from the article's when read
        e.trigger().begin(), e.trigger().end(), e.triggerText(),
        e.source() == null ? null : e.source().actorId(), e.source() == null ? null : e.source().span().begin(),
        e.source() == null ? null : e.source().span().end(),
        e.target() == null ? null : e.target().actorId(), e.target() == null ? null : e.target().span().begin(),
        e.target() == null ? null : e.target().span().end(),
        e.date() == null ? null : ArticleRows.begin(e.date().span()), e.date() == null ? null : ArticleRows.end(e.date().span()),
        e.date() == null ? null : e.date().source().name(), e.modality().name(), e.reportedBy(), e.quoteId(),
        e.parentEventId(), e.confidence(), nearDuplicate);
  }

  /** The article's publisher: its source name, else its URL's host, else null. */
  private static String publisher(Article a) {
    if (a.source() != null && !a.source().isBlank()) {
      return a.source();
    }
    if (a.url() != null) {
      try {
        return URI.create(a.url()).getHost();
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** The rows prepared so far, per table, handed over and forgotten (the look-up state stays). */
  Map<Table, List<Object[]>> drain() {
    return batch.drain();
  }

  /** Writes the prepared rows through {@code writer}, inside the caller's transaction. */
  void write(Connection writer, Backend backend) throws SQLException {
    if (!replaced.isEmpty()) {
      try (PreparedStatement st = writer.prepareStatement("DELETE FROM articles WHERE article_id = ?")) {
        for (String id : replaced) {
          st.setString(1, id);
          st.executeUpdate();
        }
      }
    }
    for (Table t : Table.values()) {
      backend.insert(writer, t, batch.rows(t));
    }
  }

  /**
   * Adds the prepared keys to the store's filters of known keys (none for PostgreSQL). Called in
   * the write's transaction or after its commit, with no batch in flight: a filter rebuilt now
   * reads every row the batch wrote. Keys of a batch rolled back afterwards stay (a harmless
   * "maybe").
   */
  void remember() throws SQLException {
    if (known != null) {
      for (Object[] row : batch.rows(Table.ARTICLES)) {
        known.add(c, KnownKeys.Kind.ARTICLE, KnownKeys.key((String) row[0]));
      }
      for (Object[] row : batch.rows(Table.EVENTS)) {
        known.add(c, KnownKeys.Kind.EVENT, (Long) row[0]);
      }
      for (Object[] row : batch.rows(Table.ARTICLE_BANDS)) {
        known.add(c, KnownKeys.Kind.BAND, (Long) row[0]);
      }
    }
  }

  /**
   * Runs {@code prefix} followed by a sub-select of {@code values}, passed as one array parameter
   * (a long IN list of parameters is slow to plan in DuckDB), handing each row to {@code row}.
   */
  private void select(String prefix, Collection<?> values, String sqlType, RowHandler row) throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    try (PreparedStatement st = c.prepareStatement(prefix + "(SELECT UNNEST(?))")) {
      st.setArray(1, c.createArrayOf(sqlType, values.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          row.accept(rs);
        }
      }
    }
  }

  @FunctionalInterface
  private interface RowHandler {
    void accept(ResultSet rs) throws SQLException;
  }

}
