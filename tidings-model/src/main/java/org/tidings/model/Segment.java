package org.tidings.model;

import java.util.Objects;

/**
 * A line or paragraph of the article text and what it is.
 *
 * @param span where it lies in {@link Article#text()}
 * @param kind body, title, caption or residue
 * @param reason why it was classed so (e.g. "reading-time note"), never null; empty for body text
 */
public record Segment(TextSpan span, SegmentKind kind, String reason) {
  public Segment {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }
}
