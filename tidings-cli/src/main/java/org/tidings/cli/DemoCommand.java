package org.tidings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tidings.pipeline.PipelineConfig;
import org.tidings.store.StoreLocation;
import org.tidings.store.StoreStats;
import org.tidings.store.search.IndexedEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidings demo}: the main job on bundled data. Runs the pipeline over the bundled English
 * Wikinews sample (CC BY 2.5), writes the records under the user's data directory, stores them in
 * the embedded store with its search index, and serves the API over it (unless {@code --no-serve}).
 * Running it again changes nothing in the store: articles are keyed by content hash.
 */
@Command(name = "demo", description = "Annotate the bundled Wikinews sample, store it, and serve the API over it.")
final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "/demo/wikinews-sample.jsonl";

  @Option(names = "--out", description = "Output JSONL (default: <data dir>/demo/records.jsonl).")
  Path out;

  @Option(names = "--db", description = "The store (default: the embedded DuckDB store in the data directory).")
  String db;

  @Option(names = "--no-serve", description = "Store the sample, then exit instead of serving the API (for scripts and CI).")
  boolean noServe;

  @Option(names = "--port", defaultValue = "7070", description = "API port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String host;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path target = out != null ? out : DataDirectory.resolve().resolve("demo").resolve("records.jsonl");
    Files.createDirectories(target.toAbsolutePath().getParent());
    StoreLocation location = db == null ? StoreLocation.embeddedIn(DataDirectory.resolve()) : StoreLocation.parse(db);
    var err = spec.commandLine().getErr();
    var o = spec.commandLine().getOut();
    o.println("Tidings demo: annotating the bundled English Wikinews sample (CC BY 2.5, see NOTICE)");
    try (IndexedEventStore store = IndexedEventStore.open(location, null)) {
      Path sample = Files.createTempFile("tidings-wikinews-sample", ".jsonl");
      try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
        if (in == null) {
          throw new IllegalStateException("bundled sample " + SAMPLE + " is missing from the build");
        }
        Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
        IngestCommand.Summary summary =
            IngestCommand.ingest(sample, target, store, PipelineConfig.DEFAULT, PipelineOptions.places(null),
                new MetadataOptions(), true, err);
        o.println(summary.line(target));
      } finally {
        Files.deleteIfExists(sample);
      }
      DemoReport.print(target, o);
      StoreStats stats = store.stats();
      o.printf(Locale.ROOT, "Stored in %s: %d articles (%d coded), %d events, %d mentions, %d quotes; %d articles searchable%n",
          location, stats.articles(), stats.coded(), stats.events(), stats.mentions(), stats.quotes(), store.index().articles());
      if (noServe) {
        o.println("Serve it with: ./tidings serve" + (db == null ? "" : " --db " + db) + "   (then open http://localhost:7070/ for the web page, /openapi.json for the API)");
        return 0;
      }
      ServeCommand.serveUntilStopped(store, host, port, o, err, null, new java.util.concurrent.CountDownLatch(1));
    }
    return 0;
  }
}
