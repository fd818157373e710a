package org.tidings.pipeline.extract.feed;

import java.util.List;

/**
 * A feed as read: its format, title and items, and what was wrong with it (recoverable problems
 * such as an unreadable date; the items are still there).
 *
 * <p>Immutable and thread-safe.
 *
 * @param format "rss", "rdf" (RSS 0.90/1.0), "atom" or "json"
 * @param title the feed's title, or null
 * @param items entries in feed order, never null
 * @param problems readable notes on recoverable defects, never null
 */
public record ParsedFeed(String format, String title, List<FeedItem> items, List<String> problems) {
  public ParsedFeed {
    items = List.copyOf(items);
    problems = List.copyOf(problems);
  }
}
