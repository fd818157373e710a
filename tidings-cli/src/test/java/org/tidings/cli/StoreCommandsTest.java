package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.StoreLocation;
import org.tidings.store.StoreStats;
import org.tidings.store.search.IndexedEventStore;
import org.tidings.store.search.SearchQuery;

/** {@code ingest --db} and {@code export} end to end, in process, with real CoreNLP and DuckDB. */
class StoreCommandsTest {
  @TempDir Path dir;

  @Test
  void ingestIntoTheStoreTwiceKeepsOneCopyAndExportWritesWhatIsStored() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.jsonl"),
        "{\"id\":\"one\",\"published\":\"2021-10-13\",\"text\":\"Putin spoke in Moscow on Wednesday.\"}\n"
            + "{\"id\":\"two\",\"published\":\"2021-10-13\",\"text\":\"Truncated line \n"
            + "{\"id\":\"three\",\"published\":\"2021-10-13\",\"text\":\"Macron hosted Rakhmon in Paris.\"}\n");
    String db = dir.resolve("store.duckdb").toString();
    Path out = dir.resolve("out.jsonl");
    Run first = Run.of("ingest", in.toString(), "--db", db, "--out", out.toString(), "--threads", "1");
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().contains("3 articles: 2 coded, 0 skipped, 1 failed"), first.out());
    assertTrue(first.out().contains("; 3 new, 0 already stored (store: 2 coded articles, 1 skipped or failed,"), first.out());
    assertTrue(first.out().contains("; 2 articles searchable"), "ingest indexes what it stores: " + first.out());
    assertFalse(first.err().contains("\r") || first.err().contains("\033"), "no progress bar when stderr is no terminal: " + first.err());
    assertTrue(first.err().contains("failed " + in.resolve("a.jsonl") + ":2"), "the failure is still noted: " + first.err());
    assertEquals(3, Files.readAllLines(out).size(), "the JSONL output is still written");
    Run second = Run.of("ingest", in.toString(), "--db", db, "--threads", "1", "--no-progress");
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.out().contains("; 0 new, 3 already stored (store: 2 coded articles, 1 skipped or failed,"), second.out());
    try (IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(db), null)) {
      StoreStats stats = store.stats();
      assertEquals(3, stats.articles());
      assertEquals(2, stats.coded());
      assertEquals(2, store.index().articles(), "every coded article is searchable");
      assertEquals(1, store.search(SearchQuery.of("Macron")).total());
    }
    Path csv = dir.resolve("events.csv");
    Run export = Run.of("export", "--format", "csv", "--db", db, "-o", csv.toString());
    assertEquals(0, export.exitCode(), export.err());
    List<String> lines = Files.readAllLines(csv);
    assertTrue(lines.get(0).startsWith("event_id,day,"), lines.get(0));
    assertTrue(export.err().contains(" events from duckdb:"), export.err());
    exportThroughAServer(db, csv);
    exportByPloverType(db, lines);
  }

  /**
   * {@code --plover} keeps exactly the rows of that type, from the store and through a server alike;
   * the other filters of {@code /api/events} are passed on the same way.
   */
  private void exportByPloverType(String db, List<String> all) throws Exception {
    List<String> header = java.util.Arrays.asList(all.get(0).split(","));
    int column = header.indexOf("plover_type");
    assertTrue(column >= 0, "the CSV has a plover_type column: " + header);
    assertTrue(all.size() > 1, "the two articles code at least one event");
    String type = all.get(1).split(",")[column];
    long expected = all.stream().skip(1).filter(l -> l.split(",")[column].equals(type)).count();
    Path typed = dir.resolve("typed.csv");
    Run run = Run.of("export", "--format", "csv", "--db", db, "--plover", type.toLowerCase(java.util.Locale.ROOT),
        "--min-confidence", "0", "-o", typed.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> rows = Files.readAllLines(typed);
    assertEquals(expected, rows.size() - 1, "only the " + type + " rows: " + rows);
    assertTrue(rows.stream().skip(1).allMatch(l -> l.split(",")[column].equals(type)), rows.toString());
    try (var store = IndexedEventStore.open(StoreLocation.parse(db), null);
        var server = org.tidings.server.ApiServer.start(store, "127.0.0.1", 0)) {
      Path viaServer = dir.resolve("typed-via-server.csv");
      Run remote = Run.of("export", "--format", "csv", "--server", "http://127.0.0.1:" + server.port(), "--plover", type,
          "--min-confidence", "0", "-o", viaServer.toString());
      assertEquals(0, remote.exitCode(), remote.err());
      assertEquals(Files.readString(typed), Files.readString(viaServer));
      Path empty = dir.resolve("none.csv");
      Run none = Run.of("export", "--format", "csv", "--server", "http://127.0.0.1:" + server.port(), "--text",
          "no-such-word-anywhere", "-o", empty.toString());
      assertEquals(0, none.exitCode(), none.err());
      assertEquals(List.of(all.get(0)), Files.readAllLines(empty), "the header only");
    }
    Run bad = Run.of("export", "--format", "csv", "--db", db, "--plover", "riot");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("--plover"), bad.err());
  }

  /** {@code export --server} downloads through {@code /api/export} what {@code export --db} writes. */
  private void exportThroughAServer(String db, Path direct) throws Exception {
    Path viaServer = dir.resolve("via-server.csv");
    try (var store = org.tidings.store.search.IndexedEventStore.open(org.tidings.store.StoreLocation.parse(db), null);
        var server = org.tidings.server.ApiServer.start(store, "127.0.0.1", 0)) {
      Run run = Run.of("export", "--format", "csv", "--bom", "--server", "http://127.0.0.1:" + server.port() + "/",
          "-o", viaServer.toString());
      assertEquals(0, run.exitCode(), run.err());
      byte[] bytes = Files.readAllBytes(viaServer);
      assertEquals((byte) 0xEF, bytes[0], "--bom");
      assertEquals(Files.readString(direct), new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8));
      Run bad = Run.of("export", "--format", "csv", "--server", "http://127.0.0.1:" + server.port(), "--country", "Russia");
      assertEquals(2, bad.exitCode());
      assertTrue(bad.err().contains("country: expected a three-letter code"), bad.err());
    }
  }

  @Test
  void exportRejectsAnUnknownFormatAndParquetWithoutAFile() {
    String db = dir.resolve("s.duckdb").toString();
    Run bad = Run.of("export", "--format", "xml", "--db", db);
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("unknown export format 'xml': use gdelt, csv, jsonl or parquet"), bad.err());
    Run parquet = Run.of("export", "--format", "parquet", "--db", db);
    assertEquals(2, parquet.exitCode());
    assertTrue(parquet.err().contains("Parquet is written to a file"), parquet.err());
    Run country = Run.of("export", "--format", "gdelt", "--db", db, "--country", "Russia");
    assertEquals(2, country.exitCode());
    assertTrue(country.err().contains("country: expected a three-letter code"), country.err());
    assertFalse(Files.exists(dir.resolve("nothing")));
  }
}
