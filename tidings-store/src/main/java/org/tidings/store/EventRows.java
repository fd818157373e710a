package org.tidings.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
    Object[] values = new Object[Table.EVENTS.columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = rs.getObject(i + 1);
    }
    return of(values, reach);
  }

  /**
   * An event from its row's values in {@link Table#EVENTS} column order (as the store writes them,
   * or as JDBC reads them back: numbers as any {@link Number}, first_seen as a {@link Timestamp}
   * or {@link LocalDateTime}).
   */
  static StoredEvent of(Object[] v, Reach reach) {
    int day = ((Number) v[1]).intValue();
    Object seen = v[28];
    LocalDateTime firstSeen = seen instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) seen;
    return new StoredEvent(
        ((Number) v[0]).longValue(), toDate(day), (String) v[2], (String) v[3], (String) v[4], (String) v[5],
        ((Number) v[6]).intValue(), ((Number) v[7]).doubleValue(), (String) v[8], (String) v[9],
        Modality.valueOf((String) v[10]),
        party((String) v[11], (String) v[12], (String) v[13], (String) v[14]),
        party((String) v[15], (String) v[16], (String) v[17], (String) v[18]),
        v[19] == null ? null : new StoredEvent.Location((String) v[19], (String) v[20], (String) v[21],
            v[22] == null ? 0 : ((Number) v[22]).longValue(), v[23] == null ? 0 : ((Number) v[23]).doubleValue(),
            v[24] == null ? 0 : ((Number) v[24]).doubleValue(), (String) v[25], (String) v[26]),
        reach.mentions(), reach.articles(), reach.sources(), (String) v[27], reach.url(),
        firstSeen.toInstant(ZoneOffset.UTC), (String) v[29], (Boolean) v[30]);
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
