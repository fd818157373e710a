package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tidings.model.TextSpan;

/**
 * The SQL behind the web page: the map's and timeline's aggregates ({@link GridQuery},
 * {@link TimelineQuery}), one GROUP BY over the events each with the filters of
 * {@link EventFilter}, and an article's stored annotations and segments ({@link TextAnnotation}); in SQL that
 * DuckDB and PostgreSQL both accept. Stateless; called by {@link JdbcEventStore} on a connection it
 * lends.
 */
final class EventAggregates {
  private EventAggregates() {}

  /** Places known only at this level are areas: their coordinates are the area's centre. */
  private static final String AREA = "e.place_precision IN ('COUNTRY', 'REGION')";

  static Grid grid(Connection c, GridQuery q) throws SQLException {
    EventFilter f = EventFilter.of(q.filter(), false);
    // the cell side is computed here from a checked integer, never user text, so it is written inline
    String d = String.format(Locale.ROOT, "%.12f", q.cellDegrees());
    String sql = "SELECT FLOOR((e.place_lat + 90) / " + d + ") AS r, FLOOR((e.place_lon + 180) / " + d + ") AS c,"
        + " CASE WHEN " + AREA + " THEN 1 ELSE 0 END AS a,"
        + " AVG(e.place_lat), AVG(e.place_lon), COUNT(*), SUM(COALESCE(m.n, 0)),"
        + " SUM(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END),"
        + " MIN(e.place_name)"
        + " FROM events e LEFT JOIN (SELECT event_id, COUNT(*) AS n FROM event_mentions GROUP BY event_id) m"
        + " ON m.event_id = e.event_id"
        + " WHERE " + f.where + " AND e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL"
        + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
    List<GridCell> cells = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      SqlRows.bindAll(st, f.params);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          cells.add(new GridCell((int) rs.getDouble(1), (int) rs.getDouble(2), rs.getInt(3) == 1, rs.getDouble(4),
              rs.getDouble(5), rs.getLong(6), rs.getLong(7),
              List.of(rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11)), rs.getString(12)));
        }
      }
    }
    long unplaced = 0;
    if (q.filter().bbox() == null) {
      String count = "SELECT COUNT(*) FROM events e WHERE " + f.where + " AND (e.place_lat IS NULL OR e.place_lon IS NULL)";
      try (PreparedStatement st = c.prepareStatement(count)) {
        SqlRows.bindAll(st, f.params);
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          unplaced = rs.getLong(1);
        }
      }
    }
    return new Grid(q.cellDegrees(), cells, unplaced);
  }

  static List<DailyCount> timeline(Connection c, TimelineQuery q) throws SQLException {
    EventFilter f = EventFilter.of(q.filter(), false);
    String key = switch (q.by()) {
      case QUAD_CLASS -> "e.quad_class";
      case ROOT -> "e.cameo_root";
      case PLOVER -> "e.plover_type";
    };
    String sql = "SELECT e.day, " + key + " AS k, COUNT(*) FROM events e WHERE " + f.where + " AND e.day > 0"
        + " GROUP BY e.day, " + key + " ORDER BY e.day, k";
    List<DailyCount> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      SqlRows.bindAll(st, f.params);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new DailyCount(EventRows.toDate(rs.getInt(1)), rs.getString(2), rs.getLong(3)));
        }
      }
    }
    return out;
  }

  /**
   * The actor mentions, places, times and non-body segments stored for one article, ordered by
   * span, then end, then kind. A segment's text is cut from the article's text here (Java's UTF-16
   * offsets, which SQL's substring would not count alike).
   */
  static List<TextAnnotation> annotations(Connection c, String articleId) throws SQLException {
    String sql = "SELECT 'ACTOR', m.span_begin, m.span_end, m.text, a.name,"
        + " a.type || ' ' || COALESCE(a.countries, '-') || ' ' || COALESCE(a.roles, '-') || COALESCE(' group ' || a.group_code, '')"
        + " FROM actor_mentions m JOIN actors a ON a.article_id = m.article_id AND a.actor_id = m.actor_id"
        + " WHERE m.article_id = ?"
        + " UNION ALL SELECT 'PLACE', p.span_begin, p.span_end, p.text, p.name,"
        + " CAST(ROUND(CAST(p.lat AS NUMERIC), 4) AS TEXT) || ', ' || CAST(ROUND(CAST(p.lon AS NUMERIC), 4) AS TEXT)"
        + " || ' ' || COALESCE(p.country, '-') || ' ' || COALESCE(p.place_precision, p.feature_code) || ' geonames:' || CAST(p.geonameid AS TEXT)"
        + " FROM places p WHERE p.article_id = ?"
        + " UNION ALL SELECT 'TIME', t.span_begin, t.span_end, t.text, t.value,"
        + " t.timex_type || COALESCE(' ' || t.time_precision, '') || COALESCE(' from ' || CAST(t.resolved_from AS TEXT), '')"
        + " || COALESCE(' until ' || CAST(t.resolved_until AS TEXT), '')"
        + " FROM times t WHERE t.article_id = ?"
        + " ORDER BY 2, 3, 1";
    List<TextAnnotation> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      SqlRows.bindAll(st, List.of(articleId, articleId, articleId));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new TextAnnotation(TextAnnotation.Kind.valueOf(rs.getString(1)),
              new TextSpan(rs.getInt(2), rs.getInt(3)), rs.getString(4), rs.getString(5), rs.getString(6)));
        }
      }
    }
    String segments = "SELECT s.kind, s.span_begin, s.span_end, s.reason, a.text FROM segments s"
        + " JOIN articles a ON a.article_id = s.article_id WHERE s.article_id = ? AND s.kind <> 'BODY'";
    try (PreparedStatement st = c.prepareStatement(segments)) {
      st.setString(1, articleId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          TextSpan span = new TextSpan(rs.getInt(2), rs.getInt(3));
          String text = rs.getString(5);
          out.add(new TextAnnotation(TextAnnotation.Kind.SEGMENT, span, text != null && span.end() <= text.length() ? span.of(text) : "",
              rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(4)));
        }
      }
    }
    out.sort(Comparator.comparingInt((TextAnnotation a) -> a.span().begin()).thenComparingInt(a -> a.span().end())
        .thenComparing(a -> a.kind().name()));
    return out;
  }
}
