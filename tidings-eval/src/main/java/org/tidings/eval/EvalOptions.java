package org.tidings.eval;

/**
 * Options of a scoring run that some suites honour; a suite that does not honour one rejects it
 * (see {@link Scorer#score(java.nio.file.Path, EvalOptions)}).
 *
 * @param baseline also score the suite's baseline system in the same run
 * @param limit score only the first {@code limit} items (in the suite's order); 0 for all
 */
public record EvalOptions(boolean baseline, int limit) {
  /** No baseline, every item. */
  public static final EvalOptions NONE = new EvalOptions(false, 0);

  public EvalOptions {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 (all) or positive: " + limit);
    }
  }

  public boolean isDefault() {
    return !baseline && limit == 0;
  }
}
