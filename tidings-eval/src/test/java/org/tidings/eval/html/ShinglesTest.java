package org.tidings.eval.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void identicalTextsScoreOne() {
    Shingles.Match m = Shingles.match("one two three four five", "one two three four five");
    assertEquals(new Shingles.Match(1, 0, 0), m);
    assertEquals(1.0, Shingles.summarise(List.of(m)).f1(), 1e-9);
  }

  @Test
  void countsAreNormalisedPerPage() {
    // gold shingles: (a b c d), (b c d e); predicted: (a b c d), (b c d x)
    Shingles.Match m = Shingles.match("a b c d e", "a b c d x");
    assertEquals(1 / 3.0, m.tp(), 1e-9);
    assertEquals(1 / 3.0, m.fp(), 1e-9);
    assertEquals(1 / 3.0, m.fn(), 1e-9);
  }

  @Test
  void emptyPredictionCountsForRecallOnly() {
    Shingles.Summary s =
        Shingles.summarise(List.of(Shingles.match("a b c d", ""), Shingles.match("a b c d", "a b c d")));
    assertEquals(1.0, s.precision(), 1e-9, "a page with nothing predicted is left out of precision");
    assertEquals(0.5, s.recall(), 1e-9);
  }

  @Test
  void segmentCountsFollowTrafilaturasDefinition() throws Exception {
    var item = new ObjectMapper().readTree("{\"with\":[\"in the  text\",\"missing\"],\"without\":[\"menu\",\"absent\"]}");
    assertEquals(new HtmlSegmentsScorer.Counts(0, 1, 2, 1), HtmlSegmentsScorer.count("menu\nin the\ntext", item),
        "segments are matched literally against the text with white space collapsed");
    assertEquals(new HtmlSegmentsScorer.Counts(1, 1, 1, 1), HtmlSegmentsScorer.count("menu in the text", new ObjectMapper().readTree("{\"with\":[\"in the text\",\"missing\"],\"without\":[\"menu\",\"absent\"]}")));
  }
}
