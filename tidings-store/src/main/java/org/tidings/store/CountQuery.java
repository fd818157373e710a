package org.tidings.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Daily event counts over a date range, split by QuadClass or CAMEO root. Validated when built.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from first day, never null
 * @param to last day included, never null; at most {@link #MAX_DAYS} days after {@code from}
 * @param by what to split by, never null
 * @param country only events whose source, target or place is in this country, or null
 */
public record CountQuery(LocalDate from, LocalDate to, By by, String country) {
  public static final int MAX_DAYS = 3660;

  /** What the counts are split by. */
  public enum By {
    /** QuadClass 1..4, keys "1".."4". */
    QUAD_CLASS,
    /** CAMEO root, keys "01".."20". */
    ROOT
  }

  public CountQuery {
    if (from == null || to == null) {
      throw new InvalidQueryException(from == null ? "from" : "to", "a day is required, e.g. 2021-10-13");
    }
    Checks.range(from, to);
    if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
      throw new InvalidQueryException("to", "at most " + MAX_DAYS + " days per count");
    }
    if (by == null) {
      throw new InvalidQueryException("by", "must be QUAD_CLASS or ROOT");
    }
    Checks.country("country", country);
  }
}
