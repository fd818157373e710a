package org.tidings.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidings.store.StoreLocation;
import org.tidings.store.search.IndexedEventStore;
import org.tidings.store.search.Reindexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidings reindex [--db URL] [--index DIR]}: rebuilds the full-text search index from the
 * store (every coded article and its quotes), for an index lost, damaged or out of step.
 */
@Command(name = "reindex", description = "Rebuild the full-text search index from the store.")
final class ReindexCommand implements Callable<Integer> {
  @Option(names = "--db", description = "The store: a DuckDB file or postgresql://... URL (default: the embedded store in the data directory).")
  String db;

  @Option(names = "--index", description = "The search index directory (default: beside a DuckDB file; required for PostgreSQL).")
  Path index;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    StoreLocation location = StoreArgs.existing(db, null);
    try (IndexedEventStore store = IndexedEventStore.open(location, index)) {
      long n = Reindexer.rebuild(store, store.index());
      spec.commandLine().getOut().printf("tidings reindex: %,d articles indexed from %s%n", n, location);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
