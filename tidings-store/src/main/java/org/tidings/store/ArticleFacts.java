package org.tidings.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an export row says about the article behind an event: where it came from and when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param articleId content hash, never null
 * @param url where it was published, or null
 * @param source publisher or feed name, or null
 * @param title headline, or null
 * @param published publication day (for a web archive page without a date of its own, the day it was
 *     captured), or null when unknown
 * @param ingestedAt when it was stored (UTC), never null
 */
public record ArticleFacts(String articleId, String url, String source, String title, LocalDate published, Instant ingestedAt) {
  public ArticleFacts {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }
}
