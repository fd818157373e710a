package org.tidings.pipeline.time;

/** Which way from the publication date the clause around a time expression points. */
public enum Tense {
  /** Past or present-perfect verb: the time lies at or before publication. */
  PAST,
  /** "will", "shall", "would", "going to", or a progressive present: at or after publication. */
  FUTURE,
  /** No governing verb, or one whose form does not say (present simple, participle modifiers). */
  UNKNOWN
}
