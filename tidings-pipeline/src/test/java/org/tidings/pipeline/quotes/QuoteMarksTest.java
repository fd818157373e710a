package org.tidings.pipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.pipeline.quotes.QuoteMarks.Quoted;

/** Quotation marks: kinds of marks, apostrophes, unbalanced marks and quotes over paragraphs. */
class QuoteMarksTest {

  private static List<String> texts(String text) {
    return QuoteMarks.find(text).stream().map(q -> q.inner().of(text)).toList();
  }

  @Test
  void straightAndCurlyDoubleQuotes() {
    assertEquals(List.of("Not easy,", "drawn there"), texts("\"Not easy,\" he said, \u201Cdrawn there\u201D."));
  }

  @Test
  void apostrophesAreNotMarks() {
    assertEquals(List.of("it\u2019s Trump\u2019s"), texts("Voters\u2019 view: \u201Cit\u2019s Trump\u2019s\u201D, don\u2019t."));
  }

  @Test
  void curlySingleQuotesAtWordEdges() {
    assertEquals(List.of("Reeks of Fear."), texts("Asking Moderator \u2018Reeks of Fear.\u2019"));
  }

  @Test
  void unclosedQuoteEndsWithItsParagraph() {
    String text = "He said \"this never closes\n\nNext paragraph is prose.";
    List<Quoted> found = QuoteMarks.find(text);
    assertEquals(1, found.size());
    assertEquals("this never closes", found.get(0).inner().of(text));
    assertFalse(found.get(0).closed());
  }

  @Test
  void strayClosingMarkIsIgnored() {
    assertEquals(List.of("real one"), texts("Prose\u201D here, then \u201Creal one\u201D."));
  }

  @Test
  void secondOpeningCurlyMarkEndsAnUnclosedQuote() {
    assertEquals(List.of("first never closed", "second"), texts("\u201Cfirst never closed \u201Csecond\u201D"));
  }

  @Test
  void quoteRunningOverParagraphsContinues() {
    String text = "\u201CFirst paragraph of the quote.\n\n\u201CSecond paragraph,\u201D she said.";
    List<Quoted> found = QuoteMarks.find(text);
    assertEquals(2, found.size());
    assertFalse(found.get(0).closed());
    assertTrue(found.get(1).continues());
    assertEquals(found.get(0).paragraph() + 1, found.get(1).paragraph());
  }

  @Test
  void quoteInsideAQuoteDoesNotCloseIt() {
    assertEquals(List.of("He thinks this is \u201CShark Tank.\u201D But it is serious."),
        texts("\"He thinks this is \u201CShark Tank.\u201D But it is serious.\" Pence said."));
    assertEquals(List.of("a \u2018fake\u2019 poll"), texts("\u201Ca \u2018fake\u2019 poll\u201D"));
  }

  @Test
  void closingCurlyMarkAtAWordStartOpensAQuote() {
    assertEquals(List.of("Mr. Trump embodies the legacy.", "Fear."),
        texts("\u201DMr. Trump embodies the legacy.\u201D \u2015 Sonya Herridge\n\n\u201DFear.\u201D"));
  }

  @Test
  void emptyAndMarkOnlyTextGiveNothing() {
    assertEquals(List.of(), texts(""));
    assertEquals(List.of(), texts("\"\" \u201C\u201D"));
  }
}
