package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Outcome;
import org.tidings.store.search.IndexedEventStore;
import org.tidings.store.search.LuceneSearchIndex;
import org.tidings.store.search.SearchQuery;

/**
 * A child JVM ingesting into DuckDB and the search index is killed (SIGKILL) mid-ingest: the store
 * and the index reopen, hold whole articles only, and re-ingesting adds exactly what is missing.
 */
class KillDuringIngestTest {
  @TempDir Path dir;

  @Test
  void aKilledIngestLeavesWholeArticlesAndReingestsCleanly() throws IOException, InterruptedException {
    String db = dir.resolve("kill.duckdb").toString();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        IngestUntilKilled.class.getName(), db).redirectErrorStream(true).start();
    int reported = -1;
    List<String> output = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        output.add(line);
        if (line.startsWith("stored ")) {
          reported = Integer.parseInt(line.substring(7));
          if (reported >= 12) {
            break;
          }
        }
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
    }
    assertTrue(reported >= 12, "the child stopped early: " + String.join("\n", output));

    long stored;
    try (EventStore store = EventStores.open(db)) {
      stored = store.stats().articles();
      assertTrue(stored >= reported + 1 && stored <= reported + 2, "stored " + stored + " after reporting " + reported);
      Map<String, Long> perArticle = new HashMap<>();
      ((JdbcEventStore) store).withConnection("count rows per article", c -> {
        for (String table : new String[] {"event_mentions", "quotes", "actors"}) {
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery("SELECT a.article_id, (SELECT COUNT(*) FROM " + table
                  + " t WHERE t.article_id = a.article_id) FROM articles a")) {
            while (rs.next()) {
              perArticle.merge(table + ":" + rs.getLong(2), 1L, Long::sum);
            }
          }
        }
        return null;
      });
      assertEquals(Map.of("event_mentions:5", stored, "quotes:2", stored, "actors:5", stored), perArticle,
          "every stored article has all its rows");
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(IndexedEventStore.besides(StoreLocation.parse(db)))) {
      long indexed = index.articles();
      assertTrue(indexed == stored || indexed == stored - 1, "indexed " + indexed + " of " + stored);
    }

    int total = (int) stored + 3;
    try (IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(db), null)) {
      List<Outcome> again = new ArrayList<>();
      for (int n = 0; n < total; n++) {
        again.add(IngestUntilKilled.story(n));
      }
      long newlyStored = store.ingestAll(again).stream().filter(r -> r.status() == IngestResult.Status.STORED).count();
      assertEquals(3, newlyStored, "only the stories the child never stored are new");
      assertEquals(total, store.stats().articles());
      assertEquals(total, store.index().articles(), "the index caught up with the store");
      assertEquals(total, store.search(new SearchQuery("\"kill test\"", SearchQuery.Kind.ARTICLE, null, null, null, null, 0, 100)).total());
    }
  }
}
