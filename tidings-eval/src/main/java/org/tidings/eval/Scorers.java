package org.tidings.eval;

import java.util.List;
import java.util.stream.Collectors;
import org.tidings.eval.actors.MeantimeEntityScorer;
import org.tidings.eval.actors.PloverActorScorer;
import org.tidings.eval.events.MeantimeEventScorer;
import org.tidings.eval.events.PetrarchAgreementScorer;
import org.tidings.eval.events.PloverEventScorer;
import org.tidings.eval.events.corpus.EventsAgreementScorer;
import org.tidings.eval.events.corpus.EventsCorpusScorer;
import org.tidings.eval.events.outside.ConflibertScorer;
import org.tidings.eval.events.outside.WikiEventsScorer;
import org.tidings.eval.geo.GeoScorer;
import org.tidings.eval.html.HtmlSegmentsScorer;
import org.tidings.eval.html.HtmlZyteScorer;
import org.tidings.eval.ner.NerConllScorer;
import org.tidings.eval.quotes.PolnearQuoteScorer;
import org.tidings.eval.timex.TimexTe3Scorer;

/** The scorers the {@code tidings eval} command knows, by suite name. */
public final class Scorers {
  private Scorers() {}

  /** Every scorer, freshly made (scorers load their pipeline lazily on first use). */
  public static List<Scorer> all() {
    return List.of(
        new NerConllScorer(),
        new TimexTe3Scorer(),
        new PloverActorScorer(),
        new MeantimeEntityScorer(),
        GeoScorer.endToEnd(),
        new HtmlSegmentsScorer(),
        new HtmlZyteScorer(),
        new PolnearQuoteScorer(),
        new PloverEventScorer(),
        new PetrarchAgreementScorer(),
        new MeantimeEventScorer(),
        new EventsCorpusScorer(),
        new EventsAgreementScorer(),
        new ConflibertScorer(),
        new WikiEventsScorer());
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
