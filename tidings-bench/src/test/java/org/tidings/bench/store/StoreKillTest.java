package org.tidings.bench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Outcome;
import org.tidings.store.EventStore;
import org.tidings.store.EventStores;
import org.tidings.store.IngestResult;
import org.tidings.store.StoreStats;

/**
 * A process killed while it ingests leaves a store that opens, holds only whole articles, and takes
 * the same input again: the committed articles unchanged, the rest stored.
 */
class StoreKillTest {
  static final int ARTICLES = 12;
  static final int EVENTS_PER_ARTICLE = 2000;

  static SyntheticOutcomes articles() {
    return new SyntheticOutcomes(11, KillChild.first(), 365, EVENTS_PER_ARTICLE);
  }

  @TempDir Path dir;

  @Test
  void aKilledIngestLeavesWholeArticlesAndReingestsCleanly() throws Exception {
    String db = dir.resolve("killed.duckdb").toString();
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
            "-cp", System.getProperty("java.class.path"), KillChild.class.getName(), db)
        .redirectErrorStream(true)
        .start();
    int committed = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("stored ")) {
          committed = Integer.parseInt(line.substring(7));
          if (committed == 3) {
            break;
          }
        }
      }
      // The next article is being written: its rows take a while (2,000 events); kill it in the middle.
      Thread.sleep(150);
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
    assertTrue(committed >= 3, "the child never committed an article");

    try (EventStore store = EventStores.open(db)) {
      StoreStats after = store.stats();
      assertTrue(after.coded() >= committed && after.coded() < ARTICLES, "coded articles: " + after.coded());
      assertEquals(after.coded() * EVENTS_PER_ARTICLE, after.events(), "every stored article has all its events");
      assertEquals(after.events(), after.mentions(), "and all its mentions");
      assertEquals(after.coded(), after.articles());

      List<Outcome> all = articles().next(ARTICLES);
      int unchanged = 0;
      for (Outcome o : all) {
        IngestResult r = store.ingest(o);
        if (r.status() == IngestResult.Status.UNCHANGED) {
          unchanged++;
        } else {
          assertEquals(IngestResult.Status.STORED, r.status());
          assertEquals(EVENTS_PER_ARTICLE, r.newEvents());
        }
      }
      assertEquals(after.coded(), unchanged);
      assertEquals(new StoreStats(ARTICLES, ARTICLES, (long) ARTICLES * EVENTS_PER_ARTICLE,
          (long) ARTICLES * EVENTS_PER_ARTICLE, 0, 0), store.stats());
    }
  }
}
