package org.tidings.store;

/**
 * Daily event counts for the filters of an {@link EventQuery} (its cursor and page size ignored),
 * split by QuadClass, CAMEO root or PLOVER type. Unlike a {@link CountQuery} it takes every event
 * filter and needs no date range: without one it spans the dated events matching the rest.
 *
 * <p>Immutable and thread-safe.
 *
 * @param filter which events, never null
 * @param by what the counts are split by, never null
 */
public record TimelineQuery(EventQuery filter, By by) {
  /** What the counts are split by. */
  public enum By {
    /** QuadClass, keys "1".."4". */
    QUAD_CLASS,
    /** CAMEO root, keys "01".."20". */
    ROOT,
    /** PLOVER type, keys such as "CONSULT". */
    PLOVER
  }

  public TimelineQuery {
    if (filter == null) {
      throw new InvalidQueryException("filter", "is required");
    }
    if (by == null) {
      throw new InvalidQueryException("by", "must be QUAD_CLASS, ROOT or PLOVER");
    }
  }
}
