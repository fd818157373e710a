package org.tidings.pipeline.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the feed watcher.
 *
 * <p>Immutable and thread-safe.
 *
 * @param defaultInterval time between polls of a feed that names no interval of its own, positive
 * @param hostDelay least time between two requests to the same host (a robots.txt {@code
 *     Crawl-delay} can make it longer, up to {@link #MAX_CRAWL_DELAY}), not negative
 * @param timeout limit on one HTTP exchange, connection to last body byte, positive
 * @param retryBase first back-off after a failure; doubled after each further failure, positive
 * @param retryMax longest back-off, at least {@code retryBase}
 * @param maxAttempts fetches of one article page before it is given up with a failed outcome,
 *     at least 1
 * @param maxRedirects redirects followed for one fetch, not negative
 * @param robotsTtl how long a host's robots.txt is trusted before it is fetched again, positive
 * @param userAgent the {@code User-Agent} header; its first word (before "/") is the product
 *     token robots.txt groups are matched against, never blank
 * @param maxBodyBytes largest response body read (bytes); larger ones are failures, positive
 */
public record WatchConfig(
    Duration defaultInterval,
    Duration hostDelay,
    Duration timeout,
    Duration retryBase,
    Duration retryMax,
    int maxAttempts,
    int maxRedirects,
    Duration robotsTtl,
    String userAgent,
    long maxBodyBytes) {

  /** Longest robots.txt crawl delay honoured; longer ones are capped to this. */
  public static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);

  /** Polls every 15 minutes, 2 s between requests to one host, 30 s timeout, 6 attempts. */
  public static final WatchConfig DEFAULT =
      new WatchConfig(
          Duration.ofMinutes(15),
          Duration.ofSeconds(2),
          Duration.ofSeconds(30),
          Duration.ofMinutes(1),
          Duration.ofHours(6),
          6,
          5,
          Duration.ofHours(24),
          "Tidings/0.1 (news event coder; feed watcher)",
          32L * 1024 * 1024);

  public WatchConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    requirePositive(defaultInterval, "defaultInterval");
    requirePositive(timeout, "timeout");
    requirePositive(retryBase, "retryBase");
    requirePositive(robotsTtl, "robotsTtl");
    if (hostDelay.isNegative()) {
      throw new IllegalArgumentException("hostDelay must not be negative: " + hostDelay);
    }
    if (retryMax.compareTo(retryBase) < 0) {
      throw new IllegalArgumentException("retryMax must be at least retryBase");
    }
    if (maxAttempts < 1 || maxRedirects < 0 || maxBodyBytes <= 0 || userAgent.isBlank()) {
      throw new IllegalArgumentException(
          "need maxAttempts >= 1, maxRedirects >= 0, maxBodyBytes > 0 and a user agent");
    }
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }

  /** The robots.txt product token: the user agent up to the first "/" or space. */
  public String productToken() {
    return userAgent.split("[/ ]", 2)[0];
  }

  /** Back-off after {@code failures} consecutive failures (1 = the first): base doubled, capped. */
  public Duration backoff(int failures) {
    Duration d = retryBase;
    for (int i = 1; i < failures && d.compareTo(retryMax) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(retryMax) > 0 ? retryMax : d;
  }

  public WatchConfig withDefaultInterval(Duration d) {
    return new WatchConfig(d, hostDelay, timeout, retryBase, retryMax, maxAttempts, maxRedirects, robotsTtl, userAgent, maxBodyBytes);
  }

  public WatchConfig withHostDelay(Duration d) {
    return new WatchConfig(defaultInterval, d, timeout, retryBase, retryMax, maxAttempts, maxRedirects, robotsTtl, userAgent, maxBodyBytes);
  }

  public WatchConfig withTimeout(Duration d) {
    return new WatchConfig(defaultInterval, hostDelay, d, retryBase, retryMax, maxAttempts, maxRedirects, robotsTtl, userAgent, maxBodyBytes);
  }
}
