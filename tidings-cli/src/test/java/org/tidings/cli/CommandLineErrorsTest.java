package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user who mistypes gets: help where asked for, and one readable line instead of a stack trace or a new store. */
class CommandLineErrorsTest {
  @TempDir Path dir;

  @Test
  void everyCommandAndSubcommandHasHelp() {
    for (String[] args : new String[][] {
        {"watch", "--help"}, {"gazetteer", "--help"}, {"gazetteer", "import", "--help"}, {"ingest", "--help"},
        {"export", "-h"}, {"serve", "--help"}}) {
      Run run = Run.of(args);
      assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.err());
      assertTrue(run.out().startsWith("Usage: tidings " + args[0]), String.join(" ", args) + ": " + run.out());
    }
  }

  @Test
  void anImpossibleDayIsNamedNotThrown() {
    Run run = Run.of("export", "--format", "csv", "--from", "2019-13-01", "--db", dir.resolve("x.duckdb").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("expected a day such as 2021-10-13 (year-month-day), got '2019-13-01'"), run.err());
    assertFalse(run.err().contains("DateTimeParseException"), run.err());
  }

  @Test
  void aMistypedStorePathIsRefusedByCommandsThatOnlyReadIt() {
    Path typo = dir.resolve("tidngs.duckdb");
    for (String[] args : new String[][] {
        {"export", "--format", "csv", "--db", typo.toString()},
        {"reindex", "--db", typo.toString()},
        {"serve", "--port", "0", "--db", typo.toString()}}) {
      Run run = Run.of(args);
      assertEquals(2, run.exitCode(), args[0] + ": " + run.out());
      assertTrue(run.err().contains("no store at " + typo + " (is the path mistyped?)"), args[0] + ": " + run.err());
      assertFalse(Files.exists(typo), args[0] + " created " + typo);
    }
    assertTrue(Run.of("serve", "--db", typo.toString()).err().contains("serve a new, empty one with --create"));
  }

  @Test
  void ingestTakesInputOrParquetAndRefusesAnOutputThatIsNotTheJobs() throws Exception {
    Run neither = Run.of("ingest", "--db", dir.resolve("a.duckdb").toString());
    assertEquals(2, neither.exitCode());
    assertTrue(neither.err().contains("give either an input PATH to code or --parquet DIR to load"), neither.err());
    Run both = Run.of("ingest", "--parquet", dir.toString(), "--out", dir.resolve("o.jsonl").toString());
    assertEquals(2, both.exitCode());
    assertTrue(both.err().contains("--parquet loads into a store (--db): it excludes --out and --server"), both.err());
    Path notTheJobs = Files.createDirectories(dir.resolve("parquet"));
    Run run = Run.of("ingest", "--parquet", notTheJobs.toString(), "--db", dir.resolve("b.duckdb").toString());
    assertEquals(2, run.exitCode(), run.out());
    assertTrue(run.err().contains(notTheJobs + " has no articles/ table: not the whole output of `tidings spark run`"), run.err());
  }

  @Test
  void anExportFromAServerThatIsNotThereIsOneLine() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort(); // closed again: nothing listens there
    }
    Path out = dir.resolve("events.csv");
    Run run = Run.of("export", "--format", "csv", "--server", "http://127.0.0.1:" + port, "-o", out.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("tidings: cannot reach the server at http://127.0.0.1:" + port), run.err());
    assertFalse(Files.exists(out));
    Run both = Run.of("export", "--format", "csv", "--server", "http://127.0.0.1:" + port, "--db", "x.duckdb");
    assertTrue(both.err().contains("give --db or --server, not both"), both.err());
  }

  @Test
  void aMissingOrWrongGazetteerIsOneLine() throws Exception {
    Path text = Files.writeString(dir.resolve("a.txt"), "Putin met Macron in Paris on Monday.");
    Run missing = Run.of("extract", text.toString(), "--gazetteer", dir.resolve("nowhere.tsv.gz").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().startsWith("tidings: --gazetteer: no readable file " + dir.resolve("nowhere.tsv.gz")), missing.err());
    Run wrong = Run.of("extract", text.toString(), "--gazetteer", text.toString());
    assertEquals(2, wrong.exitCode());
    assertTrue(wrong.err().startsWith("tidings: gazetteer " + text + " is not a Tidings gazetteer"), wrong.err());
    assertEquals(1, wrong.err().strip().lines().count(), "one line, no stack trace: " + wrong.err());
  }
}
