package org.tidings.pipeline.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The part of a robots.txt file (RFC 9309) that applies to one crawler, read by crawler-commons'
 * {@link SimpleRobotRulesParser}: the groups whose {@code User-agent} is the product token
 * (case-insensitively) apply, else the {@code *} groups; of the rules matching a path the longest
 * pattern wins and {@code Allow} wins a tie; patterns may use {@code *} and a final {@code $};
 * unknown lines are ignored. This class is the watcher's only contact with crawler-commons.
 *
 * <p>Immutable and thread-safe.
 */
public final class RobotsRules {
  /** No rules: everything allowed. */
  public static final RobotsRules ALLOW_ALL =
      new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL));

  /** Where the rules are asked about paths: crawler-commons matches URLs, only their path counts. */
  private static final String BASE = "http://robots.invalid";

  private final BaseRobotRules rules;

  private RobotsRules(BaseRobotRules rules) {
    this.rules = rules;
  }

  /**
   * The rules of {@code robotsTxt} for the crawler called {@code productToken}.
   *
   * @param robotsTxt the file's text, never null
   * @param productToken the crawler's name, e.g. "Tidings", never null
   */
  public static RobotsRules parse(String robotsTxt, String productToken) {
    // no cap on the crawl delay here: the watcher caps it itself (WatchConfig.MAX_CRAWL_DELAY)
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, SimpleRobotRulesParser.DEFAULT_MAX_WARNINGS);
    return new RobotsRules(parser.parseContent(BASE + "/robots.txt", robotsTxt.getBytes(StandardCharsets.UTF_8),
        "text/plain", List.of(productToken.toLowerCase(Locale.ROOT))));
  }

  /**
   * True when the crawler may fetch {@code pathAndQuery} (e.g. {@code /news/a?id=1}; empty is
   * {@code /}). {@code /robots.txt} itself is always allowed.
   */
  public boolean allows(String pathAndQuery) {
    String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    return path.equals("/robots.txt") || rules.isAllowed(BASE + (path.startsWith("/") ? path : "/" + path));
  }

  /** The {@code Crawl-delay} of the applying group, or null when it gives none. */
  public Duration crawlDelay() {
    long millis = rules.getCrawlDelay();
    return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis < 0 ? null : Duration.ofMillis(millis);
  }
}
