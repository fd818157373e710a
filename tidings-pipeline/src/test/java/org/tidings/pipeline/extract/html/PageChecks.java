package org.tidings.pipeline.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.tidings.model.TextSpan;

/**
 * The contract of a {@link PageOutcome}, checked by the fuzz tests of every reader that produces
 * one (HTML pages, WARC and ARC records): a rejection says why; an extraction has at least {@link
 * HtmlArticleExtractor#MIN_ARTICLE_CHARS} characters, paragraphs inside its text, and an offset map
 * that covers the text and points each character back at itself in the source.
 */
public final class PageChecks {
  private PageChecks() {}

  /**
   * Checks {@code outcome}.
   *
   * @param source the decoded page the offsets point into, or null when the caller does not have it
   *     (then only the offsets' range is checked against nothing but each other)
   */
  public static void check(PageOutcome outcome, String source) {
    assertNotNull(outcome, "an outcome for every page");
    assertNotNull(outcome.origin(), "an outcome names its origin");
    if (outcome instanceof PageOutcome.Rejected r) {
      assertNotNull(r.reason());
      assertFalse(r.reason().isBlank(), "a rejection says why");
      return;
    }
    HtmlExtraction x = ((PageOutcome.Extracted) outcome).extraction();
    String text = x.text();
    assertTrue(text.strip().length() >= HtmlArticleExtractor.MIN_ARTICLE_CHARS, "extracted text is long enough");
    assertEquals(text.length(), x.offsets().length(), "one source offset per character of the text");
    for (TextSpan p : x.paragraphs()) {
      assertTrue(p.begin() >= 0 && p.begin() <= p.end() && p.end() <= text.length(), "paragraph " + p + " inside the text");
    }
    if (source == null) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int at = x.offsets().sourceOffset(i);
      assertTrue(at >= 0 && at < source.length(), "text offset " + i + " maps to " + at + ", outside the source");
      if (Character.isWhitespace(c) || c == '\u00a0') {
        continue; // a space stands for a run of white space or a paragraph break
      }
      char s = source.charAt(at);
      assertTrue(s == c || s == '&', "text offset " + i + " is '" + c + "' (U+" + Integer.toHexString(c)
          + ") but its source at " + at + " is '" + s + "' (U+" + Integer.toHexString(s) + ")");
    }
  }
}
