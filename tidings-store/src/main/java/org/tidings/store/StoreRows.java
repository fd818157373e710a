package org.tidings.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidings.model.Outcome;

/**
 * The rows the store writes, built without a database: for engines that keep the store's tables
 * elsewhere (the Spark job writes them as Parquet). The same code builds them as for {@link
 * EventStore#ingestAll}: an instance is an ingester that sees an empty store, given outcomes one
 * at a time in input order, so it decides idempotence, near-duplicates (MinHash, {@link #bands})
 * and event merging across the outcomes it has seen, as a fresh store would.
 *
 * <p>Values are String, Integer, Long, Double, Boolean, {@link LocalDateTime} or null, in {@link
 * #columns} order. Not thread-safe: one instance per thread (per Spark task).
 */
public final class StoreRows {
  private final Ingester ingester;

  /** @param now the ingestion time written in the rows (articles.ingested_at, events.first_seen), UTC */
  public StoreRows(LocalDateTime now) {
    this.ingester = new Ingester(null, null, null, now);
  }

  /**
   * The rows storing {@code outcome} adds after the outcomes given before, per table name (tables
   * it adds nothing to are left out). An article already given yields no rows.
   */
  public Map<String, List<Object[]>> next(Outcome outcome) {
    try {
      ingester.prepare(List.of(outcome));
    } catch (SQLException e) {
      throw new StoreException("no database to fail: " + e.getMessage(), e); // c is null: nothing is looked up
    }
    Map<String, List<Object[]>> out = new LinkedHashMap<>();
    ingester.drain().forEach((table, rows) -> out.put(table.sqlName, rows));
    return out;
  }

  /** The id an outcome is stored under: the article's content hash, else one derived from its origin. */
  public static String idOf(Outcome outcome) {
    return ArticleRows.idOf(outcome);
  }

  /** The store's table names, in schema order. */
  public static List<String> tables() {
    return Arrays.stream(Table.values()).map(t -> t.sqlName).toList();
  }

  /** The columns of {@code table}, in the order of its row values. */
  public static List<String> columns(String table) {
    return table(table).columns;
  }

  /**
   * The SQL type of each column of {@code table}, in {@link #columns} order, as DuckDB names it
   * (VARCHAR, INTEGER, BIGINT, DOUBLE, BOOLEAN, TIMESTAMP): read from a schema made by the store's
   * own migrations in memory, so it cannot drift from the store's.
   */
  public static List<String> sqlTypes(String table) {
    return SqlTypes.ALL.get(table(table));
  }

  /** Every table's column types, read once per JVM. */
  private static final class SqlTypes {
    static final Map<Table, List<String>> ALL = read();

    private static Map<Table, List<String>> read() {
      DuckDbBackend backend = new DuckDbBackend(null);
      try {
        Connection c = backend.connect();
        Migrations.apply(c, backend);
        Map<Table, List<String>> all = new java.util.EnumMap<>(Table.class);
        for (Table t : Table.values()) {
          Map<String, String> types = new LinkedHashMap<>();
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '"
                  + t.sqlName + "'")) {
            while (rs.next()) {
              types.put(rs.getString(1), rs.getString(2).toUpperCase(Locale.ROOT));
            }
          }
          List<String> out = new ArrayList<>();
          for (String column : t.columns) {
            out.add(types.get(column));
          }
          all.put(t, List.copyOf(out));
        }
        return all;
      } catch (SQLException e) {
        throw new StoreException("cannot read the store's schema: " + e.getMessage(), e);
      } finally {
        backend.close();
      }
    }
  }

  /**
   * The MinHash LSH bands of {@code text} as the store computes them (articles sharing one are
   * near-duplicate candidates), or null when the text is too short to be signed.
   */
  public static long[] bands(String text) {
    long[] signature = MinHash.signature(text);
    return signature == null ? null : MinHash.bands(signature);
  }

  /**
   * The GDELT 2.0 export line (tab-separated, with its line break) of an events row in {@link
   * #columns} order, with the event's reach (its mentions, distinct articles, distinct sources,
   * and the first report's URL, null when unknown) and its first report's article, which dates an
   * event without a day of its own and gives the source URL, as {@link Exporter} does.
   *
   * @param articleUrl the first report's article's URL, or null
   * @param publishedDay its {@code published_day} column (yyyymmdd, 0 or null when undated)
   * @param ingestedAt its {@code ingested_at} column (a {@link java.sql.Timestamp} or {@link
   *     LocalDateTime}, UTC), or null when that article is not known
   */
  public static String gdeltLine(Object[] eventRow, int mentions, int articles, int sources, String url,
      String articleUrl, Number publishedDay, Object ingestedAt) {
    StoredEvent event = EventRows.of(eventRow, new EventRows.Reach(mentions, articles, sources, url));
    ArticleFacts article = null;
    if (ingestedAt != null) {
      LocalDateTime at = ingestedAt instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) ingestedAt;
      article = new ArticleFacts(event.firstArticleId(), articleUrl, null, null,
          publishedDay == null ? null : EventRows.toDate(publishedDay.intValue()), at.toInstant(java.time.ZoneOffset.UTC));
    }
    return GdeltEventRow.of(ExportRow.of(event, List.of(), article)).toLine() + "\n";
  }

  private static Table table(String name) {
    for (Table t : Table.values()) {
      if (t.sqlName.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no such table: " + name);
  }
}
