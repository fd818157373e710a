package org.tidings.pipeline.syntax;

import java.util.Set;

/**
 * Named sets of Universal Dependencies relations (CoreNLP's enhanced++ labels, as in {@link
 * org.tidings.model.Dependency#relation()}) that the stages read a predicate's arguments by. The
 * sets differ on purpose, and each says which question it answers.
 *
 * <p>Immutable and thread-safe.
 */
public final class Relations {
  private Relations() {}

  /**
   * Who a predicate is about or done by, as the actors stage reads it: the subject, active or
   * passive, a controlled subject, or the agent of a passive ("an admission by Moscow").
   */
  public static final Set<String> SUBJECTS_AND_AGENTS = Set.of("nsubj", "nsubj:pass", "obl:agent", "nsubj:xsubj");

  /**
   * The subject of a predicate, as the quotes stage reads a cue's speaker: nominal subjects, active
   * or passive, controlled ones, and clausal subjects (a content the parser hung as subject).
   */
  public static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj", "nsubj:pass", "csubj");

  /**
   * Who does it, as the events stage reads a source: the active subject, a controlled one, or the
   * agent of a passive; never the passive subject, which is done to.
   */
  public static final Set<String> DOERS = Set.of("nsubj", "nsubj:xsubj", "obl:agent");
}
