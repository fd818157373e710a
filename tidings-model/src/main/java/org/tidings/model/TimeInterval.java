package org.tidings.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A resolved time: local date-times, {@code begin} inclusive and {@code end} exclusive. An
 * unanchored past has no begin, an unanchored future no end.
 *
 * <p>Immutable and thread-safe.
 *
 * @param begin first instant covered, or null when open to the past
 * @param end first instant not covered, or null when open to the future
 * @param precision how finely the time is known, never null
 */
public record TimeInterval(LocalDateTime begin, LocalDateTime end, Precision precision) {
  public TimeInterval {
    Objects.requireNonNull(precision, "precision");
    if (begin != null && end != null && end.isBefore(begin)) {
      throw new IllegalArgumentException("interval ends before it begins: " + begin + " " + end);
    }
  }
}
