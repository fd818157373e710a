package org.tidings.model;

/**
 * One arc of a sentence's Universal Dependencies parse, by token index into
 * {@link Document#tokens()}.
 *
 * @param relation UD relation, e.g. "nsubj", "obl:with"
 * @param governor head token index, or -1 for the root
 * @param dependent dependent token index
 */
public record Dependency(String relation, int governor, int dependent) {
  public static final int ROOT = -1;
}
