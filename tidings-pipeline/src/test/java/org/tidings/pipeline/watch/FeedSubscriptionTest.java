package org.tidings.pipeline.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSubscriptionTest {
  @Test
  void readsFeedsWithTheirOwnIntervalsSkippingCommentsAndRepeats(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("feeds.txt");
    Files.writeString(file, "# outlets\nhttps://example.org/rss.xml 5m\n\nhttp://news.example.com/atom\n"
        + "https://example.org/rss.xml\n");
    List<FeedSubscription> feeds = FeedSubscription.readAll(file);
    assertEquals(2, feeds.size());
    assertEquals(Duration.ofMinutes(5), feeds.get(0).interval());
    assertNull(feeds.get(1).interval());
  }

  @Test
  void badLinesAreNamed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("feeds.txt");
    Files.writeString(file, "https://example.org/rss.xml\nftp://example.org/feed\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedSubscription.readAll(file));
    assertTrue(e.getMessage().contains("feeds.txt:2: not an http(s) URL"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FeedSubscription.parse("https://example.org/ soon"));
    Files.writeString(file, "# nothing yet\n");
    assertThrows(IllegalArgumentException.class, () -> FeedSubscription.readAll(file));
  }

  @Test
  void intervals() {
    assertEquals(Duration.ofSeconds(90), FeedSubscription.interval("90s"));
    assertEquals(Duration.ofHours(2), FeedSubscription.interval("2h"));
    assertEquals(Duration.ofDays(1), FeedSubscription.interval("1d"));
    assertThrows(IllegalArgumentException.class, () -> FeedSubscription.interval("0m"));
  }
}
