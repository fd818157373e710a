package org.tidings.pipeline.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The part of a robots.txt file (RFC 9309) that applies to one crawler: its {@code Allow} and
 * {@code Disallow} rules and its {@code Crawl-delay}. The groups whose {@code User-agent} matches
 * the product token (case-insensitively) apply; when none does, the {@code *} groups do. Of the
 * rules matching a path, the longest pattern wins, and {@code Allow} wins a tie. Patterns may use
 * {@code *} (any characters) and a final {@code $} (end of path). Unknown lines are ignored, as
 * the standard asks.
 *
 * <p>Immutable and thread-safe.
 */
public final class RobotsRules {
  /** No rules: everything allowed. */
  public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), null);

  private record Rule(boolean allow, String pattern, Pattern regex) {}

  private final List<Rule> rules;
  private final Duration crawlDelay;

  private RobotsRules(List<Rule> rules, Duration crawlDelay) {
    this.rules = List.copyOf(rules);
    this.crawlDelay = crawlDelay;
  }

  /**
   * The rules of {@code robotsTxt} for the crawler called {@code productToken}.
   *
   * @param robotsTxt the file's text, never null
   * @param productToken the crawler's name, e.g. "Tidings", never null
   */
  public static RobotsRules parse(String robotsTxt, String productToken) {
    String me = productToken.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    Duration myDelay = null;
    Duration starDelay = null;
    boolean mineFound = false;
    List<String> agents = new ArrayList<>();
    boolean inRules = false;
    for (String raw : robotsTxt.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (inRules) {
          agents.clear();
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
        continue;
      }
      if (agents.isEmpty()) {
        continue; // rules before any user-agent line belong to no group
      }
      boolean forMe = agents.stream().anyMatch(a -> !a.equals("*") && me.startsWith(a));
      boolean forStar = agents.contains("*");
      mineFound |= forMe;
      if (key.equals("allow") || key.equals("disallow")) {
        inRules = true;
        if (value.isEmpty()) {
          continue; // "Disallow:" with no path allows everything
        }
        Rule rule = new Rule(key.equals("allow"), value, compile(value));
        if (forMe) {
          mine.add(rule);
        }
        if (forStar) {
          star.add(rule);
        }
      } else if (key.equals("crawl-delay")) {
        inRules = true;
        Duration d = seconds(value);
        if (forMe && d != null) {
          myDelay = d;
        }
        if (forStar && d != null) {
          starDelay = d;
        }
      }
    }
    return mineFound ? new RobotsRules(mine, myDelay) : new RobotsRules(star, starDelay);
  }

  /**
   * True when the crawler may fetch {@code pathAndQuery} (e.g. {@code /news/a?id=1}; empty is
   * {@code /}). {@code /robots.txt} itself is always allowed.
   */
  public boolean allows(String pathAndQuery) {
    String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    if (path.equals("/robots.txt")) {
      return true;
    }
    Rule best = null;
    for (Rule r : rules) {
      if (r.regex.matcher(path).lookingAt()) {
        if (best == null
            || r.pattern.length() > best.pattern.length()
            || (r.pattern.length() == best.pattern.length() && r.allow)) {
          best = r;
        }
      }
    }
    return best == null || best.allow;
  }

  /** The {@code Crawl-delay} of the applying group, or null when it gives none. */
  public Duration crawlDelay() {
    return crawlDelay;
  }

  /** A robots pattern as a regex matched from the start of the path. */
  private static Pattern compile(String pattern) {
    boolean anchored = pattern.endsWith("$");
    String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    StringBuilder regex = new StringBuilder();
    for (String part : body.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    if (anchored) {
      regex.append('$');
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static Duration seconds(String value) {
    try {
      double s = Double.parseDouble(value);
      return s < 0 || Double.isNaN(s) ? null : Duration.ofMillis((long) (s * 1000));
    } catch (NumberFormatException e) {
      return null; // an unreadable crawl delay is ignored like any unknown line
    }
  }
}
