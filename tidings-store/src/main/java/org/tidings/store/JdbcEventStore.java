package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;
import org.tidings.model.Modality;
import org.tidings.model.Outcome;
import org.tidings.model.TextSpan;

/** {@link EventStore} on SQL: the same statements for DuckDB and PostgreSQL, written through a {@link Backend}. */
final class JdbcEventStore implements EventStore {
  private final Backend backend;
  private final Connections connections;
  /** Stored keys, for a single-writer backend; used under the write lock. Null otherwise. */
  private final KnownKeys known;

  JdbcEventStore(Backend backend) {
    this.backend = backend;
    this.known = backend.singleWriter() ? new KnownKeys() : null;
    try {
      this.connections = new Connections(backend);
    } catch (java.sql.SQLException e) {
      backend.close();
      throw new StoreException("cannot open the " + backend.name() + " store: " + e.getMessage(), e);
    }
    try {
      connections.exclusive("migrate the schema", c -> Migrations.apply(c, backend));
    } catch (RuntimeException e) {
      connections.close();
      throw e;
    }
  }

  @Override
  public String backend() {
    return backend.name();
  }

  @Override
  public boolean onlyWriter() {
    return backend.singleWriter();
  }

  @Override
  public IngestResult ingest(Outcome outcome) {
    return ingestAll(List.of(outcome)).get(0);
  }

  @Override
  public List<IngestResult> ingestAll(List<? extends Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return List.of();
    }
    return connections.write("store " + outcomes.size() + " outcome(s) from " + outcomes.get(0).origin(), c -> {
      Ingester ingester = new Ingester(c, known, null);
      List<IngestResult> results = ingester.prepare(outcomes);
      ingester.write(c, backend);
      ingester.remember();
      return results;
    });
  }

  /** Pipelined, see {@link PipelinedLoad}; the write lock is held for the whole load. */
  @Override
  public void ingestBatches(Iterator<? extends List<? extends Outcome>> batches, Consumer<List<IngestResult>> committed) {
    connections.bulk("store a bulk load", (reader, writer) -> {
      new PipelinedLoad(backend, known, reader, writer, committed).run(batches);
      return null;
    });
  }

  @Override
  public ParquetLoadResult loadParquet(java.nio.file.Path dir) {
    try (ParquetTables tables = ParquetTables.open(dir)) {
      ParquetLoadResult total = new ParquetLoadResult(0, 0, 0, 0, 0);
      for (int day : tables.days()) {
        total = total.plus(connections.write("load day " + day + " of " + dir,
            c -> ParquetLoad.day(c, backend, known, tables, day)));
      }
      return total;
    }
  }

  /**
   * A page in two steps: the page's ids from a scan of the filter columns only, then the page's
   * rows by id (an index look-up in both backends). One query selecting every column made DuckDB
   * decompress every column of each vector holding a match: with matches spread over the whole
   * table, that was the whole table. Events are never deleted, so every id found is still there.
   */
  @Override
  public Page<StoredEvent> events(EventQuery query) {
    EventFilter f = EventFilter.of(query, true);
    String sql = "SELECT e.event_id, e.day FROM events e WHERE " + f.where
        + " ORDER BY " + EventFilter.orderBy(query) + " LIMIT " + (query.limit() + 1);
    return connections.read("list events", c -> {
      List<Long> ids = new ArrayList<>();
      int lastDay = 0;
      try (PreparedStatement st = c.prepareStatement(sql)) {
        SqlRows.bindAll(st, f.params);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next() && ids.size() < query.limit() + 1) {
            ids.add(rs.getLong(1));
            if (ids.size() <= query.limit()) {
              lastDay = rs.getInt(2);
            }
          }
        }
      }
      boolean more = ids.size() > query.limit();
      if (more) {
        ids.remove(ids.size() - 1);
      }
      Map<Long, StoredEvent> byId = new HashMap<>();
      if (!ids.isEmpty()) {
        String rows = "SELECT " + EventRows.COLUMNS + " FROM events e WHERE e.event_id IN (" + idList(ids) + ")";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(rows)) {
          while (rs.next()) {
            StoredEvent e = EventRows.read(rs, EventRows.Reach.NONE);
            byId.put(e.eventId(), e);
          }
        }
      }
      List<StoredEvent> bare = new ArrayList<>();
      for (Long id : ids) {
        bare.add(byId.get(id));
      }
      Map<Long, EventRows.Reach> reach = reach(c, bare);
      List<StoredEvent> items = new ArrayList<>();
      for (StoredEvent e : bare) {
        items.add(withReach(e, reach.getOrDefault(e.eventId(), EventRows.Reach.NONE)));
      }
      String next = more ? new EventCursor(lastDay, ids.get(ids.size() - 1)).toString() : null;
      return new Page<>(items, next);
    });
  }

  /**
   * Ids as a literal SQL list: numbers the store itself read, never user text. Literals (not one
   * array parameter, nor a long list of parameters, slow to plan in DuckDB) let both databases use
   * their index on event_id.
   */
  private static String idList(Iterable<Long> ids) {
    StringBuilder b = new StringBuilder();
    for (long id : ids) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(id);
    }
    return b.toString();
  }

  /**
   * Article ids as a literal SQL list, for the same reason as {@link #idList}: ids the store itself
   * read, each checked to be a content hash (hex digits) before it is written into SQL.
   */
  private static String articleIdList(Iterable<String> ids) {
    StringBuilder b = new StringBuilder();
    for (String id : ids) {
      if (!id.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f')) {
        throw new StoreException("not an article id: " + id, null);
      }
      b.append(b.length() > 0 ? ",'" : "'").append(id).append('\'');
    }
    return b.toString();
  }

  private static StoredEvent withReach(StoredEvent e, EventRows.Reach r) {
    return new StoredEvent(e.eventId(), e.day(), e.datePrecision(), e.cameoCode(), e.cameoBase(), e.cameoRoot(),
        e.quadClass(), e.goldstein(), e.ploverType(), e.ploverMode(), e.modality(), e.source(), e.target(),
        e.place(), r.mentions(), r.articles(), r.sources(), e.firstArticleId(), r.url(), e.firstSeen(),
        e.coderVersion(), e.lead());
  }

  /**
   * Mention counts of a page of events, counted here from their mention rows, fetched by the index
   * on event_mentions.event_id; no join (a join with events made DuckDB hash the whole table).
   */
  private static Map<Long, EventRows.Reach> reach(Connection c, List<StoredEvent> events) throws SQLException {
    Map<Long, EventRows.Reach> out = new HashMap<>();
    if (events.isEmpty()) {
      return out;
    }
    Map<Long, String> firstArticle = new HashMap<>();
    for (StoredEvent e : events) {
      firstArticle.put(e.eventId(), e.firstArticleId());
    }
    Map<Long, java.util.Set<String>> articles = new HashMap<>();
    Map<Long, java.util.Set<String>> sources = new HashMap<>();
    Map<Long, int[]> mentions = new HashMap<>();
    Map<Long, String> urls = new HashMap<>();
    String sql = "SELECT event_id, article_id, article_source, url FROM event_mentions WHERE event_id IN ("
        + idList(firstArticle.keySet()) + ")";
    try (Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          long id = rs.getLong(1);
          String article = rs.getString(2);
          String source = rs.getString(3);
          mentions.computeIfAbsent(id, k -> new int[1])[0]++;
          articles.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(article);
          sources.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(source == null ? article : source);
          if (article.equals(firstArticle.get(id))) {
            urls.putIfAbsent(id, rs.getString(4));
          }
        }
      }
    }
    for (Long id : mentions.keySet()) {
      out.put(id, new EventRows.Reach(mentions.get(id)[0], articles.get(id).size(), sources.get(id).size(), urls.get(id)));
    }
    return out;
  }

  @Override
  public Optional<StoredEvent> event(long eventId) {
    return connections.read("read event " + eventId, c -> {
      try (PreparedStatement st = c.prepareStatement("SELECT " + EventRows.COLUMNS + " FROM events e WHERE e.event_id = ?")) {
        st.setLong(1, eventId);
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          StoredEvent e = EventRows.read(rs, EventRows.Reach.NONE);
          return Optional.of(withReach(e, reach(c, List.of(e)).getOrDefault(eventId, EventRows.Reach.NONE)));
        }
      }
    });
  }

  @Override
  public void scanEvents(EventQuery query, Consumer<StoredEvent> sink) {
    EventFilter f = EventFilter.of(query, false);
    String sql = "SELECT " + EventRows.COLUMNS + ", r.n_mentions, r.n_articles, r.n_sources, r.first_url"
        + " FROM events e LEFT JOIN (" + EventRows.REACH + " GROUP BY m.event_id) r ON r.event_id = e.event_id"
        + " WHERE " + f.where + " ORDER BY e.day, e.event_id";
    stream("scan events", sql, f.params,
        rs -> EventRows.read(rs, new EventRows.Reach(rs.getInt(32), rs.getInt(33), rs.getInt(34), rs.getString(35))), sink);
  }

  @Override
  public void scanCodedArticles(Consumer<org.tidings.model.Document> sink) {
    connections.read("read the stored articles", c -> {
      String last = "";
      while (true) {
        List<org.tidings.model.Article> page = list(c, "SELECT article_id, url, source, title, published, language,"
            + " text, origin, external_id FROM articles WHERE outcome = 'coded' AND article_id > ?"
            + " ORDER BY article_id LIMIT 500", List.of(last), StoredDocuments::article);
        if (page.isEmpty()) {
          return null;
        }
        last = page.get(page.size() - 1).id();
        Map<String, List<org.tidings.model.Quote>> quotes = new HashMap<>();
        List<Object> range = List.of(page.get(0).id(), last);
        for (Map.Entry<String, org.tidings.model.Quote> q : list(c, StoredDocuments.QUOTES
            + " WHERE article_id BETWEEN ? AND ? ORDER BY article_id, span_begin, quote_id", range, StoredDocuments::quote)) {
          quotes.computeIfAbsent(q.getKey(), k -> new ArrayList<>()).add(q.getValue());
        }
        for (org.tidings.model.Article a : page) {
          sink.accept(org.tidings.model.Document.of(a).with(org.tidings.model.Layers.QUOTES,
              quotes.getOrDefault(a.id(), List.of())));
        }
      }
    });
  }

  /**
   * Mentions stored since 2026-11-29 leave their sentence's text empty (a bulk load wrote every
   * sentence twice); it is cut from the article's text, which the same read fetches. (An empty
   * string, not NULL: DuckDB 1.4 crashed when a migration altered the column of a stored table.)
   */
  @Override
  public Map<Long, List<EventMention>> mentions(Collection<Long> eventIds) {
    if (eventIds.isEmpty()) {
      return Map.of();
    }
    String sql = "SELECT m.event_id, m.article_id, m.local_id, m.article_source, m.url, m.sentence_begin, m.sentence_end,"
        + " m.sentence_text, m.trigger_begin, m.trigger_end, m.trigger_text, m.modality, m.confidence, m.near_duplicate,"
        + " m.source_begin, m.source_end, m.target_begin, m.target_end, m.date_begin, m.date_end"
        + " FROM event_mentions m WHERE m.event_id IN (" + idList(eventIds) + ")"
        + " ORDER BY m.event_id, m.near_duplicate, m.article_id, m.local_id";
    return connections.read("read the mentions of " + eventIds.size() + " event(s)", c -> {
      List<Object[]> rows = new ArrayList<>();
      Set<String> needText = new HashSet<>();
      try (Statement st = c.createStatement()) {
        try (ResultSet rs = st.executeQuery(sql)) {
          while (rs.next()) {
            Object[] row = new Object[20];
            for (int i = 0; i < row.length; i++) {
              row[i] = rs.getObject(i + 1);
            }
            if (row[7] == null || ((String) row[7]).isEmpty()) {
              needText.add((String) row[1]);
            }
            rows.add(row);
          }
        }
      }
      Map<String, String> texts = new HashMap<>();
      if (!needText.isEmpty()) {
        try (Statement st = c.createStatement()) {
          try (ResultSet rs = st.executeQuery("SELECT article_id, text FROM articles WHERE article_id IN ("
              + articleIdList(needText) + ")")) {
            while (rs.next()) {
              texts.put(rs.getString(1), rs.getString(2));
            }
          }
        }
      }
      Map<Long, List<EventMention>> out = new LinkedHashMap<>();
      for (Object[] r : rows) {
        TextSpan sentence = new TextSpan(((Number) r[5]).intValue(), ((Number) r[6]).intValue());
        String text = r[7] != null && !((String) r[7]).isEmpty() ? (String) r[7] : sentenceOf(texts.get((String) r[1]), sentence);
        long eventId = ((Number) r[0]).longValue();
        out.computeIfAbsent(eventId, k -> new ArrayList<>()).add(new EventMention(eventId, (String) r[1], (String) r[2],
            (String) r[3], (String) r[4], sentence, text, new TextSpan(((Number) r[8]).intValue(), ((Number) r[9]).intValue()),
            (String) r[10], span(r[14], r[15]), span(r[16], r[17]), span(r[18], r[19]), Modality.valueOf((String) r[11]),
            ((Number) r[12]).doubleValue(), (Boolean) r[13]));
      }
      return out;
    });
  }

  /** The span of two nullable offset columns' values, or null when they are null. */
  private static TextSpan span(Object begin, Object end) {
    return begin == null || end == null ? null : new TextSpan(((Number) begin).intValue(), ((Number) end).intValue());
  }

  /** The sentence's text in the article's (Java offsets, which SQL substring would not count alike); "" if out of range. */
  private static String sentenceOf(String articleText, TextSpan sentence) {
    return articleText != null && sentence.end() <= articleText.length() ? sentence.of(articleText) : "";
  }

  /**
   * Newest first by the time stored; the event reports of the page's articles only are counted, in
   * one grouped read.
   */
  @Override
  public Page<ArticleSummary> articles(ArticleQuery q) {
    List<String> and = new ArrayList<>();
    List<Object> p = new ArrayList<>();
    if (q.outcome() != null) {
      and.add("outcome = ?");
      p.add(q.outcome());
    }
    if (q.source() != null) {
      and.add("lower(source) = ?");
      p.add(q.source().toLowerCase(java.util.Locale.ROOT));
    }
    String sql = "SELECT article_id, outcome, reason, origin, url, source, title, published, ingested_at FROM articles"
        + (and.isEmpty() ? "" : " WHERE " + String.join(" AND ", and))
        + " ORDER BY ingested_at DESC, article_id LIMIT " + (q.limit() + 1) + " OFFSET " + q.offset();
    return connections.read("list articles", c -> {
      List<Object[]> rows = list(c, sql, p, rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
          rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
          rs.getTimestamp(9).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC)});
      boolean more = rows.size() > q.limit();
      List<Object[]> page = more ? rows.subList(0, q.limit()) : rows;
      Map<String, Integer> events = new HashMap<>();
      List<String> hashed = page.stream().map(r -> (String) r[0]).filter(id -> id.matches("[0-9a-f]+")).toList();
      if (!hashed.isEmpty()) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
            "SELECT article_id, COUNT(*) FROM event_mentions WHERE article_id IN (" + articleIdList(hashed) + ") GROUP BY article_id")) {
          while (rs.next()) {
            events.put(rs.getString(1), rs.getInt(2));
          }
        }
      }
      List<ArticleSummary> items = new ArrayList<>();
      for (Object[] r : page) {
        items.add(new ArticleSummary((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
            (String) r[5], (String) r[6], (String) r[7], (java.time.Instant) r[8], events.getOrDefault((String) r[0], 0)));
      }
      return new Page<>(items, more ? String.valueOf(q.offset() + q.limit()) : null);
    });
  }

  /**
   * The speaker's actor code on table {@code q} (quotes): its first country then its first role, as
   * events code an actor; null when the speaker is no actor of the article.
   */
  private static final String SPEAKER_CODE = "(SELECT COALESCE(split_part(a.countries, '/', 1), '')"
      + " || COALESCE(split_part(a.roles, '/', 1), '') FROM actors a"
      + " WHERE a.article_id = q.article_id AND a.actor_id = q.speaker_actor_id)";

  @Override
  public Page<StoredQuote> quotes(QuoteQuery q) {
    List<String> and = new ArrayList<>();
    List<Object> p = new ArrayList<>();
    if (q.speaker() != null) {
      and.add("lower(speaker_name) LIKE ? ESCAPE '\\'");
      p.add(EventFilter.likeContains(q.speaker()));
    }
    if (q.code() != null) {
      and.add(SPEAKER_CODE + " LIKE ?");
      p.add(q.code() + "%");
    }
    if (q.text() != null) {
      and.add("lower(text) LIKE ? ESCAPE '\\'");
      p.add(EventFilter.likeContains(q.text()));
    }
    if (q.articleId() != null) {
      and.add("article_id = ?");
      p.add(q.articleId());
    }
    String sql = "SELECT article_id, quote_id, kind, span_begin, span_end, text, cue_text, speaker_name,"
        + " speaker_actor_id, speaker_begin, speaker_end, confidence, " + SPEAKER_CODE + " FROM quotes q"
        + (and.isEmpty() ? "" : " WHERE " + String.join(" AND ", and))
        + " ORDER BY article_id, span_begin, quote_id LIMIT " + (q.limit() + 1) + " OFFSET " + q.offset();
    return connections.read("list quotes", c -> {
      List<StoredQuote> out = list(c, sql, p, rs -> {
        int sb = rs.getInt(10);
        TextSpan speaker = rs.wasNull() ? null : new TextSpan(sb, rs.getInt(11));
        return new StoredQuote(rs.getString(1), rs.getString(2), rs.getString(3),
            new TextSpan(rs.getInt(4), rs.getInt(5)), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9), rs.getString(13), speaker, rs.getDouble(12));
      });
      boolean more = out.size() > q.limit();
      if (more) {
        out.remove(out.size() - 1);
      }
      return new Page<>(out, more ? String.valueOf(q.offset() + q.limit()) : null);
    });
  }

  @Override
  public List<ActorSummary> actors(ActorQuery q) {
    List<String> and = new ArrayList<>();
    List<Object> p = new ArrayList<>();
    if (q.name() != null) {
      and.add("lower(a.name) LIKE ? ESCAPE '\\'");
      p.add(EventFilter.likeContains(q.name()));
    }
    if (q.country() != null) {
      and.add("('/' || a.countries || '/') LIKE ?");
      p.add("%/" + q.country() + "/%");
    }
    if (q.role() != null) {
      and.add("('/' || a.roles || '/') LIKE ?");
      p.add("%/" + q.role() + "/%");
    }
    String sql = "SELECT a.name, a.type, COALESCE(a.countries, '') AS countries, COALESCE(a.roles, '') AS roles,"
        + " COUNT(DISTINCT a.article_id) AS n_articles, COALESCE(SUM(m.n), 0) AS n_mentions FROM actors a"
        + " LEFT JOIN (SELECT article_id, actor_id, COUNT(*) AS n FROM actor_mentions GROUP BY article_id, actor_id) m"
        + " ON m.article_id = a.article_id AND m.actor_id = a.actor_id"
        + (and.isEmpty() ? "" : " WHERE " + String.join(" AND ", and))
        + " GROUP BY a.name, a.type, COALESCE(a.countries, ''), COALESCE(a.roles, '')"
        + " ORDER BY n_articles DESC, n_mentions DESC, a.name LIMIT " + q.limit();
    return connections.read("list actors", c -> list(c, sql, p,
        rs -> new ActorSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
            rs.getLong(6))));
  }

  @Override
  public List<DailyCount> dailyCounts(CountQuery q) {
    // Grouped by the plain column (an INTEGER for QuadClass, turned into text when read): casting each
    // row to text before grouping made DuckDB's year count four times slower.
    String key = q.by() == CountQuery.By.QUAD_CLASS ? "e.quad_class" : "e.cameo_root";
    List<Object> p = new ArrayList<>(List.of(ArticleRows.day(q.from()), ArticleRows.day(q.to())));
    String country = "";
    if (q.country() != null) {
      country = " AND (e.source_country = ? OR e.target_country = ? OR e.place_country = ?)";
      p.addAll(List.of(q.country(), q.country(), q.country()));
    }
    String sql = "SELECT e.day, " + key + " AS k, COUNT(*) FROM events e WHERE e.day BETWEEN ? AND ?" + country
        + " GROUP BY e.day, " + key + " ORDER BY e.day, k";
    return connections.read("count events", c -> list(c, sql, p,
        rs -> new DailyCount(EventRows.toDate(rs.getInt(1)), rs.getString(2), rs.getLong(3))));
  }

  @Override
  public Grid grid(GridQuery query) {
    return connections.read("count events per grid cell", c -> EventAggregates.grid(c, query));
  }

  @Override
  public List<DailyCount> timeline(TimelineQuery query) {
    return connections.read("count events per day", c -> EventAggregates.timeline(c, query));
  }

  @Override
  public List<TextAnnotation> annotations(String articleId) {
    return connections.read("read the annotations of " + articleId, c -> EventAggregates.annotations(c, articleId));
  }

  @Override
  public Optional<StoredArticle> article(String articleId) {
    String sql = "SELECT article_id, outcome, stage, reason, origin, url, source, title, published, text, warnings,"
        + " layers, near_duplicate_of FROM articles WHERE article_id = ?";
    return connections.read("read article " + articleId, c -> {
      try (PreparedStatement st = c.prepareStatement(sql)) {
        st.setString(1, articleId);
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(new StoredArticle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
              lines(rs.getString(11), "\n"), lines(rs.getString(12), ","), rs.getString(13)));
        }
      }
    });
  }

  private static List<String> lines(String joined, String separator) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator, -1));
  }

  @Override
  public StoreStats stats() {
    String sql = "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM articles WHERE outcome = 'coded'),"
        + " (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM event_mentions), (SELECT COUNT(*) FROM quotes),"
        + " (SELECT COUNT(*) FROM actors)";
    return connections.read("count rows", c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
        rs.next();
        return new StoreStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
      }
    });
  }

  /**
   * One streamed query: each event with its reach, the first report's mention (one row per event:
   * DISTINCT ON) and article joined by hash, so an export reads each table once whatever its size
   * (a look-up per batch of events scanned the unindexed DuckDB tables again and again). The
   * article's text is read only for mentions stored without their sentence's text.
   */
  @Override
  public void scanExportRows(EventQuery query, Consumer<ExportRow> sink) {
    EventFilter f = EventFilter.of(query, false);
    String sql = "SELECT " + EventRows.COLUMNS + ", r.n_mentions, r.n_articles, r.n_sources, r.first_url,"
        + " fm.article_id, fm.local_id, fm.article_source, fm.url, fm.sentence_begin, fm.sentence_end, fm.sentence_text,"
        + " fm.trigger_begin, fm.trigger_end, fm.trigger_text, fm.modality, fm.confidence, fm.near_duplicate,"
        + " a.url, a.source, a.title, a.published_day, a.ingested_at,"
        + " CASE WHEN fm.sentence_text = '' THEN a.text END,"
        + " fm.source_begin, fm.source_end, fm.target_begin, fm.target_end, fm.date_begin, fm.date_end"
        + " FROM events e LEFT JOIN (" + EventRows.REACH + " GROUP BY m.event_id) r ON r.event_id = e.event_id"
        + " LEFT JOIN (SELECT DISTINCT ON (m.event_id) m.* FROM event_mentions m JOIN events fe"
        + " ON fe.event_id = m.event_id AND fe.first_article_id = m.article_id ORDER BY m.event_id, m.local_id) fm"
        + " ON fm.event_id = e.event_id"
        + " LEFT JOIN articles a ON a.article_id = e.first_article_id"
        + " WHERE " + f.where + " ORDER BY e.day, e.event_id";
    stream("scan events for export", sql, f.params, JdbcEventStore::exportRow, sink);
  }

  /** One row of {@link #scanExportRows}' query. */
  private static ExportRow exportRow(ResultSet rs) throws SQLException {
    StoredEvent e = EventRows.read(rs, new EventRows.Reach(rs.getInt(32), rs.getInt(33), rs.getInt(34), rs.getString(35)));
    List<EventMention> evidence = new ArrayList<>(1);
    String mentionArticle = rs.getString(36);
    if (mentionArticle != null) {
      TextSpan sentence = new TextSpan(rs.getInt(40), rs.getInt(41));
      String text = rs.getString(42);
      if (text == null || text.isEmpty()) {
        text = sentenceOf(rs.getString(54), sentence);
      }
      evidence.add(new EventMention(e.eventId(), mentionArticle, rs.getString(37), rs.getString(38), rs.getString(39),
          sentence, text, new TextSpan(rs.getInt(43), rs.getInt(44)), rs.getString(45), span(rs.getObject(55), rs.getObject(56)),
          span(rs.getObject(57), rs.getObject(58)), span(rs.getObject(59), rs.getObject(60)), Modality.valueOf(rs.getString(46)),
          rs.getDouble(47), rs.getBoolean(48)));
    }
    java.sql.Timestamp ingested = rs.getTimestamp(53);
    ArticleFacts article = ingested == null ? null : new ArticleFacts(e.firstArticleId(), rs.getString(49), rs.getString(50),
        rs.getString(51), EventRows.toDate(rs.getInt(52)), ingested.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC));
    return ExportRow.of(e, evidence, article);
  }

  /**
   * Streams the rows of {@code sql} to {@code sink} through a cursor (1,000 rows a fetch) instead of
   * reading them all first; on the caller's thread.
   */
  private <T> void stream(String what, String sql, List<?> params, RowReader<T> reader, Consumer<? super T> sink) {
    connections.read(what, c -> {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
      try (PreparedStatement st = c.prepareStatement(sql)) {
        st.setFetchSize(1000);
        SqlRows.bindAll(st, params);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            sink.accept(reader.read(rs));
          }
        }
      } finally {
        c.commit();
        c.setAutoCommit(autoCommit);
      }
      return null;
    });
  }

  /** Reads one result row. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** The rows of a parameterised query, each read by {@code reader}. */
  private static <T> List<T> list(Connection c, String sql, List<?> params, RowReader<T> reader) throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      SqlRows.bindAll(st, params);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
    }
    return out;
  }

  /** Runs {@code work} on a reader connection: for exports that hand a query to the database itself. */
  <T> T withConnection(String what, Connections.Work<T> work) {
    return connections.read(what, work);
  }

  @Override
  public void close() {
    connections.close();
  }
}
