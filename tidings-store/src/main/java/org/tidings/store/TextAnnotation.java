package org.tidings.store;

import org.tidings.model.TextSpan;

/**
 * One stored annotation of an article's text, flattened for display: an actor's mention, a place,
 * a time expression, or a segment the clean-up set apart from the body (title, caption, residue),
 * at its span.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what it is, never null
 * @param span UTF-16 offsets into the article text, end exclusive; never null
 * @param text the words at the span, never null
 * @param label the actor's name, the place's gazetteer name, the time's resolved value or the
 *     segment's kind ({@code title}, {@code caption}, {@code residue}); never null
 * @param detail the codes behind it for a person to read (an actor's type, countries, roles and
 *     group code; a place's coordinates, country, precision and GeoNames id; a time's type and
 *     resolved interval; why a segment was classed so, e.g. "reading-time note"), never null
 */
public record TextAnnotation(Kind kind, TextSpan span, String text, String label, String detail) {
  /** The kinds of annotation. */
  public enum Kind { ACTOR, PLACE, SEGMENT, TIME }
}
