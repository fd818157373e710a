package org.tidings.eval.timex;

import java.util.Objects;
import org.tidings.model.TextSpan;

/**
 * One time expression as the scorer compares it: where it is, its TIMEX3 type and value. Used for
 * gold and predicted annotations alike.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span UTF-16 offsets into the document text, never null
 * @param type TIMEX3 type as written ("DATE", "TIME", "DURATION", "SET"), never null
 * @param value TIMEX3 value as written ("1998-10", "P3D", "PAST_REF"), never null (empty when
 *     absent)
 */
public record TimexAnnotation(TextSpan span, String type, String value) {
  public TimexAnnotation {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
