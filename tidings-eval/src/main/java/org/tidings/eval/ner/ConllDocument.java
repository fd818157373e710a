package org.tidings.eval.ner;

import java.util.List;
import java.util.Objects;

/**
 * One CoNLL-2003 document rebuilt as text: tokens joined by single spaces, sentences by a blank
 * line ({@code "\n\n"}, which our sentence splitter always honours), and its gold entities as
 * character spans into that text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the rebuilt text, never null
 * @param tokens number of CoNLL tokens in it
 * @param entities gold entities in text order, never null
 */
public record ConllDocument(String text, int tokens, List<EntitySpan> entities) {
  public ConllDocument {
    Objects.requireNonNull(text, "text");
    entities = List.copyOf(entities);
  }
}
