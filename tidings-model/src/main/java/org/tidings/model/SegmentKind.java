package org.tidings.model;

/** What a stretch of article text is. Only {@link #BODY} and {@link #TITLE} feed extraction. */
public enum SegmentKind {
  /** The headline, when it is part of the text. */
  TITLE,
  /** Article prose. */
  BODY,
  /** A photo caption or credit line, kept apart from the body. */
  CAPTION,
  /** Site residue: reading-time notes, lone section labels, "Live Story" and the like. */
  RESIDUE;

  /** True when entities, quotes and events may be taken from this kind of segment. */
  public boolean isContent() {
    return this == BODY || this == TITLE;
  }
}
