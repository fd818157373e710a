package org.tidings.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.EventStore;
import org.tidings.store.EventStores;
import org.tidings.store.ParquetLoadResult;
import org.tidings.store.StoreLocation;
import org.tidings.store.StoreRows;
import org.tidings.store.search.IndexedEventStore;

/**
 * {@code tidings ingest --parquet}: the job's output loaded into a store (DuckDB, and PostgreSQL
 * when {@code TIDINGS_TEST_PG} names a server) holds the rows {@code tidings ingest} stores for the
 * same input, row for row; loading it again, or into the store ingest made, adds nothing; a
 * missing, corrupt or incomplete table is refused with its name and leaves no day half-written.
 */
class ParquetLoadTest {
  /** Columns holding the time of the run: they differ between any two runs. */
  private static final Set<String> RUN_TIME = Set.of("ingested_at", "first_seen");

  private final JobFixture job = JobFixture.get();

  @Test
  void theLoadedStoreHoldsTheRowsIngestStoresAndASecondLoadAddsNothing(@TempDir Path dir) throws SQLException {
    Path loaded = dir.resolve("loaded.duckdb");
    long coded;
    try (IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(loaded.toString()), null)) {
      ParquetLoadResult first = store.loadParquet(job.out);
      coded = store.stats().coded();
      assertEquals(tableRows(job.db).get("articles").size(), first.stored(), "articles stored: " + first);
      assertEquals(0, first.unchanged());
      assertTrue(first.events() > 0 && first.mentions() > first.events(), "a syndicated copy adds mentions: " + first);
      assertEquals(coded, store.index().articles(), "every coded article is searchable");

      ParquetLoadResult second = store.loadParquet(job.out);
      assertEquals(new ParquetLoadResult(first.days(), 0, first.stored(), 0, 0), second);
    }
    assertEquals(tableRows(job.db), tableRows(loaded));
  }

  @Test
  void loadingIntoTheStoreIngestMadeAddsNothing(@TempDir Path dir) throws IOException, SQLException {
    Path copy = dir.resolve("copy.duckdb");
    Files.copy(job.db, copy);
    Map<String, List<String>> before = tableRows(copy);
    try (EventStore store = EventStores.open(StoreLocation.parse(copy.toString()))) {
      ParquetLoadResult r = store.loadParquet(job.out);
      assertEquals(0, r.stored(), r.toString());
      assertEquals(before.get("articles").size(), r.unchanged());
    }
    assertEquals(before, tableRows(copy));
  }

  @Test
  void loadsIntoPostgres() throws SQLException {
    String url = freshPostgresSchema();
    try (EventStore store = EventStores.open(StoreLocation.parse(url))) {
      ParquetLoadResult first = store.loadParquet(job.out);
      assertTrue(first.stored() > 0, first.toString());
      assertEquals(0, store.loadParquet(job.out).stored(), "the second load adds nothing");
    }
    StoreLocation.Postgres pg = (StoreLocation.Postgres) StoreLocation.parse(url);
    try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), credentials(pg))) {
      assertEquals(tableRows(job.db), tableRows(c));
    }
  }

  @Test
  void aMissingOrCorruptTableIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException, SQLException {
    Path broken = dir.resolve("broken");
    copyTree(job.out, broken);
    Path store = dir.resolve("store.duckdb");
    Path quotes = broken.resolve("quotes");
    copyTree(quotes, dir.resolve("quotes-kept"));
    deleteTree(quotes);
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> load(store, broken));
    assertTrue(missing.getMessage().contains("no quotes/ table"), missing.getMessage());

    copyTree(dir.resolve("quotes-kept"), quotes);
    Path part = firstParquet(broken.resolve("actors"));
    byte[] bytes = Files.readAllBytes(part);
    Files.write(part, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut short: no footer
    IllegalArgumentException corrupt = assertThrows(IllegalArgumentException.class, () -> load(store, broken));
    assertTrue(corrupt.getMessage().contains("cannot read the actors table"), corrupt.getMessage());
    assertEquals(0, tableRows(store).values().stream().mapToInt(List::size).sum(), "nothing written");
  }

  @Test
  void anIncompleteDayIsRolledBackAndTheOthersStayWhole(@TempDir Path dir) throws IOException, SQLException {
    Path incomplete = dir.resolve("incomplete");
    copyTree(job.out, incomplete);
    // the events of one day lost: the articles reporting them cannot be loaded whole
    Path lostDay;
    try (Stream<Path> days = Files.list(incomplete.resolve("events"))) {
      lostDay = days.filter(p -> p.getFileName().toString().startsWith("day=")).sorted().toList().get(0);
    }
    deleteTree(lostDay);
    Path store = dir.resolve("store.duckdb");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load(store, incomplete));
    assertTrue(e.getMessage().contains("lacks") && e.getMessage().contains("event"), e.getMessage());

    Map<String, List<String>> stored = tableRows(store);
    Map<String, List<String>> ingested = tableRows(job.db);
    assertTrue(stored.get("articles").size() < ingested.get("articles").size(), "the incomplete day is not stored");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store); Statement st = c.createStatement()) {
      assertEquals(0, count(st, "SELECT count(*) FROM event_mentions m WHERE m.event_id NOT IN (SELECT event_id FROM events)"),
          "every stored mention has its event");
      st.execute("ATTACH '" + job.db + "' AS ingest (READ_ONLY)");
      // each stored article has all its rows, as ingest stored them
      for (String table : List.of("event_mentions", "quotes", "actors", "places", "times")) {
        assertEquals(0, count(st, "SELECT count(*) FROM (SELECT article_id, count(*) FROM ingest." + table
            + " WHERE article_id IN (SELECT article_id FROM articles) GROUP BY 1 EXCEPT SELECT article_id, count(*) FROM "
            + table + " GROUP BY 1)"), table);
      }
    }
  }

  private static ParquetLoadResult load(Path store, Path parquet) {
    try (EventStore s = EventStores.open(StoreLocation.parse(store.toString()))) {
      return s.loadParquet(parquet);
    }
  }

  /** Every table's rows (without the run's time), each a line of its values, sorted. */
  static Map<String, List<String>> tableRows(Path duckdb) throws SQLException {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + duckdb, readOnly)) {
      return tableRows(c);
    }
  }

  static Map<String, List<String>> tableRows(Connection c) throws SQLException {
    Map<String, List<String>> out = new HashMap<>();
    for (String table : StoreRows.tables()) {
      List<String> columns = StoreRows.columns(table).stream().filter(col -> !RUN_TIME.contains(col)).toList();
      List<String> rows = new ArrayList<>();
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
        while (rs.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= columns.size(); i++) {
            row.append(rs.getObject(i)).append('\t');
          }
          rows.add(row.toString());
        }
      }
      rows.sort(null);
      out.put(table, rows);
    }
    return out;
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A new empty schema on the server {@code TIDINGS_TEST_PG} names, as a store URL selecting it. */
  private static String freshPostgresSchema() throws SQLException {
    String base = System.getenv("TIDINGS_TEST_PG");
    Assumptions.assumeTrue(base != null && !base.isBlank(),
        "no PostgreSQL server configured: set TIDINGS_TEST_PG=postgresql://user@host:port/db (.ci/run starts one)");
    String schema = "parquet_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000;
    StoreLocation.Postgres pg = (StoreLocation.Postgres) StoreLocation.parse(base);
    try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), credentials(pg)); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static Properties credentials(StoreLocation.Postgres pg) {
    Properties p = new Properties();
    if (pg.user() != null) {
      p.setProperty("user", pg.user());
    }
    if (pg.password() != null) {
      p.setProperty("password", pg.password());
    }
    return p;
  }

  private static Path firstParquet(Path table) throws IOException {
    try (Stream<Path> files = Files.walk(table)) {
      return files.filter(p -> p.toString().endsWith(".parquet")).sorted().findFirst().orElseThrow();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
