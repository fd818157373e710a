package org.tidings.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tidings.store.EventStore;
import org.tidings.store.EventStores;
import org.tidings.store.StoreLocation;
import org.tidings.store.StoreRows;
import org.tidings.store.EventQuery;
import org.tidings.store.ExportFormat;
import org.tidings.store.Exporter;
import org.tidings.store.GdeltEventRow;

/**
 * The Spark job in local[2] on a small mixed input (a JSONL file with a syndicated copy, an exact
 * copy and a malformed line; a WARC with two pages; a binary file): every table it writes holds
 * the rows that {@code tidings ingest} stores for the same input, row for row, and the bad items
 * have their outcome rows ({@link JobFixture} runs both).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobMatchesIngestTest {
  /** Columns holding the time of the run: they differ between any two runs. */
  private static final Set<String> RUN_TIME = Set.of("ingested_at", "first_seen");

  private Path out;
  private Path db;

  @BeforeAll
  void runBoth() {
    JobFixture f = JobFixture.get();
    out = f.out;
    db = f.db;
  }

  @Test
  void everyTableHoldsTheRowsIngestStores() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("ATTACH '" + db + "' AS ingest (READ_ONLY)");
      List<String> nonEmpty = new ArrayList<>();
      for (String table : StoreRows.tables()) {
        String columns = StoreRows.columns(table).stream().filter(col -> !RUN_TIME.contains(col))
            .collect(Collectors.joining(", "));
        long stored = count(st, "SELECT count(*) FROM ingest." + table);
        if (!hasParquet(out.resolve(table))) {
          assertEquals(0, stored, table + ": the store has rows, the job wrote none");
          continue;
        }
        String parquet = "read_parquet('" + out.resolve(table) + "/**/*.parquet', hive_partitioning = true)";
        assertEquals(stored, count(st, "SELECT count(*) FROM " + parquet), table + ": row count");
        assertEquals(0, count(st, "SELECT count(*) FROM (SELECT " + columns + " FROM ingest." + table
            + " EXCEPT ALL SELECT " + columns + " FROM " + parquet + ")"), table + ": stored rows the job did not write");
        assertEquals(0, count(st, "SELECT count(*) FROM (SELECT " + columns + " FROM " + parquet
            + " EXCEPT ALL SELECT " + columns + " FROM ingest." + table + ")"), table + ": written rows the store does not hold");
        if (stored > 0) {
          nonEmpty.add(table);
        }
      }
      assertTrue(nonEmpty.containsAll(List.of("articles", "events", "event_mentions", "actors", "quotes")), "compared: " + nonEmpty);
      // the syndicated copy is a near-duplicate in both, its events mentions of the original's
      assertEquals(1, count(st, "SELECT count(*) FROM ingest.articles WHERE near_duplicate_of IS NOT NULL"));
    }
  }

  @Test
  void badItemsHaveTheirOutcomeRows() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      String outcomes = "read_parquet('" + out.resolve(CodingJob.OUTCOMES) + "/**/*.parquet', hive_partitioning = true)";
      assertEquals(MixedInput.ITEMS, count(st, "SELECT count(*) FROM " + outcomes));
      assertEquals(1, count(st, "SELECT count(*) FROM " + outcomes
          + " WHERE outcome = 'skipped' AND origin LIKE '%scan.txt' AND reason LIKE 'binary content%'"));
      assertEquals(1, count(st, "SELECT count(*) FROM " + outcomes
          + " WHERE outcome = 'failed' AND origin LIKE '%articles.jsonl:4' AND reason LIKE 'malformed JSON%'"));
      assertEquals(1, count(st, "SELECT count(*) FROM " + outcomes + " WHERE NOT stored"), "the exact copy adds nothing");
      assertEquals(2, count(st, "SELECT count(*) FROM " + outcomes + " WHERE origin LIKE '%pages.warc#%' AND outcome = 'coded'"));
    }
  }

  @Test
  void theGdeltExportIsTheStoresButForTheTimeAdded() throws IOException {
    List<String> written = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out.resolve(CodingJob.GDELT))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        written.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    java.io.ByteArrayOutputStream exported = new java.io.ByteArrayOutputStream();
    try (EventStore store = EventStores.open(StoreLocation.parse(db.toString()))) {
      Exporter.export(store, EventQuery.all(), ExportFormat.GDELT, exported);
    }
    List<String> stored = List.of(exported.toString(StandardCharsets.UTF_8).split("\n"));
    assertTrue(stored.size() > 1, "events exported: " + stored.size());
    assertEquals(withoutDateAdded(stored), withoutDateAdded(written));
  }

  /** The lines sorted, each without column DATEADDED (the time of the run). */
  private static List<String> withoutDateAdded(List<String> lines) {
    int added = GdeltEventRow.COLUMNS.indexOf("DATEADDED");
    return lines.stream().map(l -> {
      List<String> columns = new ArrayList<>(List.of(l.split("\t", -1)));
      assertEquals(GdeltEventRow.COLUMNS.size(), columns.size(), l);
      columns.remove(added);
      return String.join("\t", columns);
    }).sorted().toList();
  }

  private static boolean hasParquet(Path table) {
    if (!Files.isDirectory(table)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(table)) {
      return files.anyMatch(p -> p.toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
