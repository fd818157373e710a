package org.tidings.pipeline.watch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.tidings.pipeline.extract.InputDefaults;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.feed.FeedItem;
import org.tidings.pipeline.extract.feed.FeedParser;
import org.tidings.pipeline.extract.feed.ParsedFeed;
import org.tidings.pipeline.extract.html.HtmlArticleExtractor;
import org.tidings.pipeline.watch.WatchState.FeedState;
import org.tidings.pipeline.watch.WatchState.PendingItem;

/**
 * Watches news feeds: polls each on its own schedule with a conditional GET, fetches the pages of
 * items it has not seen, extracts their articles and hands each to an {@link ArticleSink} exactly
 * once, across restarts ({@link WatchState}).
 *
 * <p>Failures never stop the watcher. A feed that fails (HTTP error, timeout, a body that is no
 * feed) is logged and polled again after an exponential back-off ({@link WatchConfig#backoff}); a
 * page that fails the same way waits in the state and is retried with back-off, up to {@link
 * WatchConfig#maxAttempts} times, then given up with a failed item. A page that answers but holds
 * no article (not HTML, no article text, over the size limit, a 404, disallowed by robots.txt) is
 * a rejected item at once: a clear outcome, never fetched again.
 *
 * <p>The state is saved after every item handed to the sink, and a feed's validators only after
 * all its new items are handled, so a crash loses nothing and repeats at most the item in flight.
 *
 * <p>Not thread-safe: one thread runs {@link #round} or {@link #run}.
 */
public final class FeedWatcher {
  private final List<FeedSubscription> feeds;
  private final WatchConfig config;
  private final WatchClock clock;
  private final PoliteFetcher fetcher;
  private final WatchState state;
  private final ArticleSink sink;
  private final Consumer<String> log;
  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
  private final InputReader pages;

  /** What one round did. */
  public record Round(int feedsPolled, int notModified, int feedFailures, int delivered, int retriesWaiting) {}

  /**
   * @param feeds the feeds to watch, never empty
   * @param config settings
   * @param clock time source and sleeper (the system clock outside tests)
   * @param state remembered items and feed validators; saved by the watcher
   * @param pages turns extracted pages into cleaned input items
   * @param sink receives every new item once
   * @param log receives one readable line per event worth knowing (failures, retries, new items)
   */
  public FeedWatcher(
      List<FeedSubscription> feeds, WatchConfig config, WatchClock clock, WatchState state,
      InputReader pages, ArticleSink sink, Consumer<String> log) {
    if (feeds.isEmpty()) {
      throw new IllegalArgumentException("no feed to watch");
    }
    this.feeds = List.copyOf(feeds);
    this.config = Objects.requireNonNull(config);
    this.clock = Objects.requireNonNull(clock);
    this.state = Objects.requireNonNull(state);
    this.pages = Objects.requireNonNull(pages);
    this.sink = Objects.requireNonNull(sink);
    this.log = Objects.requireNonNull(log);
    this.fetcher = new PoliteFetcher(new HttpTransport(config), config, clock);
  }

  /** Rounds until the thread is interrupted, sleeping until the next feed or retry is due. */
  public void run() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        round();
        Duration wait = Duration.between(clock.now(), nextDue());
        clock.sleep(wait.isNegative() ? Duration.ZERO : wait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * One round: retries the pending pages that are due, then polls every feed that is due.
   *
   * @throws InterruptedException when interrupted while waiting between requests
   */
  public Round round() throws InterruptedException {
    int delivered = 0;
    for (PendingItem p : state.pending()) {
      if (!p.due().isAfter(clock.now())) {
        delivered += fetchPage(p);
      }
    }
    int polled = 0;
    int notModified = 0;
    int failures = 0;
    for (FeedSubscription feed : feeds) {
      if (state.feed(key(feed)).due().isAfter(clock.now())) {
        continue;
      }
      polled++;
      Poll poll = poll(feed);
      notModified += poll.notModified() ? 1 : 0;
      failures += poll.failed() ? 1 : 0;
      delivered += poll.delivered();
    }
    return new Round(polled, notModified, failures, delivered, state.pending().size());
  }

  /** When the next feed poll or page retry is due. */
  public Instant nextDue() {
    Instant next = Instant.MAX;
    for (FeedSubscription feed : feeds) {
      Instant due = state.feed(key(feed)).due();
      next = due.isBefore(next) ? due : next;
    }
    for (PendingItem p : state.pending()) {
      next = p.due().isBefore(next) ? p.due() : next;
    }
    return next;
  }

  /** What one feed poll did. */
  private record Poll(boolean notModified, boolean failed, int delivered) {
    static final Poll NOT_MODIFIED = new Poll(true, false, 0);
    static final Poll FAILED = new Poll(false, true, 0);
  }

  private Poll poll(FeedSubscription feed) throws InterruptedException {
    String url = key(feed);
    FeedState before = state.feed(url);
    Map<String, String> conditional = new LinkedHashMap<>();
    if (before.etag() != null) {
      conditional.put("If-None-Match", before.etag());
    }
    if (before.lastModified() != null) {
      conditional.put("If-Modified-Since", before.lastModified());
    }
    FetchResult result = fetcher.fetch(feed.url(), conditional);
    if (result instanceof FetchResult.Failed failed) {
      return feedFailed(feed, before, failed.reason());
    }
    if (result instanceof FetchResult.TooLarge tooLarge) {
      return feedFailed(feed, before, tooLarge.reason());
    }
    if (result instanceof FetchResult.Disallowed d) {
      log.accept("feed " + url + ": disallowed by robots.txt (" + d.uri() + "); asking again in " + interval(feed));
      state.putFeed(url, new FeedState(before.etag(), before.lastModified(), after(interval(feed)), 0));
      state.save();
      return Poll.FAILED;
    }
    HttpReply reply = ((FetchResult.Fetched) result).reply();
    if (reply.status() == 304) {
      state.putFeed(url, new FeedState(before.etag(), before.lastModified(), after(interval(feed)), 0));
      state.save();
      return Poll.NOT_MODIFIED;
    }
    if (!reply.ok()) {
      return feedFailed(feed, before, "HTTP " + reply.status());
    }
    ParsedFeed parsed;
    try {
      parsed = FeedParser.parse(reply.body(), reply.charset());
    } catch (IllegalArgumentException e) {
      return feedFailed(feed, before, e.getMessage());
    } catch (RuntimeException e) {
      // a parser bug on one hostile feed must not stop the watcher: report it like a bad feed
      return feedFailed(feed, before, "feed parser failed: " + e);
    }
    int delivered = 0;
    for (FeedItem item : parsed.items()) {
      List<String> keys = keys(item, reply.uri());
      if (keys.isEmpty() || state.known(keys)) {
        continue;
      }
      String link = item.link() == null ? null : resolve(reply.uri(), item.link());
      if (link == null) {
        deliver(keys, new InputItem.Rejected(url + "#" + item.guid(), "feed item without a usable link", false));
        delivered++;
        continue;
      }
      delivered += fetchPage(new PendingItem(keys, link, url, item.title(), item.published(), parsed.title(), 0,
          clock.now().toString(), null));
    }
    state.putFeed(url, new FeedState(reply.header("ETag"), reply.header("Last-Modified"), after(interval(feed)), 0));
    state.save();
    return new Poll(false, false, delivered);
  }

  private Poll feedFailed(FeedSubscription feed, FeedState before, String reason) {
    int failures = before.failures() + 1;
    Duration wait = config.backoff(failures);
    log.accept("feed " + key(feed) + ": " + reason + " (failure " + failures + "); retrying in " + wait);
    state.putFeed(key(feed), new FeedState(before.etag(), before.lastModified(), after(wait), failures));
    state.save();
    return Poll.FAILED;
  }

  /** Fetches and delivers one page; returns 1 when an item went to the sink, 0 when it waits. */
  private int fetchPage(PendingItem item) throws InterruptedException {
    FetchResult result = fetcher.fetch(URI.create(item.link()), Map.of());
    if (result instanceof FetchResult.Disallowed) {
      deliver(item.keys(), new InputItem.Rejected(item.link(), "disallowed by robots.txt", false));
      return 1;
    }
    if (result instanceof FetchResult.Failed failed) {
      return pageFailed(item, failed.reason());
    }
    if (result instanceof FetchResult.TooLarge tooLarge) {
      deliver(item.keys(), new InputItem.Rejected(tooLarge.uri().toString(), "page too large: " + tooLarge.reason(), false));
      return 1;
    }
    HttpReply reply = ((FetchResult.Fetched) result).reply();
    int status = reply.status();
    if (status >= 500 || status == 408 || status == 429) {
      return pageFailed(item, "HTTP " + status);
    }
    String origin = reply.uri().toString();
    if (!reply.ok()) {
      deliver(item.keys(), new InputItem.Rejected(origin, "HTTP " + status, true));
      return 1;
    }
    String type = reply.mediaType();
    if (!type.isEmpty() && !type.equals("text/html") && !type.equals("application/xhtml+xml")) {
      deliver(item.keys(), new InputItem.Rejected(origin, "not HTML: " + type, false));
      return 1;
    }
    InputItem read;
    try {
      var page = extractor.extract(reply.body(), reply.charset(), origin, origin);
      read = pages.fromPage(page, new InputDefaults(item.title(), item.published(), item.link(), item.source()));
    } catch (RuntimeException | StackOverflowError e) {
      // one hostile page must not stop the watcher: it gets a failed outcome with the cause
      read = new InputItem.Rejected(origin, "extraction failed: " + e, true);
    }
    deliver(item.keys(), read);
    return 1;
  }

  private int pageFailed(PendingItem item, String reason) {
    int attempts = item.attempts() + 1;
    if (attempts >= config.maxAttempts()) {
      log.accept("page " + item.link() + ": " + reason + "; giving up after " + attempts + " attempts");
      deliver(item.keys(), new InputItem.Rejected(item.link(),
          "fetch failed after " + attempts + " attempts: " + reason, true));
      return 1;
    }
    Duration wait = config.backoff(attempts);
    log.accept("page " + item.link() + ": " + reason + " (attempt " + attempts + "); retrying in " + wait);
    state.putPending(new PendingItem(item.keys(), item.link(), item.feed(), item.title(), item.published(),
        item.source(), attempts, after(wait), reason));
    state.save();
    return 0;
  }

  private void deliver(List<String> keys, InputItem item) {
    if (item instanceof InputItem.Rejected r) {
      log.accept((r.failed() ? "failed " : "skipped ") + r.origin() + ": " + r.reason());
    } else {
      log.accept("new article " + item.origin());
    }
    sink.accept(item);
    state.markSeen(keys);
    state.save();
  }

  /**
   * The keys an item is known by: its feed id and its resolved link, so an item is recognised
   * when either repeats (the same story in two feeds, or re-published under a new id).
   */
  static List<String> keys(FeedItem item, URI feedUri) {
    List<String> keys = new ArrayList<>(2);
    if (item.guid() != null && !item.guid().isBlank()) {
      keys.add("id:" + item.guid().strip());
    }
    String link = item.link() == null ? null : resolve(feedUri, item.link());
    if (link != null) {
      keys.add("url:" + link);
    }
    return keys;
  }

  /** An item link made absolute against the feed's address; null when it is not a web address. */
  private static String resolve(URI base, String link) {
    try {
      URI u = base.resolve(link.strip());
      String scheme = u.getScheme();
      return u.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          ? u.normalize().toString() : null;
    } catch (IllegalArgumentException e) {
      return null; // a malformed link is no page to fetch; the caller reports the item
    }
  }

  private Duration interval(FeedSubscription feed) {
    return feed.interval() != null ? feed.interval() : config.defaultInterval();
  }

  private String after(Duration d) {
    return clock.now().plus(d).toString();
  }

  private static String key(FeedSubscription feed) {
    return feed.url().toString();
  }
}
