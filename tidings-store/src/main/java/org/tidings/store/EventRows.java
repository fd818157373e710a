package org.tidings.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
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

  /** Mention counts and the first report's URL, per event. */
  record Reach(int mentions, int articles, int sources, String url) {
    static final Reach NONE = new Reach(0, 0, 0, null);
  }

  /** Aggregate over event_mentions giving, after event_id, the four {@link Reach} values. */
  static final String REACH = "SELECT m.event_id, COUNT(*) AS n_mentions, COUNT(DISTINCT m.article_id) AS n_articles,"
      + " COUNT(DISTINCT COALESCE(m.article_source, m.article_id)) AS n_sources,"
      + " MAX(CASE WHEN m.article_id = e.first_article_id THEN m.url END) AS first_url"
      + " FROM event_mentions m JOIN events e ON e.event_id = m.event_id";

  static StoredEvent read(ResultSet rs, Reach reach) throws SQLException {
    int day = rs.getInt(2);
    Timestamp seen = rs.getTimestamp(29);
    return new StoredEvent(
        rs.getLong(1), toDate(day), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getInt(7), rs.getDouble(8), rs.getString(9), rs.getString(10), Modality.valueOf(rs.getString(11)),
        party(rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15)),
        party(rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19)),
        rs.getString(20) == null ? null : new StoredEvent.Location(rs.getString(20), rs.getString(21), rs.getString(22),
            rs.getLong(23), rs.getDouble(24), rs.getDouble(25), rs.getString(26), rs.getString(27)),
        reach.mentions(), reach.articles(), reach.sources(), rs.getString(28), reach.url(),
        seen.toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(30), rs.getBoolean(31));
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
