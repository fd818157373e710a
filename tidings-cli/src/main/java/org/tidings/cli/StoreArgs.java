package org.tidings.cli;

import java.nio.file.Files;
import org.tidings.store.StoreLocation;

/**
 * The store a {@code --db} value names, and the rule for when it may be created: commands that
 * store articles ({@code ingest}, {@code demo}) create a missing DuckDB file, as that is their
 * job; commands that only read it ({@code export}, {@code reindex}, and {@code serve} without
 * {@code --create}) refuse a file that does not exist, so that a mistyped path is an error rather
 * than a new, empty store. A PostgreSQL database is never created by Tidings (only its tables).
 */
final class StoreArgs {
  private StoreArgs() {}

  /** The store {@code db} names, or the embedded store in the data directory when it is null. */
  static StoreLocation location(String db) {
    return db == null ? StoreLocation.embeddedIn(DataDirectory.resolve()) : StoreLocation.parse(db);
  }

  /**
   * As {@link #location}, refusing a DuckDB file that does not exist.
   *
   * @param howToCreate what the user can do instead, e.g. "start an empty one with --create"
   * @throws IllegalArgumentException naming the file when it does not exist
   */
  static StoreLocation existing(String db, String howToCreate) {
    StoreLocation location = location(db);
    if (location instanceof StoreLocation.DuckDb duck && duck.file() != null && !Files.exists(duck.file())) {
      throw new IllegalArgumentException("no store at " + duck.file() + " (is the path mistyped?); store articles there"
          + " with `tidings ingest PATH --db " + duck.file() + "`" + (howToCreate == null ? "" : ", or " + howToCreate));
    }
    return location;
  }
}
