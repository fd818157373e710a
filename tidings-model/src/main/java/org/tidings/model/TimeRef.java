package org.tidings.model;

import java.util.Objects;

/**
 * A time expression in the text, normalised as TIMEX3 and resolved against the article's
 * publication date.
 *
 * @param span characters in the article text
 * @param text the expression as written
 * @param type TIMEX3 type
 * @param value TIMEX3 value: {@code 2021-10-13}, {@code 2021-W40}, {@code PAST_REF}, {@code P2M};
 *     {@code XXXX-10-20} when the year could not be anchored
 * @param resolved the interval meant, or null for durations, sets and values with no anchor
 */
public record TimeRef(TextSpan span, String text, TimexType type, String value, TimeInterval resolved) {
  public TimeRef {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
