package org.tidings.store;

import java.time.Instant;

/**
 * One stored article in a list: what it is and what became of it, without its text and layers
 * ({@link EventStore#article} has those).
 *
 * <p>Immutable and thread-safe.
 *
 * @param articleId content hash (or {@code origin:...} when no text was read), never null
 * @param outcome "coded", "skipped" or "failed", never null
 * @param reason why it was skipped or failed, or null when coded
 * @param origin where it came from, never null
 * @param url or null
 * @param source publisher, or null
 * @param title or null
 * @param published as given (2021-10-13T08:30Z), or null
 * @param storedAt when it was stored (UTC), never null
 * @param events how many event reports it holds
 */
public record ArticleSummary(String articleId, String outcome, String reason, String origin, String url, String source,
    String title, String published, Instant storedAt, int events) {}
