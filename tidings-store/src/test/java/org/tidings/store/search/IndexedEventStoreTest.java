package org.tidings.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Outcome;
import org.tidings.store.IngestResult;
import org.tidings.store.StoreLocation;

/** The store and its index together: where the index lives, and ingest keeping both in step. */
class IndexedEventStoreTest {
  @TempDir Path dir;

  @Test
  void theIndexLivesBesideADuckDbFile() {
    Path file = dir.resolve("data/tidings.duckdb");
    assertEquals(file.toAbsolutePath().resolveSibling("tidings.duckdb.search"),
        IndexedEventStore.besides(StoreLocation.parse(file.toString())));
    assertNull(IndexedEventStore.besides(StoreLocation.parse("duckdb::memory:")));
    assertNull(IndexedEventStore.besides(StoreLocation.parse("postgresql://localhost/tidings")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndexedEventStore.open(StoreLocation.parse("postgresql://localhost/tidings"), null));
    assertEquals("a PostgreSQL store needs a search index directory: give --index DIR", e.getMessage());
  }

  @Test
  void ingestStoresThenIndexesAndTwiceChangesNothing() {
    String db = dir.resolve("s.duckdb").toString();
    List<Outcome> outcomes = List.of(SearchArticles.summit(), SearchArticles.harvest(),
        new Outcome.Failed("bad.jsonl:3", "input", "malformed JSON", null));
    try (IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(db), null)) {
      store.ingestAll(outcomes);
      assertEquals(3, store.stats().articles());
      assertEquals(2, store.index().articles(), "only coded articles are searchable");
    }
    try (IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(db), null)) {
      for (Outcome o : outcomes.subList(0, 2)) {
        assertEquals(IngestResult.Status.UNCHANGED, store.ingest(o).status());
      }
      assertEquals(3, store.stats().articles());
      assertEquals(2, store.index().articles());
      assertEquals(1, store.search(SearchQuery.of("\"national security\" AND chancellor")).total());
    }
  }

  @Test
  void aLostIndexIsRebuiltFromTheStore() {
    String db = dir.resolve("r.duckdb").toString();
    try (IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(db), null)) {
      store.ingestAll(List.of(SearchArticles.summit(), SearchArticles.harvest(),
          new Outcome.Failed("bad.jsonl:3", "input", "malformed JSON", null)));
    }
    try (IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(db), dir.resolve("new-index"))) {
      assertEquals(0, store.index().articles());
      // An article the store lacks: a rebuild drops it.
      store.index().index(SearchArticles.flood());
      assertEquals(2, Reindexer.rebuild(store, store.index()));
      assertEquals(2, store.index().articles());
      assertEquals(0, store.search(SearchQuery.of("Dhaka")).total());
      assertEquals(1, store.search(SearchQuery.of("\"national security\" AND chancellor")).total());
      // Quotes come back with their speakers, articles with their publisher and day.
      SearchResults said = store.search(new SearchQuery("supply", SearchQuery.Kind.QUOTE, "farm weekly", "vilsack",
          java.time.LocalDate.of(2024, 6, 10), java.time.LocalDate.of(2024, 6, 10), 0, 10));
      assertEquals(1, said.total());
    }
  }

  @Test
  void anIndexLaggingBehindItsStoreCatchesUpWithTheMissingArticlesOnly() {
    String db = dir.resolve("lag.duckdb").toString();
    try (IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(db), null)) {
      store.ingest(SearchArticles.summit());
    }
    // Written without the index, as `tidings ingest` did before it opened the indexed store.
    try (org.tidings.store.EventStore plain = org.tidings.store.EventStores.open(db)) {
      plain.ingestAll(List.of(SearchArticles.harvest(), SearchArticles.flood()));
    }
    try (IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(db), null)) {
      assertEquals(1, store.index().articles());
      assertEquals(2, store.catchUpIndex());
      assertEquals(3, store.index().articles());
      assertEquals(java.util.Set.of(SearchArticles.summit(), SearchArticles.harvest(), SearchArticles.flood()).stream()
          .map(o -> ((Outcome.Coded) o).document().article().id()).collect(java.util.stream.Collectors.toSet()),
          store.index().articleIds());
      assertEquals(1, store.search(SearchQuery.of("Dhaka")).total());
      assertEquals(0, store.catchUpIndex(), "a complete index is left alone");
    }
  }

  @Test
  void closingTwiceIsHarmless() {
    IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(dir.resolve("c.duckdb").toString()), null);
    store.ingest(SearchArticles.flood());
    store.close();
    store.close();
    try (IndexedEventStore again = IndexedEventStore.open(StoreLocation.parse(dir.resolve("c.duckdb").toString()), null)) {
      assertEquals(1, again.index().articles(), "the first close released both locks");
    }
  }
}
