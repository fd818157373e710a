package org.tidings.store;

import java.time.LocalDate;
import org.tidings.model.Outcome;
import org.tidings.store.search.IndexedEventStore;

/**
 * The child process of {@link KillDuringIngestTest}: ingests distinct wire stories into a DuckDB
 * store and its search index, one per transaction, printing "stored N" after each, until killed.
 */
final class IngestUntilKilled {
  private IngestUntilKilled() {}

  /** The {@code n}th story: the wire text with its own closing line, so its content hash differs. */
  static Outcome.Coded story(int n) {
    return TestArticles.coded(TestArticles.WIRE + "\nStory number " + n + " of the kill test.",
        "https://wire.example/kill/" + n, "Tidings Wire", LocalDate.of(2021, 10, 13), 0);
  }

  public static void main(String[] args) throws InterruptedException {
    try (IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(args[0]), null)) {
      for (int n = 0; n < 100_000; n++) {
        store.ingest(story(n));
        System.out.println("stored " + n);
        System.out.flush();
      }
      Thread.sleep(60_000);
    }
  }
}
