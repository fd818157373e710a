package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads one day partition of the Spark job's output into the store, inside the caller's
 * transaction, with the store's rules for what is already there: an article the store holds as
 * coded (or one the output did not code either) adds nothing, and none of its rows; a coded
 * article replaces a stored skipped or failed copy; an event already stored keeps its row, and
 * the new articles' reports of it become its mentions. Article ids are content hashes and event
 * ids hashes of their keys, so loading the same output twice, or a day that {@code tidings
 * ingest} already stored, adds nothing the second time.
 *
 * <p>Events are written with the first day that reports them (whatever their own day), so every
 * committed mention has its event. Near-duplicates are those the job found within its input: an
 * article that nearly copies one the store got from elsewhere keeps the events the job gave it.
 *
 * <p>Stateless; the connection is the store's writer, in a transaction.
 */
final class ParquetLoad {
  /** Rows handed to the backend's bulk writer at a time. */
  private static final int CHUNK = 4096;

  private ParquetLoad() {}

  /** Loads day {@code day}; {@code known} (the store's filters of stored keys, or null) learns the keys written. */
  static ParquetLoadResult day(Connection c, Backend backend, KnownKeys known, ParquetTables tables, int day)
      throws SQLException {
    Map<String, String> outcomes = tables.outcomes(day);
    Map<String, String> stored = new HashMap<>();
    lookUp(c, "SELECT article_id, outcome FROM articles WHERE article_id IN ", outcomes.keySet(), "varchar",
        rs -> stored.put(rs.getString(1), rs.getString(2)));
    Set<String> load = new HashSet<>();
    List<String> replaced = new ArrayList<>();
    for (Map.Entry<String, String> a : outcomes.entrySet()) {
      String before = stored.get(a.getKey());
      if (before == null) {
        load.add(a.getKey());
      } else if (!before.equals("coded") && a.getValue().equals("coded")) {
        load.add(a.getKey());
        replaced.add(a.getKey());
      }
    }
    long unchanged = outcomes.size() - load.size();
    if (load.isEmpty()) {
      return new ParquetLoadResult(1, 0, unchanged, 0, 0);
    }
    if (!replaced.isEmpty()) {
      try (PreparedStatement st = c.prepareStatement("DELETE FROM articles WHERE article_id = ?")) {
        for (String id : replaced) {
          st.setString(1, id);
          st.executeUpdate();
        }
      }
    }
    // The events the new articles report that the store lacks, written before their mentions as the ingester does.
    Set<Long> reported = new HashSet<>();
    int mentionArticle = Table.EVENT_MENTIONS.columns.indexOf("article_id");
    tables.scan(Table.EVENT_MENTIONS, day, row -> {
      if (load.contains((String) row[mentionArticle])) {
        reported.add((Long) row[0]);
      }
    });
    Set<Long> newEvents = new HashSet<>(reported);
    lookUp(c, "SELECT event_id FROM events WHERE event_id IN ", reported, "bigint", rs -> newEvents.remove(rs.getLong(1)));

    long[] counts = new long[Table.values().length];
    List<Long> bands = new ArrayList<>();
    for (Table t : Table.values()) {
      Chunks out = new Chunks(c, backend, t);
      if (t == Table.EVENTS) {
        tables.scanEvents(newEvents, out::add);
        if (out.count != newEvents.size()) {
          throw new IllegalArgumentException(tables.dir().resolve("events") + " lacks " + (newEvents.size() - out.count)
              + " event(s) that the mentions of day " + day + " report: the output is incomplete");
        }
      } else {
        int article = t.columns.indexOf("article_id");
        tables.scan(t, day, row -> {
          if (load.contains((String) row[article])) {
            out.add(row);
            if (t == Table.ARTICLE_BANDS) {
              bands.add((Long) row[0]);
            }
          }
        });
      }
      out.flush();
      counts[t.ordinal()] = out.count;
    }
    if (known != null) {
      for (String id : load) {
        known.add(c, KnownKeys.Kind.ARTICLE, KnownKeys.key(id));
      }
      for (Long id : newEvents) {
        known.add(c, KnownKeys.Kind.EVENT, id);
      }
      for (Long band : bands) {
        known.add(c, KnownKeys.Kind.BAND, band);
      }
    }
    return new ParquetLoadResult(1, load.size(), unchanged, counts[Table.EVENTS.ordinal()],
        counts[Table.EVENT_MENTIONS.ordinal()]);
  }

  /** Rows of one table written through the backend a chunk at a time. */
  private static final class Chunks {
    private final Connection c;
    private final Backend backend;
    private final Table table;
    private final List<Object[]> rows = new ArrayList<>(CHUNK);
    long count;

    Chunks(Connection c, Backend backend, Table table) {
      this.c = c;
      this.backend = backend;
      this.table = table;
    }

    void add(Object[] row) throws SQLException {
      rows.add(row);
      count++;
      if (rows.size() == CHUNK) {
        flush();
      }
    }

    void flush() throws SQLException {
      backend.insert(c, table, rows);
      rows.clear();
    }
  }

  @FunctionalInterface
  private interface RowHandler {
    void accept(ResultSet rs) throws SQLException;
  }

  /** Runs {@code prefix} over {@code values} given as one array parameter, a slice at a time. */
  private static void lookUp(Connection c, String prefix, Collection<?> values, String sqlType, RowHandler row)
      throws SQLException {
    List<Object> all = new ArrayList<>(values);
    for (int from = 0; from < all.size(); from += 10_000) {
      List<Object> slice = all.subList(from, Math.min(all.size(), from + 10_000));
      try (PreparedStatement st = c.prepareStatement(prefix + "(SELECT UNNEST(?))")) {
        st.setArray(1, c.createArrayOf(sqlType, slice.toArray()));
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            row.accept(rs);
          }
        }
      }
    }
  }
}
