package org.tidings.pipeline.extract.feed;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.tidings.model.Published;
import org.tidings.pipeline.FuzzSupport;

/**
 * Coverage-guided fuzz test (Jazzer) of feed parsing: RSS, Atom and JSON Feed. Replays its
 * committed inputs ({@code FeedFuzzTestInputs/}) in every test run; fuzzes with {@code JAZZER_FUZZ=1}.
 */
class FeedFuzzTest {
  private static final Set<String> FORMATS = Set.of("rss", "rdf", "atom", "json");

  /*
   * Warm-up: one seed through the code before the first timed input, so that loading (and, when
   * fuzzing, instrumenting) the libraries' classes does not count against the per-input timeout.
   */
  static {
    FeedFuzzTest test = new FeedFuzzTest();
    test.feeds(FuzzSupport.seed(FeedFuzzTest.class, "feeds/json-feed.json"));
    test.feeds(FuzzSupport.seed(FeedFuzzTest.class, "feeds/rss1.rdf"));
  }


  /**
   * Any bytes as a feed: a parsed feed of a known format whose items' dates the model reads, or the
   * one documented refusal, an {@link IllegalArgumentException} that says why.
   */
  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void feeds(byte[] bytes) {
    ParsedFeed feed;
    try {
      feed = FeedParser.parse(bytes, null);
    } catch (IllegalArgumentException notAFeed) {
      assertNotNull(notAFeed.getMessage());
      assertFalse(notAFeed.getMessage().isBlank(), "a refusal says why");
      return;
    }
    assertNotNull(feed);
    assertTrue(FORMATS.contains(feed.format()), "known format: " + feed.format());
    assertNotNull(feed.items());
    assertNotNull(feed.problems());
    for (FeedItem item : feed.items()) {
      assertNotNull(item, "no null item");
      if (item.published() != null) {
        assertDoesNotThrow(() -> Published.parse(item.published()), "item date " + item.published());
      }
      if (item.guid() == null) {
        assertTrue(item.link() == null, "the guid falls back to the link");
      }
    }
  }
}
