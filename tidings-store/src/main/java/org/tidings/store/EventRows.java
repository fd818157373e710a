package org.tidings.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.tidings.model.Modality;

/** Reading {@link StoredEvent}s from rows selected with {@link #COLUMNS}. */
final class EventRows {
  private EventRows() {}

  /** The event columns, in the order {@link #read} expects, on table alias {@code e}. */
  static final String COLUMNS = "e.event_id, e.day, e.date_precision, e.cameo_code, e.cameo_base, e.cameo_root,"
      + " e.quad_class, e.goldstein, e.plover_type, e.plover_mode, e.modality, e.source_name, e.source_code,"
      + " e.source_country, e.source_roles, e.target_name, e.target_code, e.target_country, e.target_roles,"
      + " e.place_name, e.place_country, e.place_admin1, e.place_geonameid, e.place_lat, e.place_lon,"
      + " e.place_precision, e.place_source, e.first_article_id, e.first_seen, e.coder_version, e.lead";

  /** How many columns {@link #COLUMNS} names. */
  static final int COLUMN_COUNT = 31;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Mention counts and the first report's URL, per event. */
  record Reach(int mentions, int articles, int sources, String url) {
    static final Reach NONE = new Reach(0, 0, 0, null);
  }

  /** Aggregate over event_mentions giving, after event_id, the four {@link Reach} values. */
  static final String REACH = "SELECT m.event_id, COUNT(*) AS n_mentions, COUNT(DISTINCT m.article_id) AS n_articles,"
      + " COUNT(DISTINCT COALESCE(m.article_source, m.article_id)) AS n_sources,"
      + " MAX(CASE WHEN m.article_id = e.first_article_id THEN m.url END) AS first_url"
      + " FROM event_mentions m JOIN events e ON e.event_id = m.event_id";

  /** Column values by 1-based position in {@link #COLUMNS} order; nulls read as JDBC reads them (0, false). */
  private interface Values {
    String string(int i) throws SQLException;

    long number(int i) throws SQLException;

    double real(int i) throws SQLException;

    boolean bool(int i) throws SQLException;

    LocalDateTime time(int i) throws SQLException;
  }

  static StoredEvent read(ResultSet rs, Reach reach) throws SQLException {
    return read(new Values() {
      public String string(int i) throws SQLException { return rs.getString(i); }
      public long number(int i) throws SQLException { return rs.getLong(i); }
      public double real(int i) throws SQLException { return rs.getDouble(i); }
      public boolean bool(int i) throws SQLException { return rs.getBoolean(i); }
      public LocalDateTime time(int i) throws SQLException { return rs.getTimestamp(i).toLocalDateTime(); }
    }, reach);
  }

  /**
   * The values of an events row (in {@link Table#EVENTS} order, which is {@link #COLUMNS} order)
   * as the JSON array stored in its {@code fields} column: the whole row in one string, so that a
   * page of events is fetched from one column instead of 31 (see {@code JdbcEventStore#events}).
   */
  static String fields(Object[] row) {
    ArrayNode a = JSON.createArrayNode();
    for (int i = 0; i < COLUMN_COUNT; i++) {
      Object v = row[i];
      if (v == null) {
        a.addNull();
      } else if (v instanceof String s) {
        a.add(s);
      } else if (v instanceof Integer n) {
        a.add(n);
      } else if (v instanceof Long n) {
        a.add(n);
      } else if (v instanceof Double d) {
        a.add(d);
      } else if (v instanceof Boolean b) {
        a.add(b);
      } else if (v instanceof LocalDateTime t) {
        a.add(t.toString());
      } else {
        throw new IllegalArgumentException("unsupported column value " + v.getClass());
      }
    }
    return a.toString();
  }

  /** An event from its {@code fields} column (see {@link #fields}). */
  static StoredEvent fromFields(String json, Reach reach) {
    JsonNode a;
    try {
      a = JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StoreException("unreadable fields column: " + e.getOriginalMessage(), e);
    }
    if (!a.isArray() || a.size() != COLUMN_COUNT) {
      throw new StoreException("the fields column holds no event row of " + COLUMN_COUNT + " values");
    }
    try {
      return read(new Values() {
        public String string(int i) { return a.get(i - 1).isNull() ? null : a.get(i - 1).asText(); }
        public long number(int i) { return a.get(i - 1).asLong(); }
        public double real(int i) { return a.get(i - 1).asDouble(); }
        public boolean bool(int i) { return a.get(i - 1).asBoolean(); }
        public LocalDateTime time(int i) { return LocalDateTime.parse(a.get(i - 1).asText()); }
      }, reach);
    } catch (SQLException e) {
      throw new IllegalStateException("no SQL here", e);
    }
  }

  private static StoredEvent read(Values rs, Reach reach) throws SQLException {
    int day = (int) rs.number(2);
    return new StoredEvent(
        rs.number(1), toDate(day), rs.string(3), rs.string(4), rs.string(5), rs.string(6),
        (int) rs.number(7), rs.real(8), rs.string(9), rs.string(10), Modality.valueOf(rs.string(11)),
        party(rs.string(12), rs.string(13), rs.string(14), rs.string(15)),
        party(rs.string(16), rs.string(17), rs.string(18), rs.string(19)),
        rs.string(20) == null ? null : new StoredEvent.Location(rs.string(20), rs.string(21), rs.string(22),
            rs.number(23), rs.real(24), rs.real(25), rs.string(26), rs.string(27)),
        reach.mentions(), reach.articles(), reach.sources(), rs.string(28), reach.url(),
        rs.time(29).toInstant(ZoneOffset.UTC), rs.string(30), rs.bool(31));
  }

  private static StoredEvent.Party party(String name, String code, String country, String roles) {
    if (name == null) {
      return null;
    }
    return new StoredEvent.Party(name, code == null ? "" : code, country, roles == null ? "" : roles);
  }

  static LocalDate toDate(int day) {
    return day == 0 ? null : LocalDate.of(day / 10000, day / 100 % 100, day % 100);
  }
}
