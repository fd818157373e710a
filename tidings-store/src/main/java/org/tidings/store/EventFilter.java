package org.tidings.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link EventQuery}'s filters as a SQL condition on table {@code e} (events) with its
 * parameters. Every user value is a parameter, never SQL text.
 */
final class EventFilter {
  final String where;
  final List<Object> params;

  private EventFilter(String where, List<Object> params) {
    this.where = where;
    this.params = params;
  }

  static EventFilter of(EventQuery q, boolean withCursor) {
    List<String> and = new ArrayList<>();
    List<Object> p = new ArrayList<>();
    if (q.actor() != null) {
      List<String> sides = sides(q.side());
      List<String> or = new ArrayList<>();
      for (String side : sides) {
        or.add("lower(e." + side + "_name) = ?");
        or.add("e." + side + "_code = ?");
        p.add(q.actor().toLowerCase(Locale.ROOT));
        p.add(q.actor());
      }
      and.add("(" + String.join(" OR ", or) + ")");
    }
    if (q.country() != null) {
      List<String> or = new ArrayList<>();
      for (String side : sides(q.side())) {
        or.add("e." + side + "_country = ?");
        p.add(q.country());
      }
      if (q.side() == EventQuery.Side.ANY) {
        or.add("e.place_country = ?");
        p.add(q.country());
      }
      and.add("(" + String.join(" OR ", or) + ")");
    }
    if (q.role() != null) {
      List<String> or = new ArrayList<>();
      for (String side : sides(q.side())) {
        or.add("('/' || e." + side + "_roles || '/') LIKE ?");
        p.add("%/" + q.role() + "/%");
      }
      and.add("(" + String.join(" OR ", or) + ")");
    }
    if (q.cameoCode() != null) {
      and.add("e.cameo_code = ?");
      p.add(q.cameoCode());
    }
    if (q.cameoRoot() != null) {
      and.add("e.cameo_root = ?");
      p.add(q.cameoRoot());
    }
    if (q.quadClass() != null) {
      and.add("e.quad_class = ?");
      p.add(q.quadClass());
    }
    if (q.modality() != null) {
      and.add("e.modality = ?");
      p.add(q.modality().name());
    }
    if (q.bbox() != null) {
      and.add("e.place_lat BETWEEN ? AND ? AND e.place_lon BETWEEN ? AND ?");
      p.add(q.bbox().south());
      p.add(q.bbox().north());
      p.add(q.bbox().west());
      p.add(q.bbox().east());
    }
    if (q.from() != null) {
      and.add("e.day >= ?");
      p.add(ArticleRows.day(q.from()));
    }
    if (q.to() != null) {
      and.add(q.from() == null ? "e.day > 0 AND e.day <= ?" : "e.day <= ?");
      p.add(ArticleRows.day(q.to()));
    }
    if (q.article() != null) {
      and.add("e.event_id IN (SELECT m.event_id FROM event_mentions m WHERE m.article_id = ?)");
      p.add(q.article());
    }
    if (q.plover() != null) {
      and.add("e.plover_type = ?");
      p.add(q.plover().name());
    }
    if (q.minConfidence() != null) {
      and.add("e.event_id IN (SELECT m.event_id FROM event_mentions m WHERE m.confidence >= ?)");
      p.add(q.minConfidence());
    }
    if (q.outlet() != null) {
      and.add("e.event_id IN (SELECT m.event_id FROM event_mentions m WHERE lower(m.article_source) = ?)");
      p.add(q.outlet().toLowerCase(Locale.ROOT));
    }
    if (q.text() != null) {
      String like = likeContains(q.text());
      and.add("(lower(e.source_name) LIKE ? ESCAPE '\\' OR lower(e.target_name) LIKE ? ESCAPE '\\'"
          + " OR lower(e.place_name) LIKE ? ESCAPE '\\'"
          + " OR e.event_id IN (SELECT m.event_id FROM event_mentions m WHERE lower(m.trigger_text) LIKE ? ESCAPE '\\'))");
      p.add(like);
      p.add(like);
      p.add(like);
      p.add(like);
    }
    if (withCursor && q.after() != null) {
      EventCursor cursor = EventCursor.parse(q.after());
      boolean newest = q.order() == EventQuery.Order.NEWEST;
      and.add(newest ? "(e.day < ? OR (e.day = ? AND e.event_id < ?))" : "(e.day > ? OR (e.day = ? AND e.event_id > ?))");
      p.add(cursor.day());
      p.add(cursor.day());
      p.add(cursor.eventId());
    }
    return new EventFilter(and.isEmpty() ? "TRUE" : String.join(" AND ", and), p);
  }

  /** The page order as SQL on table {@code e}. */
  static String orderBy(EventQuery q) {
    return q.order() == EventQuery.Order.NEWEST ? "e.day DESC, e.event_id DESC" : "e.day, e.event_id";
  }

  private static List<String> sides(EventQuery.Side side) {
    return switch (side) {
      case SOURCE -> List.of("source");
      case TARGET -> List.of("target");
      case ANY -> List.of("source", "target");
    };
  }

  /** {@code value} made safe inside a LIKE pattern with ESCAPE '\'. */
  static String likeContains(String value) {
    return "%" + value.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
