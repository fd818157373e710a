package org.tidings.pipeline.extract.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedParserTest {
  private static Path dir() {
    return org.tidings.pipeline.SharedCorpus.require("corpus/feeds-warc/feeds");
  }

  private static ParsedFeed parse(String name) throws IOException {
    return FeedParser.parse(Files.readAllBytes(dir().resolve(name)), null);
  }

  /** Every fixture: its format and item count as documented in the corpus SOURCE.md. */
  @Tag(org.tidings.pipeline.SharedCorpus.TAG)
  @ParameterizedTest
  @CsvSource({
    "feedjira_HuffPostCanada.xml, rss, 2",
    "feedjira_TechCrunch.xml, rss, 20",
    "feedjira_TypePadNews.xml, atom, 10",
    "feedjira_FeedBurnerXHTML.xml, atom, 10",
    "feedjira_google_alerts_atom.xml, atom, 20",
    "feedjira_InvalidDateFormat.xml, rss, 2",
    "feedjira_json_feed.json, json, 20",
    "trafilatura_feed.json, json, 25",
    "trafilatura_feed1.atom, atom, 2",
    "trafilatura_feed2.rss, rss, 1",
  })
  void readsEveryFixture(String name, String format, int items) throws IOException {
    ParsedFeed feed = parse(name);
    assertEquals(format, feed.format());
    assertEquals(items, feed.items().size());
    for (FeedItem item : feed.items()) {
      assertNotNull(item.title(), name);
      assertNotNull(item.guid(), name);
    }
  }

  @Tag(org.tidings.pipeline.SharedCorpus.TAG)
  @Test
  void rssItemFields() throws IOException {
    FeedItem item = parse("trafilatura_feed2.rss").items().get(0);
    assertEquals(new FeedItem("Example entry", "http://www.example.com/blog/post/1",
        "7bd204c6-1655-4c27-aeee-53f933c5395f", "2009-09-06T16:20:00Z",
        "Here is some text containing an interesting description."), item);
  }

  @Tag(org.tidings.pipeline.SharedCorpus.TAG)
  @Test
  void atomEntryFields() throws IOException {
    FeedItem item = parse("trafilatura_feed1.atom").items().get(0);
    assertEquals("Atom-Powered Robots Run Amok", item.title());
    assertEquals("http://example.org/2003/12/13/atom03", item.link());
    assertEquals("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", item.guid());
    assertEquals("2003-12-13T18:30:02Z", item.published());
  }

  @Tag(org.tidings.pipeline.SharedCorpus.TAG)
  @Test
  void leadingWhitespaceTruncationAndEpochDatesAreTolerated() throws IOException {
    assertTrue(Files.readString(dir().resolve("feedjira_TechCrunch.xml")).startsWith("\n"));
    assertEquals("2011-11-02T17:25:27Z", parse("feedjira_TechCrunch.xml").items().get(0).published());
    ParsedFeed truncated = parse("feedjira_InvalidDateFormat.xml");
    assertEquals("2017-10-16T15:10:00Z", truncated.items().get(0).published());
  }

  @Tag(org.tidings.pipeline.SharedCorpus.TAG)
  @Test
  void escapedHtmlInTitlesBecomesPlainText() throws IOException {
    for (FeedItem item : parse("feedjira_google_alerts_atom.xml").items()) {
      assertTrue(!item.title().contains("<b>") && !item.title().contains("&lt;"), item.title());
    }
  }

  @Test
  void windows1252BytesLabelledUtf8AreStillRead() {
    byte[] bytes = "<rss><channel><item><title>Caf\u00e9 \u201cnews\u201d</title><link>http://x/1</link></item></channel></rss>"
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertEquals("Caf\u00e9 \u201cnews\u201d", FeedParser.parse(bytes, null).items().get(0).title());
  }

  @Test
  void unreadableDateIsAProblemNotAFailure() {
    byte[] bytes = "<rss><channel><item><title>T</title><pubDate>someday</pubDate></item></channel></rss>".getBytes(StandardCharsets.UTF_8);
    ParsedFeed feed = FeedParser.parse(bytes, null);
    assertEquals(1, feed.items().size());
    assertEquals(1, feed.problems().size());
  }

  @Test
  void nonFeedsAreRejectedWithAReason() {
    assertThrows(IllegalArgumentException.class, () -> FeedParser.parse("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8), null));
    assertThrows(IllegalArgumentException.class, () -> FeedParser.parse("{\"not\": 1}".getBytes(StandardCharsets.UTF_8), null));
    assertThrows(IllegalArgumentException.class, () -> FeedParser.parse("{broken".getBytes(StandardCharsets.UTF_8), null));
  }
}
