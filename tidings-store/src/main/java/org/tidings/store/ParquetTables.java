package org.tidings.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The store's tables as the Spark job writes them ({@code tidings spark run}: one directory per
 * table, Parquet partitioned by {@code day=yyyymmdd}), read with an in-memory DuckDB. Every table
 * is checked when opened, before anything is read for loading: its directory is there with no
 * write of the job left unfinished in it, its files' footers are readable, and it
 * has every column of the store's table. Values come out as {@link WriteBatch} holds them
 * (String, Integer, Long, Double, Boolean, {@link LocalDateTime} or null), in {@link
 * Table#columns} order.
 *
 * <p>Not thread-safe: one thread, then {@link #close}.
 */
final class ParquetTables implements AutoCloseable {
  /** The partition column the job adds (the event's day for events, the article's for the rest). */
  static final String DAY = "day";

  private final Path dir;
  private final Connection duck;
  /** The SQL type of every column, per table, in {@link Table#columns} order. */
  private final Map<Table, List<String>> types = new EnumMap<>(Table.class);

  private ParquetTables(Path dir, Connection duck) {
    this.dir = dir;
    this.duck = duck;
  }

  /**
   * Opens and checks the job's output under {@code dir}.
   *
   * @throws IllegalArgumentException when a table is missing, unfinished, unreadable or lacks a
   *     column, naming it
   */
  static ParquetTables open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no such directory: " + dir);
    }
    Connection duck;
    try {
      duck = DriverManager.getConnection("jdbc:duckdb:");
    } catch (SQLException e) {
      throw new StoreException("cannot start DuckDB to read " + dir + ": " + e.getMessage(), e);
    }
    ParquetTables tables = new ParquetTables(dir, duck);
    try {
      for (Table t : Table.values()) {
        tables.types.put(t, StoreRows.sqlTypes(t.sqlName));
        tables.check(t);
      }
      return tables;
    } catch (RuntimeException e) {
      tables.close();
      throw e;
    }
  }

  /** Makes the view of one table, after checking its directory, files and columns. */
  private void check(Table t) {
    Path table = dir.resolve(t.sqlName);
    if (!Files.isDirectory(table)) {
      throw new IllegalArgumentException(dir + " has no " + t.sqlName + "/ table: not the whole output of `tidings spark run`");
    }
    String unfinished = unfinishedWrite(table);
    if (unfinished != null) {
      throw new IllegalArgumentException(table + " holds " + unfinished + ": a write of the job did not finish (run it again)");
    }
    List<String> columns = t.columns;
    String view;
    try {
      if (!hasParquet(table)) {
        // The job writes no file for a table without rows: an empty view of the same columns.
        view = select(t, true) + " WHERE false";
      } else {
        String source = "read_parquet('" + table.toString().replace("'", "''") + "/**/*.parquet', hive_partitioning = true)";
        Set<String> present = new HashSet<>();
        try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
          while (rs.next()) {
            present.add(rs.getString(1));
          }
        }
        List<String> missing = new ArrayList<>();
        for (String c : columns) {
          if (!present.contains(c)) {
            missing.add(c);
          }
        }
        if (!present.contains(DAY)) {
          missing.add(DAY + " (the day=yyyymmdd partitions)");
        }
        if (!missing.isEmpty()) {
          throw new IllegalArgumentException(table + " lacks the store's column(s) " + String.join(", ", missing)
              + ": written by another version of the job?");
        }
        view = select(t, false) + " FROM " + source;
      }
      try (Statement st = duck.createStatement()) {
        st.execute("CREATE TEMP VIEW " + t.sqlName + " AS " + view);
        // Counting reads every file's footer: a truncated or foreign file fails here, before loading.
        st.executeQuery("SELECT count(*) FROM " + t.sqlName).close();
      }
    } catch (SQLException e) {
      throw new IllegalArgumentException("cannot read the " + t.sqlName + " table under " + table + ": " + e.getMessage(), e);
    }
  }

  /** The table's columns cast to the store's types, then the partition's day; all null when {@code empty}. */
  private String select(Table t, boolean empty) {
    List<String> sqlTypes = types.get(t);
    StringBuilder select = new StringBuilder("SELECT ");
    for (int i = 0; i < t.columns.size(); i++) {
      String column = '"' + t.columns.get(i) + '"';
      select.append("CAST(").append(empty ? "NULL" : column).append(" AS ").append(sqlTypes.get(i)).append(") AS ")
          .append(column).append(", ");
    }
    return select.append("CAST(").append(empty ? "NULL" : '"' + DAY + '"').append(" AS INTEGER) AS part_day").toString();
  }

  /**
   * The staging directory a Spark write leaves until it commits ({@code .spark-staging-*} with
   * dynamic partition overwrite, which the job uses; {@code _temporary} otherwise), or null.
   */
  private static String unfinishedWrite(Path table) {
    try (Stream<Path> entries = Files.list(table)) {
      return entries.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".spark-staging") || n.equals("_temporary")).findFirst().orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + table, e);
    }
  }

  private static boolean hasParquet(Path table) {
    try (Stream<Path> files = Files.walk(table)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + table, e);
    }
  }

  /** The directory read. */
  Path dir() {
    return dir;
  }

  /** The days (yyyymmdd, 0 for undated) the articles table holds, ascending. */
  List<Integer> days() {
    List<Integer> days = new ArrayList<>();
    try (Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery("SELECT DISTINCT part_day FROM articles ORDER BY 1")) {
      while (rs.next()) {
        days.add(rs.getInt(1));
      }
    } catch (SQLException e) {
      throw readFailure(Table.ARTICLES, e);
    }
    return days;
  }

  /** The articles of one day: article id to outcome (coded, skipped, failed). */
  Map<String, String> outcomes(int day) {
    Map<String, String> out = new LinkedHashMap<>();
    String source = dayFiles(Table.ARTICLES, day);
    if (source == null) {
      return out;
    }
    try (Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery("SELECT article_id, outcome FROM " + source)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw readFailure(Table.ARTICLES, e);
    }
    return out;
  }

  /**
   * The files of one day partition of a table as a DuckDB source, or null when the table has no
   * row that day. Read by path, not by filtering the whole table: listing every file of the table
   * for each day made a load's time grow with the square of its days.
   */
  private String dayFiles(Table table, int day) {
    Path partition = dir.resolve(table.sqlName).resolve(DAY + "=" + day);
    if (!Files.isDirectory(partition) || !hasParquet(partition)) {
      return null;
    }
    return "read_parquet('" + partition.toString().replace("'", "''") + "/*.parquet', hive_partitioning = true)";
  }

  /** A consumer of rows that may write them to a database. */
  @FunctionalInterface
  interface RowSink {
    void accept(Object[] row) throws SQLException;
  }

  /** Every row of {@code table} in the partition of {@code day}, in no particular order. */
  void scan(Table table, int day, RowSink sink) throws SQLException {
    String source = dayFiles(table, day);
    if (source == null) {
      return;
    }
    try (PreparedStatement st = duck.prepareStatement("SELECT * EXCLUDE (part_day) FROM (" + select(table, false) + " FROM "
        + source + ")")) {
      rows(table, st, sink);
    }
  }

  /** The rows of the events with these ids, whatever their day. */
  void scanEvents(Collection<Long> eventIds, RowSink sink) throws SQLException {
    if (eventIds.isEmpty()) {
      return;
    }
    try (PreparedStatement st = duck.prepareStatement(
        "SELECT * EXCLUDE (part_day) FROM events WHERE event_id IN (SELECT UNNEST(?))")) {
      st.setArray(1, duck.createArrayOf("bigint", eventIds.toArray()));
      rows(Table.EVENTS, st, sink);
    }
  }

  private void rows(Table table, PreparedStatement st, RowSink sink) throws SQLException {
    List<String> sqlTypes = types.get(table);
    boolean[] timestamp = new boolean[sqlTypes.size()];
    for (int i = 0; i < timestamp.length; i++) {
      timestamp[i] = sqlTypes.get(i).toUpperCase(Locale.ROOT).startsWith("TIMESTAMP");
    }
    ResultSet rs;
    try {
      rs = st.executeQuery();
    } catch (SQLException e) {
      throw readFailure(table, e);
    }
    try (rs) {
      while (next(table, rs)) {
        Object[] row = new Object[timestamp.length];
        for (int i = 0; i < row.length; i++) {
          row[i] = timestamp[i] ? rs.getObject(i + 1, LocalDateTime.class) : rs.getObject(i + 1);
        }
        sink.accept(row);
      }
    }
  }

  private boolean next(Table table, ResultSet rs) {
    try {
      return rs.next();
    } catch (SQLException e) {
      throw readFailure(table, e);
    }
  }

  private IllegalArgumentException readFailure(Table table, SQLException e) {
    return new IllegalArgumentException("cannot read the " + table.sqlName + " table under " + dir.resolve(table.sqlName)
        + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      duck.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the DuckDB that read " + dir, e);
    }
  }
}
