package org.tidings.pipeline.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fetches as a polite crawler does: asks each host's robots.txt first (fetched once per {@link
 * WatchConfig#robotsTtl}), waits {@link WatchConfig#hostDelay} (or the host's longer {@code
 * Crawl-delay}) between two requests to one host, and follows at most {@link
 * WatchConfig#maxRedirects} redirects, checking robots.txt again at every hop.
 *
 * <p>robots.txt answered with 4xx allows everything; unreachable (5xx, timeout) it allows nothing
 * for now, as RFC 9309 asks, and the fetch fails so the caller retries later.
 *
 * <p>Not thread-safe: one watcher thread.
 */
public final class PoliteFetcher {
  private final HttpTransport transport;
  private final WatchConfig config;
  private final WatchClock clock;
  private final Map<String, Robots> robots = new HashMap<>();
  private final Map<String, Instant> lastRequest = new HashMap<>();

  /** What is known of one host's robots.txt; {@code unreachable} is null when it was read. */
  private record Robots(RobotsRules rules, String unreachable, Instant expires) {}

  public PoliteFetcher(HttpTransport transport, WatchConfig config, WatchClock clock) {
    this.transport = transport;
    this.config = config;
    this.clock = clock;
  }

  /**
   * GETs {@code uri} politely.
   *
   * @param headers extra request headers (conditional GET), never null
   * @throws InterruptedException when interrupted while waiting for the host
   */
  public FetchResult fetch(URI uri, Map<String, String> headers) throws InterruptedException {
    URI current = uri;
    for (int hop = 0; hop <= config.maxRedirects(); hop++) {
      Robots r = robotsFor(current);
      if (r.unreachable != null) {
        return new FetchResult.Failed("robots.txt of " + host(current) + " unreachable (" + r.unreachable + ")");
      }
      if (!r.rules.allows(pathAndQuery(current))) {
        return new FetchResult.Disallowed(current);
      }
      HttpReply reply;
      try {
        reply = paced(current, r.rules, headers);
      } catch (HttpTransport.BodyTooLarge e) {
        return new FetchResult.TooLarge(current, e.getMessage());
      } catch (IOException e) {
        return new FetchResult.Failed(current + ": " + e.getMessage());
      }
      if (!reply.redirect()) {
        return new FetchResult.Fetched(reply);
      }
      try {
        current = current.resolve(reply.header("Location").strip());
      } catch (IllegalArgumentException e) {
        return new FetchResult.Failed(current + ": bad redirect Location '" + reply.header("Location") + "'");
      }
    }
    return new FetchResult.Failed(uri + ": more than " + config.maxRedirects() + " redirects");
  }

  /** One request after waiting out the host's delay. */
  private HttpReply paced(URI uri, RobotsRules rules, Map<String, String> headers)
      throws IOException, InterruptedException {
    String host = host(uri);
    Duration delay = config.hostDelay();
    Duration crawlDelay = rules.crawlDelay();
    if (crawlDelay != null && crawlDelay.compareTo(delay) > 0) {
      delay = crawlDelay.compareTo(WatchConfig.MAX_CRAWL_DELAY) > 0 ? WatchConfig.MAX_CRAWL_DELAY : crawlDelay;
    }
    Instant last = lastRequest.get(host);
    if (last != null) {
      Duration wait = Duration.between(clock.now(), last.plus(delay));
      if (!wait.isNegative() && !wait.isZero()) {
        clock.sleep(wait);
      }
    }
    try {
      return transport.get(uri, headers);
    } finally {
      lastRequest.put(host, clock.now());
    }
  }

  private Robots robotsFor(URI uri) throws InterruptedException {
    String host = host(uri);
    Robots known = robots.get(host);
    Instant now = clock.now();
    if (known != null && now.isBefore(known.expires)) {
      return known;
    }
    Robots fresh = fetchRobots(uri);
    robots.put(host, fresh);
    return fresh;
  }

  private Robots fetchRobots(URI site) throws InterruptedException {
    URI current = site.resolve("/robots.txt");
    for (int hop = 0; hop <= config.maxRedirects(); hop++) {
      HttpReply reply;
      try {
        reply = paced(current, RobotsRules.ALLOW_ALL, Map.of());
      } catch (IOException e) {
        return unreachable(e.getMessage());
      }
      if (reply.redirect()) {
        current = current.resolve(reply.header("Location").strip());
        continue;
      }
      Instant expires = clock.now().plus(config.robotsTtl());
      if (reply.ok()) {
        String text = new String(reply.body(), StandardCharsets.UTF_8);
        return new Robots(RobotsRules.parse(text, config.productToken()), null, expires);
      }
      if (reply.status() >= 400 && reply.status() < 500) {
        return new Robots(RobotsRules.ALLOW_ALL, null, expires);
      }
      return unreachable("HTTP " + reply.status());
    }
    return unreachable("too many redirects");
  }

  /** Unreachable robots.txt is asked again after the first back-off step, not after a day. */
  private Robots unreachable(String reason) {
    return new Robots(RobotsRules.ALLOW_ALL, reason, clock.now().plus(config.retryBase()));
  }

  /** scheme://host:port, the unit robots.txt and pacing apply to. */
  static String host(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  private static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }
}
