package org.tidings.model;

import java.util.Objects;

/**
 * When an {@link Event} happened (or is to happen), and how that was decided.
 *
 * <p>Immutable and thread-safe.
 *
 * @param interval the time meant, with its precision; never null
 * @param span the time expression's characters, or null when the date is the article's
 * @param source how the date was chosen, never null
 */
public record EventDate(TimeInterval interval, TextSpan span, Source source) {

  /** How an event's date was chosen, from the most to the least direct. */
  public enum Source {
    /** A time expression attached to the trigger: "the meeting on October 20". */
    EVENT,
    /** The time of the speech cue reporting it: "said last week". */
    CUE,
    /** The article's publication date. */
    ARTICLE
  }

  public EventDate {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(source, "source");
  }
}
