package org.tidings.server;

import java.util.List;
import java.util.regex.Pattern;
import org.tidings.store.DailyCount;
import org.tidings.store.EventStore;
import org.tidings.store.Grid;
import org.tidings.store.GridQuery;
import org.tidings.store.TextAnnotation;
import org.tidings.store.TimelineQuery;

/**
 * What the web page needs beyond the rest of the API: events counted per grid cell for a bounding
 * box and zoom level (so that a map of many events draws one marker per cell, counted by the
 * store) and per day, both under the same filters as {@code /api/events}; and an article's stored
 * actor mentions, places and times, to highlight in its text. Thread-safe.
 */
final class PageApi {
  private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");

  private final EventStore store;

  PageApi(EventStore store) {
    this.store = store;
  }

  /**
   * Daily counts under every event filter.
   *
   * @param by quadclass, root or plover
   * @param counts one per day and key with events, ordered by day then key; never null
   */
  record Timeline(String by, List<DailyCount> counts) {}

  List<Endpoint> endpoints() {
    return List.of(
        new Endpoint("/api/grid", "Events with a place counted per cell of a latitude/longitude grid sized for a map's zoom level"
            + " (cell side 45/2^zoom degrees), under the filters of /api/events (bbox: the map's view); country- and"
            + " region-level places are counted apart from points (area: true). unplaced: events matching without a place.",
            EventFilters.paramsAnd(Param.integer("zoom", "the map's zoom level, 0..20 (default 2)", GridQuery.MAX_ZOOM)),
            this::grid),
        new Endpoint("/api/timeline", "Dated events per day under the filters of /api/events, split by QuadClass, CAMEO root or PLOVER type.",
            EventFilters.paramsAnd(Param.choice("by", "what to split by (default quadclass)", "quadclass", "root", "plover")),
            this::timeline),
        new Endpoint("/api/articles/{id}/annotations", "An article's stored actor mentions, places, times and the segments its clean-up set apart from the body"
            + " (kind SEGMENT, label title, caption or residue, detail the reason) at their spans, ordered by span.",
            List.of(Param.path("id", "the article id: 32 hex digits (content hash)")), this::annotations));
  }

  private List<TextAnnotation> annotations(Params p) {
    String id = p.path("id");
    if (!ARTICLE_ID.matcher(id).matches()) {
      throw ApiException.badRequest("id: expected an article id of 32 hex digits, got '" + Params.shown(id) + "'");
    }
    if (store.article(id).isEmpty()) {
      throw ApiException.notFound("no article with id " + id);
    }
    return store.annotations(id);
  }

  private Grid grid(Params p) {
    return store.grid(new GridQuery(EventFilters.read(p).build(), (int) p.integer("zoom", 2)));
  }

  private Timeline timeline(Params p) {
    String by = p.choice("by");
    TimelineQuery.By split = by == null ? TimelineQuery.By.QUAD_CLASS : switch (by) {
      case "root" -> TimelineQuery.By.ROOT;
      case "plover" -> TimelineQuery.By.PLOVER;
      default -> TimelineQuery.By.QUAD_CLASS;
    };
    return new Timeline(by == null ? "quadclass" : by, store.timeline(new TimelineQuery(EventFilters.read(p).build(), split)));
  }
}
