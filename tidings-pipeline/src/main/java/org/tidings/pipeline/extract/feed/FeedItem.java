package org.tidings.pipeline.extract.feed;

/**
 * One entry of a news feed. Any field may be null when the feed did not give it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title headline as plain text
 * @param link address of the article page (absolute as given by the feed)
 * @param guid the feed's stable id for the item ({@code guid}, {@code id}, {@code rdf:about});
 *     falls back to the link, so it is null only when both are missing
 * @param published publication date-time in a form {@link org.tidings.model.Published#parse}
 *     accepts, or null when absent or unreadable
 * @param summary description or content as plain text
 */
public record FeedItem(String title, String link, String guid, String published, String summary) {}
