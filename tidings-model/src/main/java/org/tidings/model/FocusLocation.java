package org.tidings.model;

/**
 * Where an article is mostly about: its most-named country and city. Each is the first mention of
 * that place in the article.
 *
 * <p>Immutable and thread-safe.
 *
 * @param country the focus country's first mention, or null when the article names none
 * @param city the focus city's first mention, or null when the article names none
 */
public record FocusLocation(Place country, Place city) {
  /** No place named. */
  public static final FocusLocation NONE = new FocusLocation(null, null);
}
