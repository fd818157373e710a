package org.tidings.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** What differs between the databases: connecting, migrations folder and the bulk row writer. */
interface Backend {
  /** "duckdb" or "postgresql": also the name of its migrations folder. */
  String name();

  /** A new connection, auto-commit on. */
  Connection connect() throws SQLException;

  /**
   * Makes sure the transaction of {@code connection} (auto-commit off) has begun before rows are
   * written with {@link #insert}. Nothing to do where the driver begins it with the first write.
   */
  default void begin(Connection connection) throws SQLException {}

  /** Writes rows (in {@link Table#columns} order) inside the connection's current transaction. */
  void insert(Connection connection, Table table, List<Object[]> rows) throws SQLException;

  /**
   * True when this process is the database's only writer (DuckDB locks its file), so the store
   * may remember what it wrote ({@link KnownKeys}).
   */
  boolean singleWriter();

  /** Releases what {@link #connect} shares between connections (DuckDB's database handle). */
  void close();
}
