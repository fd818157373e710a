package org.tidings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidings.bench.store.StoreBench;
import org.tidings.bench.store.SyntheticOutcomes;
import org.tidings.store.EventStore;
import org.tidings.store.EventStores;
import org.tidings.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidings bench store [--events N] [--order random|arrival] [--db URL]}: bulk load of synthetic events and the
 * filtered-query and daily-count latencies on them (see {@code StoreBench}). Without {@code --db}
 * a new DuckDB file in a temporary directory is used and deleted afterwards.
 */
@Command(name = "store", description = "Measure the event store: bulk load, filtered query p95, daily counts.")
final class StoreBenchCommand implements Callable<Integer> {
  @Option(names = "--events", description = "Synthetic events to load (default: ${DEFAULT-VALUE}).")
  int events = 1_000_000;

  @Option(names = "--per-article", description = "Events per synthetic article (default: ${DEFAULT-VALUE}).")
  int perArticle = 10;

  @Option(names = "--batch", description = "Articles per batch, one transaction (default: ${DEFAULT-VALUE}).")
  int batch = StoreBench.DEFAULT_BATCH_ARTICLES;

  @Option(names = "--order", description = "Synthetic dates: RANDOM (each on a random day of 2023) or ARRIVAL"
      + " (articles published day after day, events up to three days before) (default: ${DEFAULT-VALUE}).")
  SyntheticOutcomes.Order order = SyntheticOutcomes.Order.RANDOM;

  @Option(names = "--queries", description = "Timed filtered queries (default: ${DEFAULT-VALUE}).")
  int queries = 200;

  @Option(names = "--db", description = "An empty store: DuckDB file or postgresql://... (default: a temporary DuckDB file).")
  String db;

  @Option(names = "--warmup", description = "Synthetic events loaded first into a throwaway in-memory store, untimed,"
      + " so that the timed load runs on compiled code; 0 for none (default: ${DEFAULT-VALUE}).")
  int warmup = 200_000;

  @Option(names = "--queries-only", description = "Time the queries on a store an earlier run loaded (needs --db).")
  boolean queriesOnly;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (events < 1 || perArticle < 1 || queries < 1 || batch < 1 || warmup < 0) {
      throw new IllegalArgumentException("--events, --per-article, --batch and --queries must be >= 1, --warmup >= 0");
    }
    if (queriesOnly && db == null) {
      throw new IllegalArgumentException("--queries-only needs --db: the store an earlier run loaded");
    }
    PrintWriter err = spec.commandLine().getErr();
    Path tmp = db == null ? Files.createTempDirectory("tidings-bench-store") : null;
    StoreLocation location = tmp != null ? StoreLocation.parse(tmp.resolve("bench.duckdb").toString()) : StoreLocation.parse(db);
    try {
      EventStore store = EventStores.open(location);
      try {
        err.println("tidings bench store: " + location);
        if (warmup > 0 && !queriesOnly) {
          err.printf(java.util.Locale.ROOT, "  warm-up: %,d events into an in-memory store, untimed (%.1f s)%n", warmup,
              StoreBench.warmUp(warmup, perArticle, batch));
          err.flush();
        }
        StoreBench.Report report = StoreBench.run(store, events, perArticle, batch, queries, queriesOnly, order, err);
        spec.commandLine().getOut().print(report.toText());
      } finally {
        // Closing writes what the store still holds in memory (DuckDB's last checkpoint): timed apart.
        StoreBench.Timing close = StoreBench.timed(store::close);
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "closing the store: %.1f s, process CPU %.1f s%n",
            close.seconds(), close.cpuSeconds());
        spec.commandLine().getOut().flush();
      }
    } finally {
      if (tmp != null) {
        try (var files = Files.walk(tmp)) {
          for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
    return 0;
  }
}
