package org.tidings.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Embedded DuckDB: one database file (or memory), opened once per process; further connections
 * are duplicates of the first. Rows go in through DuckDB's appender, which is many times faster
 * than INSERT statements. DuckDB locks the file, so only one process writes it at a time.
 */
final class DuckDbBackend implements Backend {
  private final Path file;
  private DuckDBConnection root;

  /** @param file the database file, or null for an in-memory database */
  DuckDbBackend(Path file) {
    this.file = file;
  }

  @Override
  public boolean singleWriter() {
    return true;
  }

  @Override
  public String name() {
    return "duckdb";
  }

  @Override
  public synchronized Connection connect() throws SQLException {
    if (root == null) {
      String url = "jdbc:duckdb:";
      if (file != null) {
        try {
          Path parent = file.toAbsolutePath().getParent();
          if (parent != null) {
            Files.createDirectories(parent);
          }
        } catch (java.io.IOException e) {
          throw new SQLException("cannot create the directory of " + file + ": " + e.getMessage(), e);
        }
        url += file.toAbsolutePath();
      }
      try {
        root = DriverManager.getConnection(url).unwrap(DuckDBConnection.class);
        try (java.sql.Statement st = root.createStatement()) {
          // Fewer, larger checkpoints: a bulk load otherwise rewrites the same row groups every 16 MB of
          // log. At 256 MB a load of 1,000,000 events checkpointed twice on the writing thread
          // and spent more CPU than with one checkpoint at 1 GB (BENCHMARKS.md, event store). The
          // cost: up to 1 GB of log to replay when a killed process's store is opened again.
          st.execute("SET checkpoint_threshold = '1GB'");
          // No FSST: fetching one row from an FSST segment decodes the segment up to it, which made
          // fetching a page of 100 events by index cost as much as scanning the table. Dictionary
          // and uncompressed strings are fetched row by row; the file grows by about a third.
          st.execute("SET disabled_compression_methods = 'fsst'");
        }
      } catch (SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("lock")) {
          throw new SQLException("the store " + file + " is open in another process (DuckDB allows one writer process);"
              + " if it is `tidings serve`, send articles to it instead: `tidings ingest --server http://localhost:PORT`"
              + " or `tidings watch --server ...` (" + m + ")", e);
        }
        throw e;
      }
      return root;
    }
    return root.duplicate();
  }

  /**
   * DuckDB's JDBC driver begins the transaction at the first statement after auto-commit is turned
   * off, and its appender, used before any statement, commits its rows on its own: a write whose
   * look-ups were all skipped ({@link KnownKeys}) was then not atomic, and a process killed between
   * two tables' appends left an article without its events. One statement opens the transaction.
   */
  @Override
  public void begin(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("SELECT 1");
    }
  }

  @Override
  public void insert(Connection connection, Table table, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.sqlName)) {
      for (Object[] row : rows) {
        appender.beginRow();
        for (Object value : row) {
          append(appender, value);
        }
        appender.endRow();
      }
      appender.flush();
    }
  }

  /** Appends one value of a type {@link WriteBatch} allows, or a LocalDate. */
  static void append(DuckDBAppender a, Object value) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else if (value instanceof String s) {
      a.append(s);
    } else if (value instanceof Integer i) {
      a.append(i.intValue());
    } else if (value instanceof Long l) {
      a.append(l.longValue());
    } else if (value instanceof Double d) {
      a.append(d.doubleValue());
    } else if (value instanceof Boolean b) {
      a.append(b.booleanValue());
    } else if (value instanceof LocalDateTime t) {
      a.append(t);
    } else if (value instanceof java.time.LocalDate d) {
      a.append(d);
    } else {
      throw new IllegalArgumentException("unsupported column value " + value.getClass());
    }
  }

  @Override
  public synchronized void close() {
    if (root != null) {
      try {
        root.close();
      } catch (SQLException e) {
        throw new StoreException("cannot close " + (file == null ? "the in-memory store" : file), e);
      }
      root = null;
    }
  }
}
