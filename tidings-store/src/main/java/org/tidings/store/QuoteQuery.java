package org.tidings.store;

/**
 * Which quotes to list; null filters mean "any". Validated when built.
 *
 * <p>Immutable and thread-safe.
 *
 * @param speaker the speaker's name contains this (case-insensitive), or null
 * @param text the quote's words contain this (case-insensitive), or null
 * @param articleId only this article's quotes, or null
 * @param offset results to skip, 0..{@link #MAX_OFFSET}
 * @param limit page size, 1..{@link #MAX_LIMIT}
 */
public record QuoteQuery(String speaker, String text, String articleId, int offset, int limit) {
  public static final int MAX_LIMIT = 1000;
  public static final int MAX_OFFSET = 100_000;

  public QuoteQuery {
    speaker = Checks.text("speaker", speaker);
    text = Checks.text("text", text);
    articleId = Checks.text("articleId", articleId);
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new InvalidQueryException("offset", "expected 0.." + MAX_OFFSET + ", got " + offset);
    }
    Checks.limit(limit, MAX_LIMIT);
  }

  /** Quotes by a speaker, first 100. */
  public static QuoteQuery bySpeaker(String speaker) {
    return new QuoteQuery(speaker, null, null, 0, 100);
  }

  /** Quotes whose words contain {@code text}, first 100. */
  public static QuoteQuery byText(String text) {
    return new QuoteQuery(null, text, null, 0, 100);
  }
}
