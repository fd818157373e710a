package org.tidings.pipeline.extract.html;

/**
 * What a page says about its article, each field from the most trusted source that gave it
 * (JSON-LD {@code NewsArticle}, then OpenGraph, then {@code <meta>}, then {@code <time>} and
 * markup). Every field is null when no source gave it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title headline
 * @param author author name(s), joined with ", " when several
 * @param published publication date-time in a form {@link org.tidings.model.Published#parse}
 *     accepts, with the UTC offset when the page gave one
 * @param canonicalUrl the page's canonical URL
 * @param siteName publisher or site name
 * @param language ISO 639-1 code, lower case, e.g. "de"
 * @param description the page's summary
 */
public record ArticleMetadata(
    String title,
    String author,
    String published,
    String canonicalUrl,
    String siteName,
    String language,
    String description) {

  /** No metadata at all. */
  public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, null, null);

  /** This metadata with each null field filled from {@code lessTrusted}. */
  public ArticleMetadata orElse(ArticleMetadata lessTrusted) {
    return new ArticleMetadata(
        or(title, lessTrusted.title),
        or(author, lessTrusted.author),
        or(published, lessTrusted.published),
        or(canonicalUrl, lessTrusted.canonicalUrl),
        or(siteName, lessTrusted.siteName),
        or(language, lessTrusted.language),
        or(description, lessTrusted.description));
  }

  private static String or(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
