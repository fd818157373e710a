package org.tidings.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidings.model.TextSpan;

class TimexCountsTest {

  private static TimexAnnotation t(int begin, int end, String type, String value) {
    return new TimexAnnotation(new TextSpan(begin, end), type, value);
  }

  @Test
  void strictRelaxedTypeAndValueAsTempEval3CountsThem() {
    List<TimexAnnotation> gold =
        List.of(
            t(0, 6, "DATE", "1998-11-20"), // exact, all right
            t(10, 20, "DATE", "1998-10"), // overlap, wrong value
            t(30, 35, "DURATION", "P2D"), // overlap, wrong type, right value
            t(40, 45, "DATE", "PAST_REF")); // missed
    List<TimexAnnotation> predicted =
        List.of(
            t(0, 6, "DATE", "1998-11-20"),
            t(14, 20, "DATE", "1998-11"),
            t(28, 33, "DATE", "P2D"),
            t(50, 55, "DATE", "1998")); // spurious
    TimexCounts counts = new TimexCounts();
    counts.add(gold, predicted);
    Map<String, Double> m = counts.metrics();
    assertEquals(0.25, m.get("strict_precision"), 1e-9);
    assertEquals(0.25, m.get("strict_recall"), 1e-9);
    assertEquals(0.75, m.get("relaxed_precision"), 1e-9);
    assertEquals(0.75, m.get("relaxed_recall"), 1e-9);
    assertEquals(0.75, m.get("relaxed_f1"), 1e-9);
    assertEquals(2.0 / 3, m.get("type_accuracy"), 1e-9);
    assertEquals(2.0 / 3, m.get("value_accuracy"), 1e-9);
    assertEquals(0.5, m.get("value_f1"), 1e-9);
    assertEquals(0.5, m.get("type_f1"), 1e-9);
  }

  @Test
  void matchingIsOneToOneAndPrefersIdenticalSpans() {
    // One long prediction overlapping two gold expressions matches only one of them.
    List<TimexAnnotation> gold = List.of(t(0, 5, "DATE", "A"), t(6, 10, "DATE", "B"));
    List<TimexAnnotation> predicted = List.of(t(0, 10, "DATE", "A"), t(6, 10, "DATE", "B"));
    List<TimexCounts.Match> matches = TimexCounts.match(gold, predicted);
    assertEquals(2, matches.size());
    assertEquals(new TextSpan(6, 10), matches.get(1).predicted().span());
    assertEquals(new TextSpan(0, 10), matches.get(0).predicted().span());
  }

  @Test
  void nothingPredictedScoresZeroNotNaN() {
    TimexCounts counts = new TimexCounts();
    counts.add(List.of(t(0, 5, "DATE", "A")), List.of());
    assertEquals(0.0, counts.metrics().get("value_f1"));
    assertEquals(0.0, counts.metrics().get("type_accuracy"));
  }
}
