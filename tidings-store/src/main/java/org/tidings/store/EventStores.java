package org.tidings.store;

import java.nio.file.Path;

/** Opens stores. */
public final class EventStores {
  private EventStores() {}

  /**
   * Opens (creating on first use, and migrating to the current schema) the store at a {@code --db}
   * value: a DuckDB file path or a {@code postgresql://} URL; see {@link StoreLocation#parse}.
   *
   * @throws IllegalArgumentException when the value is neither
   * @throws StoreException when the database cannot be opened (e.g. a DuckDB file another process holds)
   */
  public static EventStore open(String location) {
    return open(StoreLocation.parse(location));
  }

  /** Opens the store at {@code location}; see {@link #open(String)}. */
  public static EventStore open(StoreLocation location) {
    if (location instanceof StoreLocation.DuckDb duck) {
      return new JdbcEventStore(new DuckDbBackend(duck.file()));
    }
    StoreLocation.Postgres pg = (StoreLocation.Postgres) location;
    return new JdbcEventStore(new PostgresBackend(pg.jdbcUrl(), pg.properties()));
  }

  /** Opens the embedded default store, {@value StoreLocation#DEFAULT_FILE} in {@code dataDirectory}. */
  public static EventStore openDefault(Path dataDirectory) {
    return open(StoreLocation.embeddedIn(dataDirectory));
  }
}
