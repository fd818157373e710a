package org.tidings.store;

/**
 * Which quotes to list; null filters mean "any". Validated when built.
 *
 * <p>Immutable and thread-safe.
 *
 * @param speaker the speaker's name contains this (case-insensitive), or null
 * @param code the speaker's actor code (its first country then its first role, as events code an
 *     actor: RUSGOV) starts with this: a country and role (RUSGOV), a country (RUS), or a role of an
 *     actor without a country (GOV); or null
 * @param text the quote's words contain this (case-insensitive), or null
 * @param articleId only this article's quotes, or null
 * @param offset results to skip, 0..{@link #MAX_OFFSET}
 * @param limit page size, 1..{@link #MAX_LIMIT}
 */
public record QuoteQuery(String speaker, String code, String text, String articleId, int offset, int limit) {
  public static final int MAX_LIMIT = 1000;
  public static final int MAX_OFFSET = 100_000;
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z]{3}|[A-Z]{6}");

  public QuoteQuery {
    speaker = Checks.text("speaker", speaker);
    if (code != null && !CODE.matcher(code).matches()) {
      throw new InvalidQueryException("code", "expected an actor code of three or six capital letters (RUS, RUSGOV), got '"
          + Checks.shown(code) + "'");
    }
    text = Checks.text("text", text);
    articleId = Checks.text("articleId", articleId);
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new InvalidQueryException("offset", "expected 0.." + MAX_OFFSET + ", got " + offset);
    }
    Checks.limit(limit, MAX_LIMIT);
  }

  /** Quotes by a speaker, first 100. */
  public static QuoteQuery bySpeaker(String speaker) {
    return new QuoteQuery(speaker, null, null, null, 0, 100);
  }

  /** Quotes whose words contain {@code text}, first 100. */
  public static QuoteQuery byText(String text) {
    return new QuoteQuery(null, null, text, null, 0, 100);
  }
}
