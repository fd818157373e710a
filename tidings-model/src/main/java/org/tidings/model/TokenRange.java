package org.tidings.model;

/**
 * A run of tokens by index into {@link Document#tokens()}: {@code first} inclusive, {@code end}
 * exclusive. Deliberately a different type from {@link TextSpan}, which counts characters.
 *
 * <p>Immutable and thread-safe.
 */
public record TokenRange(int first, int end) {

  public TokenRange {
    if (first < 0 || end < first) {
      throw new IllegalArgumentException("bad token range " + first + ".." + end);
    }
  }

  /** Number of tokens covered. */
  public int size() {
    return end - first;
  }

  public boolean contains(int tokenIndex) {
    return first <= tokenIndex && tokenIndex < end;
  }
}
