package org.tidings.eval.ner;

import java.util.Objects;
import org.tidings.model.TextSpan;

/**
 * A named entity by its characters and its CoNLL type: the unit that NER scoring compares.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span UTF-16 offsets into the text the entity was found in, never null
 * @param type PER, ORG, LOC or MISC, never null
 */
public record EntitySpan(TextSpan span, String type) {
  public EntitySpan {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }

  /** Readable form for tests and messages: {@code [12,18) PER}. */
  @Override
  public String toString() {
    return span + " " + type;
  }
}
