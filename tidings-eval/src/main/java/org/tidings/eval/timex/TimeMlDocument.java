package org.tidings.eval.timex;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A TimeML document as the scorer needs it: the text of its {@code <TEXT>} element with all tags
 * removed, the document creation date and the gold TIMEX3 annotations inside the text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text content of {@code <TEXT>} with tags stripped and entities decoded, never null
 * @param creationDate date of the {@code CREATION_TIME} TIMEX3 in {@code <DCT>}, never null
 * @param timexes gold TIMEX3 of the text in document order, spans in UTF-16 offsets into {@code
 *     text}; empty (non-consuming) TIMEX3 are left out
 */
public record TimeMlDocument(String text, LocalDate creationDate, List<TimexAnnotation> timexes) {
  public TimeMlDocument {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(creationDate, "creationDate");
    timexes = List.copyOf(timexes);
  }
}
