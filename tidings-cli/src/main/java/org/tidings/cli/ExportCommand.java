package org.tidings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.tidings.store.EventQuery;
import org.tidings.store.EventStore;
import org.tidings.store.EventStores;
import org.tidings.store.ExportFormat;
import org.tidings.store.Exporter;
import org.tidings.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidings export --format gdelt|csv|jsonl|parquet [--db URL] [-o FILE]}: the store's events
 * for other tools, optionally filtered by country, CAMEO root and days. Without {@code -o} the
 * rows go to standard output (Parquet needs a file).
 */
@Command(name = "export", description = "Write the stored events as GDELT 2.0 rows, CSV, JSONL or Parquet.")
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, description = "gdelt (GDELT 2.0 event export, 61 tab-separated columns), csv, jsonl or parquet.")
  String format;

  @Option(names = "--db", description = "The store: a DuckDB file or postgresql://... URL (default: the embedded store in the data directory).")
  String db;

  @Option(names = {"-o", "--output"}, description = "Output file (default: standard output; required for parquet).")
  Path output;

  @Option(names = "--country", description = "Only events with a source, target or place in this country (ISO alpha-3).")
  String country;

  @Option(names = "--root", description = "Only events with this CAMEO root (01..20).")
  String root;

  @Option(names = "--from", description = "First day, e.g. 2021-10-01.")
  LocalDate from;

  @Option(names = "--to", description = "Last day included.")
  LocalDate to;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ExportFormat f = ExportFormat.parse(format);
    EventQuery filter = EventQuery.builder().country(country).cameoRoot(root).from(from).to(to).build();
    StoreLocation location = db == null ? StoreLocation.embeddedIn(DataDirectory.resolve()) : StoreLocation.parse(db);
    PrintWriter err = spec.commandLine().getErr();
    try (EventStore store = EventStores.open(location)) {
      long n;
      if (output == null) {
        n = Exporter.export(store, filter, f, System.out);
        System.out.flush();
      } else {
        n = Exporter.export(store, filter, f, output);
      }
      err.println(n + " events from " + location + (output == null ? "" : " -> " + output));
    }
    return 0;
  }
}
