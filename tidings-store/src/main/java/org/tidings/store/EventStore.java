package org.tidings.store;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.function.Consumer;
import org.tidings.model.Outcome;

/**
 * Where coded articles are kept: their text and outcome, actors, places, times, quotes, and the
 * events they report, merged across articles (one real-world event, several mentions).
 *
 * <p>Open one with {@link EventStores#open(String)}. Two backends behave the same: embedded DuckDB
 * (one writer process per file) and PostgreSQL (shared).
 *
 * <p>Thread safety: implementations are thread-safe. Writes are serialised inside the store;
 * queries may run from many threads at once and see only committed articles.
 *
 * <p>Nullness: no method accepts or returns null; absent values are {@link Optional} or empty
 * lists. Record components that may be null say so in their Javadoc.
 *
 * <p>Errors: invalid queries throw {@link InvalidQueryException} (an {@link
 * IllegalArgumentException}) before touching the database; database failures throw {@link
 * StoreException}.
 */
public interface EventStore extends AutoCloseable {

  /**
   * Stores one outcome in one transaction: a process killed meanwhile leaves no part of it.
   * Storing the same article (same content hash) again changes nothing; a near-duplicate's events
   * become mentions of the events already stored.
   */
  IngestResult ingest(Outcome outcome);

  /**
   * Stores outcomes in one transaction, in order, as if {@link #ingest} were called for each:
   * the fast path for bulk loads. All or none of them are stored, and they are durable when the
   * call returns (the database has committed them to its log): a process killed during the call
   * leaves none of them, one killed after it loses none. Nothing is staged across calls; a bulk
   * load is a sequence of these calls, each a unit of atomicity.
   */
  List<IngestResult> ingestAll(List<? extends Outcome> outcomes);

  /**
   * Stores batches as consecutive {@link #ingestAll} calls would: each batch one transaction, in
   * order, with the same atomicity. {@code committed} receives each batch's results, on the
   * calling thread, once the batch is durable. The fast path for bulk loads: a store may prepare
   * the next batch while the last is written. The first failure ends the load and is thrown; the
   * batches whose results were handed over are stored, and no other.
   *
   * @param batches read on the calling thread, one batch at a time; empty batches are skipped
   */
  default void ingestBatches(Iterator<? extends List<? extends Outcome>> batches, Consumer<List<IngestResult>> committed) {
    while (batches.hasNext()) {
      List<? extends Outcome> batch = batches.next();
      if (!batch.isEmpty()) {
        committed.accept(ingestAll(batch));
      }
    }
  }

  /**
   * Loads the store's tables as {@code tidings spark run} wrote them under {@code dir} (Parquet by
   * day), one transaction per day partition of the articles, with the store's rules for what it
   * already holds (see {@link ParquetLoad}): loading the same output twice, or a day already
   * ingested, adds nothing the second time. Every table is checked before anything is written; a
   * failure while a day is written rolls that day back, leaving the days before it stored, so
   * running the load again completes it.
   *
   * @throws IllegalArgumentException when a table is missing, unfinished, unreadable or lacks a column
   * @throws StoreException when the database fails
   */
  ParquetLoadResult loadParquet(java.nio.file.Path dir);

  /** One page of events matching {@code query}, in its order (newest first by default: day, then event id). */
  Page<StoredEvent> events(EventQuery query);

  /** The event with this id, if stored. */
  Optional<StoredEvent> event(long eventId);

  /**
   * Every event matching {@code query}'s filters, oldest first (day, then event id, whatever the
   * query's order), streamed to {@code sink} (its cursor and limit are ignored): for exports.
   */
  void scanEvents(EventQuery query, Consumer<StoredEvent> sink);

  /** The reports behind an event, each with its evidence sentence; empty when the id is unknown. */
  default List<EventMention> mentions(long eventId) {
    return mentions(List.of(eventId)).getOrDefault(eventId, List.of());
  }

  /**
   * The reports behind each of {@code eventIds} in one read, as {@link #mentions(long)} lists them;
   * unknown ids are left out of the map.
   */
  Map<Long, List<EventMention>> mentions(Collection<Long> eventIds);

  /**
   * Every event matching {@code query}'s filters (cursor and limit ignored), in page order, with the
   * evidence of its first report and its article ({@link ExportRow}), streamed to {@code sink}: for
   * exports.
   */
  void scanExportRows(EventQuery query, Consumer<ExportRow> sink);

  /**
   * Every coded article, in article id order, rebuilt as a {@link org.tidings.model.Document} with
   * its stored quotes layer: what a search index reads ({@link org.tidings.store.search.Reindexer}).
   * Other layers are not rebuilt; the article's segments are empty.
   */
  void scanCodedArticles(Consumer<org.tidings.model.Document> sink);

  /** One page of quotes matching {@code query}, ordered by article id then quote id. */
  Page<StoredQuote> quotes(QuoteQuery query);

  /** Actors matching {@code query}, merged by name and codes across articles, most reported first. */
  List<ActorSummary> actors(ActorQuery query);

  /** Events per day, split by QuadClass or CAMEO root, ordered by day then key. */
  List<DailyCount> dailyCounts(CountQuery query);

  /** The events matching {@code query}'s filter with a place, counted per grid cell (the web map's layer). */
  Grid grid(GridQuery query);

  /** Events per day matching every filter of {@code query}, split as it says, ordered by day then key. */
  List<DailyCount> timeline(TimelineQuery query);

  /** The actor mentions, places and times stored for an article, ordered by span; empty when none or no such article. */
  List<TextAnnotation> annotations(String articleId);

  /** One page of stored articles matching {@code query}, most recently stored first. */
  Page<ArticleSummary> articles(ArticleQuery query);

  /** The stored article with this id (content hash), with its outcome. */
  Optional<StoredArticle> article(String articleId);

  /** How many rows each kind of record has. */
  StoreStats stats();

  /**
   * True when this object is the only writer of its database (embedded DuckDB, which one process
   * holds), so that what it reads changes only through its own writes and answers may be cached
   * until the next one; false when other processes may write (PostgreSQL).
   */
  default boolean onlyWriter() {
    return false;
  }

  /** Which backend this is: "duckdb" or "postgresql". */
  String backend();

  /** Closes the database connections; the store cannot be used afterwards. */
  @Override
  void close();
}
