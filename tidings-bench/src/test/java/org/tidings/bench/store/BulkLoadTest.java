package org.tidings.bench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Outcome;
import org.tidings.store.EventQuery;
import org.tidings.store.EventStore;
import org.tidings.store.EventStores;
import org.tidings.store.IngestResult;
import org.tidings.store.StoredEvent;

/**
 * A pipelined bulk load of many batches into DuckDB: every event is stored once, and events are
 * found with their mentions.
 */
class BulkLoadTest {
  @TempDir Path dir;

  @Test
  void aLoadOfManyBatchesStoresEveryEventOnce() {
    String db = dir.resolve("bulk.duckdb").toString();
    SyntheticOutcomes generator = new SyntheticOutcomes(3, LocalDate.of(2023, 1, 1), 365, 500);
    List<List<Outcome>> batches = IntStream.range(0, 30).mapToObj(i -> generator.next(4)).toList();
    List<IngestResult> results = new ArrayList<>();
    try (EventStore store = EventStores.open(db)) {
      store.ingestBatches(batches.iterator(), results::addAll);
      assertEquals(120, results.size());
      assertTrue(results.stream().allMatch(r -> r.status() == IngestResult.Status.STORED && r.newEvents() == 500));
      assertEquals(60_000, store.stats().events());
      List<StoredEvent> page = store.events(EventQuery.builder().country("RUS").limit(20).build()).items();
      assertEquals(20, page.size());
      for (StoredEvent e : page) {
        assertFalse(store.mentions(e.eventId()).isEmpty(), "mentions of " + e.eventId());
      }
    }
  }
}
