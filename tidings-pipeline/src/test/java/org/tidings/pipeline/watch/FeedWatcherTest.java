package org.tidings.pipeline.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Article;
import org.tidings.pipeline.extract.InputDefaults;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;

/**
 * The watcher against a real HTTP server on 127.0.0.1: feeds that change, fail, redirect and
 * repeat items; pages that fail, are not HTML or hold no article; robots.txt; restarts.
 */
class FeedWatcherTest {
  private static final WatchConfig CONFIG =
      WatchConfig.DEFAULT.withDefaultInterval(Duration.ofMinutes(10)).withTimeout(Duration.ofSeconds(3));

  @TempDir Path dir;
  private LoopbackServer server;
  private final ManualClock clock = new ManualClock();
  private final List<InputItem> delivered = new ArrayList<>();
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FeedWatcher watcher(String... feedPaths) {
    List<FeedSubscription> feeds = new ArrayList<>();
    for (String p : feedPaths) {
      feeds.add(new FeedSubscription(server.uri(p), null));
    }
    InputReader reader = new InputReader(new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS), InputDefaults.NONE);
    return new FeedWatcher(feeds, CONFIG, clock, WatchState.load(dir.resolve("state.json")), reader,
        delivered::add, log::add);
  }

  static String rss(String... itemXml) {
    return "\n  <?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Loopback News</title>"
        + String.join("", itemXml) + "</channel></rss>";
  }

  static String item(String guid, String link, String title) {
    return "<item><guid>" + guid + "</guid><link>" + link + "</link><title>" + title
        + "</title><pubDate>Mon, 01 Jun 2026 07:30:00 +0000</pubDate></item>";
  }

  static String page(String headline) {
    return "<!doctype html><html lang=\"en\"><head><title>" + headline + "</title></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + headline + "</h1>"
        + "<p>" + headline + ": the foreign minister said on Monday that talks with the neighbouring "
        + "government would resume in the capital next week.</p>"
        + "<p>Officials from both sides met in Geneva, where they agreed to exchange prisoners and to "
        + "reopen the border crossing for trade before the end of the month.</p></article>"
        + "<footer>Copyright Loopback News</footer></body></html>";
  }

  private void servePage(String path, String headline) {
    server.route(path, LoopbackServer.ok("text/html; charset=utf-8", page(headline)));
  }

  private List<Article> articles() {
    return delivered.stream().filter(InputItem.Read.class::isInstance).map(i -> ((InputItem.Read) i).article()).toList();
  }

  private InputItem.Rejected rejected(int index) {
    return assertInstanceOf(InputItem.Rejected.class, delivered.get(index), delivered.toString());
  }

  @Test
  void newItemsAreIngestedOnceAndAnUnchangedFeedAnswers304() throws Exception {
    ConditionalFeed feed = new ConditionalFeed(rss(item("a", "/news/a", "Talks resume"), item("b", "/news/b", "Border reopens")));
    server.route("/feed.xml", feed);
    servePage("/news/a", "Talks resume");
    servePage("/news/b", "Border reopens");
    FeedWatcher w = watcher("/feed.xml");

    FeedWatcher.Round first = w.round();
    assertEquals(2, first.delivered());
    assertEquals(List.of(server.uri("/news/a").toString(), server.uri("/news/b").toString()),
        articles().stream().map(Article::url).toList());
    Article a = articles().get(0);
    assertEquals("Talks resume", a.title());
    assertTrue(a.text().contains("talks with the neighbouring government"), a.text());
    assertTrue(!a.text().contains("Copyright"), a.text());

    clock.advance(Duration.ofMinutes(5));
    assertEquals(0, w.round().feedsPolled(), "the feed is not due before its interval");
    clock.advance(Duration.ofMinutes(6));
    FeedWatcher.Round second = w.round();
    assertEquals(1, second.notModified());
    LoopbackServer.Request conditional = server.requests("/feed.xml").get(1);
    assertEquals(feed.etag(), conditional.header("If-None-Match"));
    assertEquals(feed.lastModified(), conditional.header("If-Modified-Since"));
    assertEquals(1, feed.notModified.get());
    assertEquals(2, delivered.size());
    assertEquals(1, server.requests("/news/a").size());
    assertEquals(1, server.requests("/news/b").size());
  }

  @Test
  void aChangedFeedYieldsOnlyItsNewItemsEvenWhenItemsRepeat() throws Exception {
    ConditionalFeed feed = new ConditionalFeed(rss(item("a", "/news/a", "Talks resume")));
    server.route("/feed.xml", feed);
    servePage("/news/a", "Talks resume");
    servePage("/news/c", "Ceasefire holds");
    FeedWatcher w = watcher("/feed.xml");
    w.round();

    // the new version repeats a, lists c twice, and re-lists a's page under a new id
    feed.publish(rss(item("c", "/news/c", "Ceasefire holds"), item("a", "/news/a", "Talks resume"),
        item("c", "/news/c", "Ceasefire holds"), item("a-updated", "/news/a", "Talks resume (updated)")));
    clock.advance(Duration.ofMinutes(11));
    FeedWatcher.Round second = w.round();

    assertEquals(1, second.delivered());
    assertEquals(List.of("Talks resume", "Ceasefire holds"), articles().stream().map(Article::title).toList());
    assertEquals(1, server.requests("/news/a").size());
    assertEquals(1, server.requests("/news/c").size());
    assertEquals("\"v1\"", server.requests("/feed.xml").get(1).header("If-None-Match"), "the second poll is conditional");
  }

  @Test
  void aFailingFeedIsLoggedAndRetriedWithGrowingBackOff() throws Exception {
    server.route("/feed.xml", LoopbackServer.status(500));
    servePage("/news/a", "Talks resume");
    FeedWatcher w = watcher("/feed.xml");

    assertEquals(1, w.round().feedFailures());
    assertTrue(log.get(log.size() - 1).contains("HTTP 500"), log.toString());
    assertEquals(clock.now().plus(Duration.ofMinutes(1)), w.nextDue());

    server.route("/feed.xml", LoopbackServer.ok("text/html", "<html><body>Service temporarily unavailable"));
    clock.advance(Duration.ofMinutes(1));
    assertEquals(1, w.round().feedFailures());
    assertTrue(log.get(log.size() - 1).contains("not a feed"), log.toString());
    assertEquals(clock.now().plus(Duration.ofMinutes(2)), w.nextDue(), "back-off doubles");

    server.route("/feed.xml", LoopbackServer.slow(6_000, LoopbackServer.ok("application/rss+xml", rss())));
    clock.advance(Duration.ofMinutes(2));
    assertEquals(1, w.round().feedFailures());
    assertTrue(log.get(log.size() - 1).contains("timed out"), log.toString());
    assertEquals(clock.now().plus(Duration.ofMinutes(4)), w.nextDue());

    clock.advance(Duration.ofMinutes(3));
    assertEquals(0, w.round().feedsPolled(), "not polled before its back-off ends");

    server.route("/feed.xml", LoopbackServer.ok("application/rss+xml", rss(item("a", "/news/a", "Talks resume"))));
    clock.advance(Duration.ofMinutes(1));
    FeedWatcher.Round recovered = w.round();
    assertEquals(0, recovered.feedFailures());
    assertEquals(1, recovered.delivered());
    assertEquals(clock.now().plus(Duration.ofMinutes(10)), w.nextDue(), "back to the normal interval");
  }

  @Test
  void aFailingPageWaitsAndIsDeliveredOnceWhenItRecovers() throws Exception {
    server.route("/feed.xml", LoopbackServer.ok("application/rss+xml", rss(item("a", "/news/a", "Talks resume"))));
    server.route("/news/a", LoopbackServer.status(503));
    FeedWatcher w = watcher("/feed.xml");

    FeedWatcher.Round first = w.round();
    assertEquals(0, first.delivered());
    assertEquals(1, first.retriesWaiting());
    assertTrue(log.stream().anyMatch(l -> l.contains("/news/a") && l.contains("HTTP 503") && l.contains("retrying")), log.toString());

    clock.advance(Duration.ofMinutes(1));
    w.round(); // still failing: attempt 2, next try in 2 minutes
    assertEquals(2, server.requests("/news/a").size());
    servePage("/news/a", "Talks resume");
    clock.advance(Duration.ofMinutes(1));
    w.round();
    assertEquals(2, server.requests("/news/a").size(), "not retried before its back-off ends");
    clock.advance(Duration.ofMinutes(1));
    FeedWatcher.Round recovered = w.round();
    assertEquals(1, recovered.delivered());
    assertEquals(0, recovered.retriesWaiting());
    assertEquals(List.of("Talks resume"), articles().stream().map(Article::title).toList());

    clock.advance(Duration.ofHours(1));
    w.round();
    assertEquals(3, server.requests("/news/a").size());
    assertEquals(1, delivered.size());
  }

  @Test
  void aPageThatNeverRecoversIsGivenUpWithAFailedOutcome() throws Exception {
    server.route("/feed.xml", LoopbackServer.ok("application/rss+xml", rss(item("a", "/news/a", "Talks resume"))));
    server.route("/news/a", LoopbackServer.status(500));
    FeedWatcher w = watcher("/feed.xml");
    for (int i = 0; i < CONFIG.maxAttempts(); i++) {
      w.round();
      clock.advance(CONFIG.retryMax());
    }
    assertEquals(CONFIG.maxAttempts(), server.requests("/news/a").size());
    InputItem.Rejected gaveUp = rejected(0);
    assertTrue(gaveUp.failed());
    assertEquals("fetch failed after 6 attempts: HTTP 500", gaveUp.reason());
    w.round();
    assertEquals(CONFIG.maxAttempts(), server.requests("/news/a").size(), "never fetched again");
  }

  @Test
  void redirectsAreFollowedAndLoopsAreBounded() throws Exception {
    server.route("/old-feed", LoopbackServer.redirect(301, "/feed.xml"));
    server.route("/feed.xml", LoopbackServer.ok("application/rss+xml",
        rss(item("a", "/go/a", "Talks resume"), item("loop", "/loop/1", "Loop"))));
    server.route("/go/a", LoopbackServer.redirect(302, server.uri("/news/2026/a.html").toString()));
    servePage("/news/2026/a.html", "Talks resume");
    server.route("/loop/1", LoopbackServer.redirect(302, "/loop/2"));
    server.route("/loop/2", LoopbackServer.redirect(302, "/loop/1"));
    FeedWatcher w = watcher("/old-feed");

    w.round();
    Article a = articles().get(0);
    assertEquals(server.uri("/news/2026/a.html").toString(), a.url());
    assertEquals(server.uri("/news/2026/a.html").toString(), a.origin());
    assertTrue(log.stream().anyMatch(l -> l.contains("/loop/1") && l.contains("more than 5 redirects")), log.toString());
    assertEquals(6, server.requests("/loop/1").size() + server.requests("/loop/2").size());
  }

  @Test
  void robotsTxtIsRespectedForFeedsAndPages() throws Exception {
    server.route("/robots.txt", LoopbackServer.ok("text/plain",
        "User-agent: *\nDisallow: /\n\nUser-agent: tidings\nDisallow: /private/\nDisallow: /feeds/members\nCrawl-delay: 5\n"));
    server.route("/feeds/public.xml", LoopbackServer.ok("application/rss+xml",
        rss(item("a", "/news/a", "Talks resume"), item("p", "/private/p", "Members only"))));
    server.route("/feeds/members.xml", LoopbackServer.ok("application/rss+xml", rss(item("m", "/news/m", "Members"))));
    servePage("/news/a", "Talks resume");
    servePage("/private/p", "Members only");
    FeedWatcher w = watcher("/feeds/public.xml", "/feeds/members.xml");

    FeedWatcher.Round round = w.round();
    assertEquals(List.of("Talks resume"), articles().stream().map(Article::title).toList());
    InputItem.Rejected privatePage = rejected(1);
    assertEquals("disallowed by robots.txt", privatePage.reason());
    assertEquals(0, server.requests("/private/p").size());
    assertEquals(0, server.requests("/feeds/members.xml").size());
    assertEquals(1, round.feedFailures());
    assertTrue(log.stream().anyMatch(l -> l.contains("members.xml") && l.contains("disallowed by robots.txt")), log.toString());
    assertEquals(1, server.requests("/robots.txt").size(), "robots.txt is fetched once and cached");
    // robots.txt, the feed and one page: two waits of the host's 5 s crawl delay at least
    assertTrue(clock.sleeps.stream().filter(d -> d.compareTo(Duration.ofSeconds(5)) >= 0).count() >= 2, clock.sleeps.toString());
  }

  @Test
  void pagesWithoutAnArticleGetAClearOutcome() throws Exception {
    server.route("/feed.xml", LoopbackServer.ok("application/rss+xml", rss(
        item("pdf", "/report.pdf", "Report"), item("empty", "/empty", "Empty"), item("gone", "/gone", "Gone"),
        item("junk", "/junk", "Junk"))));
    server.route("/report.pdf", LoopbackServer.ok("application/pdf", "%PDF-1.7 binary"));
    server.route("/empty", LoopbackServer.ok("text/html", "<html><body><nav>Home</nav></body></html>"));
    server.route("/junk", LoopbackServer.ok("text/html", "\u0000\u0001\u0002 garbage \u0000"));
    FeedWatcher w = watcher("/feed.xml");
    w.round();
    assertEquals(4, delivered.size());
    assertEquals("not HTML: application/pdf", rejected(0).reason());
    assertEquals("no article text found in the page", rejected(1).reason());
    assertEquals("HTTP 404", rejected(2).reason());
    assertTrue(rejected(2).failed());
    assertTrue(rejected(3).reason().startsWith("not HTML"), rejected(3).reason());
  }

  @Test
  void aFiftyMegabytePageIsCutOffAndSkippedNotRetried() throws Exception {
    server.route("/feed.xml", LoopbackServer.ok("application/rss+xml", rss(item("big", "/big", "Big"))));
    byte[] paragraph = "<p>The minister said the talks would continue next week in the capital.</p>\n"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    server.route("/big", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked: the size is not announced
      try (java.io.OutputStream out = ex.getResponseBody()) {
        for (long sent = 0; sent < 50L * 1024 * 1024; sent += paragraph.length) {
          out.write(paragraph);
        }
      } catch (IOException clientHungUp) {
        // expected: the watcher stops reading at its limit
      }
    });
    FeedWatcher w = watcher("/feed.xml");
    w.round();
    assertEquals(1, delivered.size(), log.toString());
    InputItem.Rejected big = rejected(0);
    assertEquals("page too large: body larger than " + CONFIG.maxBodyBytes() + " bytes", big.reason());
    assertTrue(!big.failed(), "skipped, like any page deliberately passed over");
    clock.advance(Duration.ofHours(7));
    w.round();
    assertEquals(1, server.requests("/big").size(), "never fetched again");
  }

  @Test
  void nothingIsLostOrRepeatedAcrossARestart() throws Exception {
    ConditionalFeed feed = new ConditionalFeed(rss(item("a", "/news/a", "Talks resume"), item("b", "/news/b", "Border reopens")));
    server.route("/feed.xml", feed);
    servePage("/news/a", "Talks resume");
    server.route("/news/b", LoopbackServer.status(502));
    watcher("/feed.xml").round();
    assertEquals(List.of("Talks resume"), articles().stream().map(Article::title).toList());

    // a new process: new watcher, same state file; b recovered, and the feed is unchanged
    servePage("/news/b", "Border reopens");
    clock.advance(Duration.ofMinutes(11));
    FeedWatcher restarted = watcher("/feed.xml");
    FeedWatcher.Round round = restarted.round();
    assertEquals(1, round.delivered());
    assertEquals(1, round.notModified(), "validators survive the restart");
    assertEquals(feed.etag(), server.requests("/feed.xml").get(1).header("If-None-Match"));

    // and a third process sees a new item and nothing else
    servePage("/news/c", "Ceasefire holds");
    feed.publish(rss(item("c", "/news/c", "Ceasefire holds"), item("b", "/news/b", "Border reopens"),
        item("a", "/news/a", "Talks resume")));
    clock.advance(Duration.ofMinutes(11));
    watcher("/feed.xml").round();
    assertEquals(List.of("Talks resume", "Border reopens", "Ceasefire holds"),
        articles().stream().map(Article::title).toList());
    assertEquals(1, server.requests("/news/a").size());
    assertEquals(2, server.requests("/news/b").size());
    assertEquals(1, server.requests("/news/c").size());
  }

  @Test
  void everyRequestWaitsForTheHostDelay() throws Exception {
    server.route("/feed.xml", LoopbackServer.ok("application/rss+xml",
        rss(item("a", "/news/a", "Talks resume"), item("b", "/news/b", "Border reopens"))));
    servePage("/news/a", "Talks resume");
    servePage("/news/b", "Border reopens");
    watcher("/feed.xml").round();
    // robots.txt (404), feed, a, b: three waits of the 2 s host delay
    assertEquals(List.of("/robots.txt", "/feed.xml", "/news/a", "/news/b"), server.paths());
    assertEquals(3, clock.sleeps.size(), clock.sleeps.toString());
    assertTrue(clock.sleeps.stream().allMatch(d -> d.equals(CONFIG.hostDelay())), clock.sleeps.toString());
  }

  @Test
  void runSleepsUntilTheNextPollAndStopsWhenInterrupted() throws Exception {
    ConditionalFeed feed = new ConditionalFeed(rss(item("a", "/news/a", "Talks resume")));
    server.route("/feed.xml", feed);
    servePage("/news/a", "Talks resume");
    java.time.Instant start = clock.now();
    WatchClock stopsAfter25Minutes = new WatchClock() {
      @Override
      public java.time.Instant now() {
        return clock.now();
      }

      @Override
      public void sleep(Duration d) throws InterruptedException {
        if (clock.now().plus(d).isAfter(start.plus(Duration.ofMinutes(25)))) {
          throw new InterruptedException("test over");
        }
        clock.sleep(d);
      }
    };
    InputReader reader = new InputReader(new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS), InputDefaults.NONE);
    FeedWatcher w = new FeedWatcher(List.of(new FeedSubscription(server.uri("/feed.xml"), null)), CONFIG,
        stopsAfter25Minutes, WatchState.load(dir.resolve("state.json")), reader, delivered::add, log::add);

    w.run();
    assertTrue(Thread.interrupted(), "run() leaves the interrupt flag set for its caller");
    assertEquals(3, server.requests("/feed.xml").size(), "polled at 0, 10 and 20 minutes");
    assertEquals(2, feed.notModified.get());
    assertEquals(1, delivered.size());
  }
}
