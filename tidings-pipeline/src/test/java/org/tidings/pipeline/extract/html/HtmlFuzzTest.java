package org.tidings.pipeline.extract.html;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.tidings.model.Published;
import org.tidings.pipeline.FuzzSupport;

/**
 * Coverage-guided fuzz tests (Jazzer) of what reads web pages: article extraction and publication
 * dates. In the normal test run they replay their committed inputs ({@code HtmlFuzzTestInputs/}
 * in the test resources: seeds and every finding); with {@code JAZZER_FUZZ=1} they fuzz (see
 * docs/robustness.md). The per-input timeout stands for "no worse than linear in the input": the
 * fuzzer's inputs are a few kilobytes, which a linear parser reads in milliseconds.
 */
class HtmlFuzzTest {
  private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor(1 << 20);

  /*
   * Warm-up: one seed through the code before the first timed input, so that loading (and, when
   * fuzzing, instrumenting) the libraries' classes does not count against the per-input timeout.
   */
  static {
    HtmlFuzzTest test = new HtmlFuzzTest();
    test.articleExtraction(FuzzSupport.seed(HtmlFuzzTest.class, "articleExtraction/news-page.html"));
    test.publicationDates(FuzzSupport.seed(HtmlFuzzTest.class, "publicationDates/date-1"));
  }


  /** Any bytes as a web page: an outcome, never an exception, and offsets that lead back to the source. */
  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void articleExtraction(byte[] page) {
    PageOutcome outcome = EXTRACTOR.extract(page, null, "fuzz.html", "https://fuzz.example/a/b.html");
    String source = HtmlDecoding.notHtmlReason(page) == null ? HtmlDecoding.decode(page, null) : null;
    PageChecks.check(outcome, source);
    if (outcome instanceof PageOutcome.Extracted e && e.extraction().metadata().published() != null) {
      String published = e.extraction().metadata().published();
      assertDoesNotThrow(() -> Published.parse(published), "the page's date is one the model reads: " + published);
    }
  }

  /** Any text (UTF-8) as a date: null or a form {@link Published#parse} accepts, never an exception. */
  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void publicationDates(byte[] utf8) {
    String text = new String(utf8, StandardCharsets.UTF_8);
    String normalised = PublicationDates.normalise(text);
    if (normalised != null) {
      Published p = assertDoesNotThrow(() -> Published.parse(normalised), "normalised '" + text + "' to '" + normalised + "'");
      assertNotNull(p.date());
      assertEquals(normalised, PublicationDates.normalise(normalised), "normalising is idempotent");
    }
  }
}
