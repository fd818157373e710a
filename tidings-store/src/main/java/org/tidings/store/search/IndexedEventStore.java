package org.tidings.store.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.tidings.model.Outcome;
import org.tidings.store.ActorQuery;
import org.tidings.store.ActorSummary;
import org.tidings.store.CountQuery;
import org.tidings.store.DailyCount;
import org.tidings.store.EventMention;
import org.tidings.store.EventQuery;
import org.tidings.store.EventStore;
import org.tidings.store.EventStores;
import org.tidings.store.Grid;
import org.tidings.store.GridQuery;
import org.tidings.store.IngestResult;
import org.tidings.store.Page;
import org.tidings.store.QuoteQuery;
import org.tidings.store.StoreLocation;
import org.tidings.store.StoreStats;
import org.tidings.store.StoredArticle;
import org.tidings.store.StoredEvent;
import org.tidings.store.StoredQuote;
import org.tidings.store.TextAnnotation;
import org.tidings.store.TimelineQuery;

/**
 * An {@link EventStore} with its {@link SearchIndex} kept in step: every outcome is stored first
 * (one transaction) and its article indexed after, so the index never holds an article the store
 * lacks. If a process dies between the two, ingesting the same outcome again (a no-op for the
 * store) indexes it, since indexing is idempotent by article id, and {@link #catchUpIndex()} (which
 * {@code tidings serve} calls at start) indexes every stored article the index lacks.
 *
 * <p>Where the index lives: given explicitly, else {@link #besides(StoreLocation)}.
 *
 * <p>Thread-safe, as both parts are. Closing closes both.
 */
public final class IndexedEventStore implements EventStore {
  private final EventStore store;
  private final SearchIndex index;
  private final AtomicBoolean closed = new AtomicBoolean();
  /** Raised after every write has reached both the store and the index. */
  private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();

  /** Joins a store and an index; this object owns and closes both. */
  public IndexedEventStore(EventStore store, SearchIndex index) {
    this.store = store;
    this.index = index;
  }

  /**
   * Opens the store at {@code location} and its index in {@code indexDir}, or when that is null in
   * {@link #besides(StoreLocation)}; an in-memory store gets an in-memory index.
   *
   * @throws IllegalArgumentException for a PostgreSQL store without {@code indexDir}
   */
  public static IndexedEventStore open(StoreLocation location, Path indexDir) {
    Path dir = indexDir != null ? indexDir : besides(location);
    if (dir == null && !(location instanceof StoreLocation.DuckDb)) {
      throw new IllegalArgumentException("a PostgreSQL store needs a search index directory: give --index DIR");
    }
    SearchIndex index = dir == null ? LuceneSearchIndex.inMemory() : LuceneSearchIndex.open(dir);
    try {
      return new IndexedEventStore(EventStores.open(location), index);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /**
   * The default index directory of a store: for a DuckDB file {@code F}, the directory {@code
   * F.search} beside it; null for an in-memory DuckDB store or a PostgreSQL store.
   */
  public static Path besides(StoreLocation location) {
    if (location instanceof StoreLocation.DuckDb duck && duck.file() != null) {
      Path file = duck.file().toAbsolutePath();
      return file.resolveSibling(file.getFileName() + ".search");
    }
    return null;
  }

  @Override
  public void scanCodedArticles(Consumer<org.tidings.model.Document> sink) {
    store.scanCodedArticles(sink);
  }

  /** The search index. */
  public SearchIndex index() {
    return index;
  }

  /**
   * Indexes every coded article of the store that the index lacks; returns how many (0 when the
   * index was complete). See {@link Reindexer#catchUp}.
   */
  public long catchUpIndex() {
    try {
      return Reindexer.catchUp(store, index);
    } finally {
      writes.incrementAndGet();
    }
  }

  /** Searches the index; see {@link SearchIndex#search}. */
  public SearchResults search(SearchQuery query) {
    return index.search(query);
  }

  @Override
  public IngestResult ingest(Outcome outcome) {
    try {
      IngestResult result = store.ingest(outcome);
      index.index(outcome);
      return result;
    } finally {
      writes.incrementAndGet();
    }
  }

  @Override
  public List<IngestResult> ingestAll(List<? extends Outcome> outcomes) {
    try {
      List<IngestResult> results = store.ingestAll(outcomes);
      index.indexAll(outcomes);
      return results;
    } finally {
      writes.incrementAndGet();
    }
  }

  /**
   * Loads the Parquet tables into the store ({@link EventStore#loadParquet}), then indexes the
   * stored articles the index lacks ({@link #catchUpIndex}): as with {@link #ingest}, the store
   * first, so the index never holds an article the store lacks.
   */
  @Override
  public org.tidings.store.ParquetLoadResult loadParquet(Path dir) {
    try {
      org.tidings.store.ParquetLoadResult result = store.loadParquet(dir);
      Reindexer.catchUp(store, index);
      return result;
    } finally {
      writes.incrementAndGet();
    }
  }

  @Override
  public boolean onlyWriter() {
    return store.onlyWriter();
  }

  /**
   * A number that changes after every write through this object has reached both the store and
   * the index (also after a failed one), for caches of answers; empty when other processes may
   * write the database ({@link #onlyWriter()} false), as then no such number can tell. A reader
   * that takes the number before reading may keep its answer for as long as the number stays the
   * same.
   */
  public java.util.OptionalLong writeGeneration() {
    return onlyWriter() ? java.util.OptionalLong.of(writes.get()) : java.util.OptionalLong.empty();
  }

  @Override
  public Page<StoredEvent> events(EventQuery query) {
    return store.events(query);
  }

  @Override
  public Optional<StoredEvent> event(long eventId) {
    return store.event(eventId);
  }

  @Override
  public void scanEvents(EventQuery query, Consumer<StoredEvent> sink) {
    store.scanEvents(query, sink);
  }

  @Override
  public java.util.Map<Long, List<EventMention>> mentions(java.util.Collection<Long> eventIds) {
    return store.mentions(eventIds);
  }

  @Override
  public void scanExportRows(EventQuery query, Consumer<org.tidings.store.ExportRow> sink) {
    store.scanExportRows(query, sink);
  }

  @Override
  public Page<StoredQuote> quotes(QuoteQuery query) {
    return store.quotes(query);
  }

  @Override
  public List<ActorSummary> actors(ActorQuery query) {
    return store.actors(query);
  }

  @Override
  public List<DailyCount> dailyCounts(CountQuery query) {
    return store.dailyCounts(query);
  }

  @Override
  public Grid grid(GridQuery query) {
    return store.grid(query);
  }

  @Override
  public List<DailyCount> timeline(TimelineQuery query) {
    return store.timeline(query);
  }

  @Override
  public List<TextAnnotation> annotations(String articleId) {
    return store.annotations(articleId);
  }

  @Override
  public Page<org.tidings.store.ArticleSummary> articles(org.tidings.store.ArticleQuery query) {
    return store.articles(query);
  }

  @Override
  public Optional<StoredArticle> article(String articleId) {
    return store.article(articleId);
  }

  @Override
  public StoreStats stats() {
    return store.stats();
  }

  @Override
  public String backend() {
    return store.backend();
  }

  /** Closes the index and the store; idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      index.close();
    } finally {
      store.close();
    }
  }
}
