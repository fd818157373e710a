package org.tidings.pipeline.time;

import java.util.Objects;
import org.tidings.model.TextSpan;
import org.tidings.model.TimexType;

/**
 * A time expression while the resolver's rules rewrite it: where it is, its TIMEX3 type and value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span UTF-16 offsets into the article text, never null
 * @param type TIMEX3 type, never null
 * @param value TIMEX3 value, never null
 */
record TimexDraft(TextSpan span, TimexType type, String value) {
  TimexDraft {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  TimexDraft withValue(String newValue) {
    return new TimexDraft(span, type, newValue);
  }

  TimexDraft with(TimexType newType, String newValue) {
    return new TimexDraft(span, newType, newValue);
  }

  TimexDraft withSpan(TextSpan newSpan) {
    return new TimexDraft(newSpan, type, value);
  }
}
