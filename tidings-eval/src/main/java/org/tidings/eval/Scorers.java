package org.tidings.eval;

import java.util.List;
import java.util.stream.Collectors;

/** The scorers the {@code tidings eval} command knows, by suite name. */
public final class Scorers {
  private Scorers() {}

  /** Every scorer, freshly made (scorers load their pipeline lazily on first use). */
  public static List<Scorer> all() {
    return List.of(
        new org.tidings.eval.actors.PloverActorScorer(),
        new org.tidings.eval.actors.MeantimeEntityScorer(),
        new org.tidings.eval.html.HtmlSegmentsScorer(),
        new org.tidings.eval.html.HtmlZyteScorer(),
        new org.tidings.eval.ner.NerConllScorer(),
        new org.tidings.eval.timex.TimexTe3Scorer(),
        org.tidings.eval.geo.GeoScorer.endToEnd(),
        org.tidings.eval.geo.GeoScorer.oracle());
  }

  /**
   * The scorer for a suite.
   *
   * @throws IllegalArgumentException listing the known suites when the name is unknown
   */
  public static Scorer byName(String suite) {
    return all().stream()
        .filter(s -> s.suite().equals(suite))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown suite '" + suite + "'; known: "
                        + all().stream().map(Scorer::suite).collect(Collectors.joining(", "))));
  }
}
