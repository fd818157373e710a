package org.tidings.store;

/**
 * Which stored articles to list, most recently stored first; null filters mean "any". Validated
 * when built.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome {@code coded}, {@code skipped} or {@code failed}, or null
 * @param source the publisher (whole name, case-insensitive), or null
 * @param offset results to skip, 0..{@link #MAX_OFFSET}
 * @param limit page size, 1..{@link #MAX_LIMIT}
 */
public record ArticleQuery(String outcome, String source, int offset, int limit) {
  public static final int MAX_LIMIT = 1000;
  public static final int MAX_OFFSET = 100_000;

  public ArticleQuery {
    if (outcome != null && !outcome.equals("coded") && !outcome.equals("skipped") && !outcome.equals("failed")) {
      throw new InvalidQueryException("outcome", "expected coded, skipped or failed, got '" + Checks.shown(outcome) + "'");
    }
    source = Checks.text("source", source);
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new InvalidQueryException("offset", "expected 0.." + MAX_OFFSET + ", got " + offset);
    }
    Checks.limit(limit, MAX_LIMIT);
  }
}
