package org.tidings.store.search;

import java.time.LocalDate;
import org.tidings.store.InvalidQueryException;

/**
 * A full-text search: Lucene query syntax over the words (phrases in double quotes, AND/OR/NOT,
 * {@code word*}), narrowed by filters; null filters mean "any". Validated when built: a bad value
 * throws {@link InvalidQueryException} naming the parameter.
 *
 * <p>Immutable and thread-safe.
 *
 * @param q the query, e.g. {@code "national security" AND Russia}; never null or blank, at most
 *     {@link #MAX_QUERY} characters
 * @param kind only articles or only quotes, or null for both
 * @param source the article's publisher, exactly (case-insensitive), or null
 * @param speaker the quote's speaker name holds these words in this order (case-insensitive), or null
 * @param from first publication day included, or null
 * @param to last publication day included, or null
 * @param offset hits to skip, 0..{@link #MAX_OFFSET}
 * @param limit page size, 1..{@link #MAX_LIMIT}
 */
public record SearchQuery(
    String q, Kind kind, String source, String speaker, LocalDate from, LocalDate to, int offset, int limit) {

  public static final int MAX_QUERY = 500;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;
  public static final int DEFAULT_LIMIT = 20;

  /** What a hit is. */
  public enum Kind {
    /** A whole article's text. */
    ARTICLE,
    /** One quote's words. */
    QUOTE
  }

  public SearchQuery {
    if (q == null || q.isBlank()) {
      throw new InvalidQueryException("q", "a query is required, e.g. q=\"national security\"");
    }
    q = q.strip();
    if (q.length() > MAX_QUERY) {
      throw new InvalidQueryException("q", "at most " + MAX_QUERY + " characters, got " + q.length());
    }
    source = plain("source", source);
    speaker = plain("speaker", speaker);
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidQueryException("to", "the range ends (" + to + ") before it begins (" + from + ")");
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new InvalidQueryException("offset", "expected 0.." + MAX_OFFSET + ", got " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidQueryException("limit", "expected 1.." + MAX_LIMIT + ", got " + limit);
    }
  }

  /** The first page of hits for {@code q}, no filters. */
  public static SearchQuery of(String q) {
    return new SearchQuery(q, null, null, null, null, null, 0, DEFAULT_LIMIT);
  }

  private static String plain(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > 200) {
      throw new InvalidQueryException(name, "at most 200 characters, got " + value.length());
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidQueryException(name, "control characters are not allowed");
    }
    return value.strip();
  }
}
