package org.tidings.pipeline.extract.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidings.pipeline.extract.html.HtmlArticleExtractor;
import org.tidings.pipeline.extract.html.PageOutcome;

/**
 * The archives of the UK Web Archive's test corpus (CC0): the IAH ones are bundled in {@code
 * src/test/resources/warc/}; the Wikipedia capture (CC BY-SA) is read from the development corpus
 * (corpus test set).
 */
class WarcArticleReaderTest {
  /** A bundled archive. */
  private static Path bundled(String name) {
    return org.tidings.pipeline.TestResources.path("/warc/" + name);
  }

  private static Path dir() {
    return org.tidings.pipeline.SharedCorpus.require("corpus/feeds-warc/warc");
  }
  private final WarcArticleReader reader = new WarcArticleReader(new HtmlArticleExtractor());

  private List<PageOutcome> readAll(Path file) {
    try (Stream<PageOutcome> s = reader.read(file)) {
      return s.toList();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "IAH-20080430204825-00000-blackbook-truncated.warc",
        "IAH-20080430204825-00000-blackbook-truncated.warc.gz",
        "IAH-20080430204825-00000-blackbook-truncated.arc.gz"
      })
  void readsTheHtmlResponsesOfWarcAndArc(String name) {
    List<PageOutcome> pages = readAll(bundled(name));
    assertEquals(2, pages.size(), pages.toString());
    PageOutcome.Extracted index = assertInstanceOf(PageOutcome.Extracted.class, pages.get(1));
    assertEquals("http://www.archive.org/index.php", index.extraction().raw().url());
    assertTrue(index.origin().matches(".*" + name.replace(".", "\\.") + "#\\d+"), index.origin());
  }

  @Test
  void originOffsetIsWhereTheRecordStarts() throws IOException {
    Path file = bundled("IAH-20080430204825-00000-blackbook-truncated.warc");
    PageOutcome first = readAll(file).get(0);
    long offset = Long.parseLong(first.origin().substring(first.origin().lastIndexOf('#') + 1));
    byte[] bytes = Files.readAllBytes(file);
    assertTrue(new String(bytes, (int) offset, 8, java.nio.charset.StandardCharsets.US_ASCII).startsWith("WARC/"));
  }

  @Tag(org.tidings.pipeline.SharedCorpus.TAG)
  @Test
  void readsWikipediaCapture() {
    List<PageOutcome> pages = readAll(dir().resolve("wikipedia-post-blackout-main-page.warc.gz"));
    PageOutcome.Extracted main = assertInstanceOf(PageOutcome.Extracted.class, pages.get(0));
    assertEquals("http://en.wikipedia.org/wiki/Main_Page", main.extraction().raw().url());
    assertTrue(main.extraction().text().length() > 1000);
  }

  @Test
  void truncatedWarcDeliversWhatPrecedesTheCutThenOneFailure(@TempDir Path dir) throws IOException {
    byte[] whole = Files.readAllBytes(bundled("IAH-urls-wget.warc.gz"));
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(whole, 30_000));
    List<PageOutcome> pages = readAll(cut);
    assertEquals(3, pages.size(), pages.toString());
    assertInstanceOf(PageOutcome.Extracted.class, pages.get(0));
    assertInstanceOf(PageOutcome.Extracted.class, pages.get(1));
    PageOutcome.Rejected broken = assertInstanceOf(PageOutcome.Rejected.class, pages.get(2));
    assertTrue(broken.failed());
    assertTrue(broken.reason().contains("unexpected end"), broken.reason());
    assertTrue(broken.origin().startsWith(cut + "#"), broken.origin());
  }

  @Test
  void garbageIsOneFailureNotACrash(@TempDir Path dir) throws IOException {
    Path junk = dir.resolve("junk.warc");
    Files.writeString(junk, "this is not a web archive\n".repeat(10));
    List<PageOutcome> pages = readAll(junk);
    assertEquals(1, pages.size(), pages.toString());
    assertTrue(assertInstanceOf(PageOutcome.Rejected.class, pages.get(0)).failed());
  }
}
