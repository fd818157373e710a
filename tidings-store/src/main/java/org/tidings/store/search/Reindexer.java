package org.tidings.store.search;

import java.util.ArrayList;
import java.util.List;
import org.tidings.model.Outcome;
import org.tidings.store.EventStore;

/**
 * Rebuilds a search index from a store: clears it, then indexes every coded article the store
 * holds with its quotes, a batch (one index commit) at a time. For an index lost, damaged or out
 * of step with its store (e.g. a PostgreSQL store several processes write, each with its own
 * index). A rebuild cut short leaves a partial index; run it again. Not thread-safe with other
 * writers of the same index.
 */
public final class Reindexer {
  /** Articles indexed in one commit. */
  static final int BATCH = 500;

  private Reindexer() {}

  /**
   * Indexes the coded articles of {@code store} that {@code index} lacks (a process killed between
   * storing and indexing, or a store written without its index), a batch at a time; returns how
   * many it indexed. Articles already indexed are left as they are. When the index holds at least
   * as many articles as the store has coded, nothing is read (the index never holds an article
   * the store lacks, see {@link IndexedEventStore}); otherwise every coded article is read once.
   */
  public static long catchUp(EventStore store, SearchIndex index) {
    java.util.Set<String> indexed = index.articleIds();
    if (indexed.size() >= store.stats().coded()) {
      return 0;
    }
    return indexEach(store, index, id -> !indexed.contains(id));
  }

  /** Rebuilds {@code index} from {@code store}; returns how many articles it indexed. */
  public static long rebuild(EventStore store, SearchIndex index) {
    index.clear();
    return indexEach(store, index, id -> true);
  }

  /** Indexes the coded articles whose id {@code wanted} accepts, a batch (one commit) at a time; returns how many. */
  private static long indexEach(EventStore store, SearchIndex index, java.util.function.Predicate<String> wanted) {
    List<Outcome> batch = new ArrayList<>(BATCH);
    long[] indexed = {0};
    store.scanCodedArticles(doc -> {
      if (!wanted.test(doc.article().id())) {
        return;
      }
      batch.add(new Outcome.Coded(doc, List.of()));
      if (batch.size() == BATCH) {
        index.indexAll(batch);
        indexed[0] += batch.size();
        batch.clear();
      }
    });
    index.indexAll(batch);
    return indexed[0] + batch.size();
  }

}
