package org.tidings.pipeline.extract;

/**
 * An article as read from its source, before clean-up. Only {@code origin} and {@code text} are
 * required; the rest is null when the source did not give it.
 *
 * @param origin where it came from: file, file:line or URL
 * @param externalId the source's id for it
 * @param url where it was published
 * @param source publisher or feed name
 * @param title headline
 * @param published publication date as written (parsed during clean-up)
 * @param language ISO 639-1 code
 * @param text article text as read
 */
public record RawArticle(
    String origin,
    String externalId,
    String url,
    String source,
    String title,
    String published,
    String language,
    String text) {}
