package org.tidings.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidings.eval.quotes.AttributionCounts.Predicted;
import org.tidings.eval.quotes.PolnearDocument.Attribution;
import org.tidings.model.Quote;
import org.tidings.model.TextSpan;

/** brat reading, the quote-to-attribution mapping and the role metrics, on hand-made gold. */
class AttributionCountsTest {
  private static final String TEXT = "\"Not easy,\" Putin said. Kabulov said Russia will invite them.";

  private static TextSpan span(String part) {
    int at = TEXT.indexOf(part);
    return new TextSpan(at, at + part.length());
  }

  @Test
  void readsBratAttributionsWithSplitContent() {
    List<Attribution> gold = PolnearDocument.parse(List.of(
        "T1\tSource 0 4\tPoll",
        "T2\tCue 4 5\t:",
        "T3\tContent 6 10;12 20\tWealthy voters",
        "T4\tAttribution 4 5\t:",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tDiscard 30 40\tRead more",
        "E2\tAttribution-no-source:T4 Content:T3 Cue:T2"), "test.ann");
    assertEquals(2, gold.size());
    assertEquals(List.of(new TextSpan(6, 10), new TextSpan(12, 20)), gold.get(0).content());
    assertEquals(List.of(), gold.get(1).source());
  }

  @Test
  void exactIgnoresMarksAndEdgePunctuationOverlapNeedsOneCharacter() {
    List<Attribution> gold = List.of(
        new Attribution(List.of(span("Putin")), List.of(span("said")), List.of(span("\"Not easy,\""))),
        new Attribution(List.of(span("Kabulov")), List.of(span("said Russia").shift(0)), List.of(span("Russia will invite them"))));
    List<Predicted> predicted = List.of(
        new Predicted(new Attribution(List.of(span("Putin")), List.of(span("said")), List.of(span("Not easy"))), List.of()),
        new Predicted(new Attribution(List.of(span("Kabulov")), List.of(), List.of(span("Russia will invite"))), List.of()));
    AttributionCounts counts = new AttributionCounts();
    counts.add(TEXT, gold, predicted);
    Map<String, Double> m = counts.metrics("");
    assertEquals(1.0, m.get("source exact F1"));
    assertEquals(1.0, m.get("content overlap F1"));
    assertEquals(0.5, m.get("content exact R"));
    assertEquals(1.0, m.get("cue overlap P"));
    assertEquals(0.5, m.get("cue overlap R"));
    assertEquals(1.0, m.get("direct speaker accuracy"));
    assertEquals(1.0, m.get("direct quotes (gold)"));
  }

  @Test
  void speakerIsRightThroughAnyMentionOfTheActor() {
    String text = "Putin spoke. \"Not easy,\" he said.";
    TextSpan he = new TextSpan(text.indexOf("he said"), text.indexOf("he said") + 2);
    TextSpan putin = new TextSpan(0, 5);
    TextSpan content = new TextSpan(text.indexOf("Not"), text.indexOf(",\""));
    List<Attribution> gold = List.of(new Attribution(List.of(putin), List.of(), List.of(content)));
    AttributionCounts counts = new AttributionCounts();
    counts.add(text, gold, List.of(new Predicted(new Attribution(List.of(he), List.of(), List.of(content)), List.of(putin, he))));
    assertEquals(1.0, counts.metrics("").get("direct speaker accuracy"));
  }

  @Test
  void quotesSharingACueAreOneAttribution() {
    TextSpan cue = span("said");
    Quote a = new Quote("Q1", Quote.Kind.DIRECT, span("Not easy"), "Not easy", cue, "said", span("Putin"), null, "Putin", null, null, 0.9);
    Quote b = new Quote("Q2", Quote.Kind.PARTIAL, span("easy"), "easy", cue, "said", span("Putin"), null, "Putin", null, null, 0.9);
    Quote c = new Quote("Q3", Quote.Kind.DIRECT, span("them"), "them", null, null, null, null, null, null, null, 0.3);
    List<Predicted> p = PolnearQuoteScorer.attributions(List.of(a, b, c), List.of());
    assertEquals(2, p.size());
    assertEquals(List.of(span("Not easy"), span("easy")), p.get(0).roles().content());
    assertEquals(List.of(), p.get(1).roles().cue());
  }

  @Test
  void publicationDateComesFromTheFileName() {
    assertEquals("2016-09-12", PolnearQuoteScorer.published("breitbart_2016-09-12_stealth-over").date().toString());
    assertEquals(null, PolnearQuoteScorer.published("no-date-here"));
  }
}
