package org.tidings.pipeline.watch;

import java.net.URI;

/**
 * What became of one polite fetch.
 *
 * <p>Immutable.
 */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.Disallowed, FetchResult.TooLarge, FetchResult.Failed {

  /** A final (non-redirect) answer, whatever its status: 200, 304, 404, 500… */
  record Fetched(HttpReply reply) implements FetchResult {}

  /** robots.txt forbids {@code uri} (the original address or a redirect target). */
  record Disallowed(URI uri) implements FetchResult {}

  /**
   * The body of {@code uri} is over {@link WatchConfig#maxBodyBytes}: no page worth reading, and no
   * use asking again.
   *
   * @param reason readable reason, never null
   */
  record TooLarge(URI uri, String reason) implements FetchResult {}

  /**
   * No answer worth reading: connection refused, timeout, too many redirects, or robots.txt
   * unreachable. Worth retrying later.
   *
   * @param reason readable reason, never null
   */
  record Failed(String reason) implements FetchResult {}
}
