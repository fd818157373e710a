package org.tidings.pipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Quote;

/**
 * The learned cue detector ({@link CueModel} over {@link CueFeatures}) in the standard pipeline,
 * on sentences from PolNeAR train articles and plain news prose: it finds cues the lexicon lacks and
 * leaves ordinary verbs alone.
 */
class LearnedCuesTest {

  @Test
  void findsACueTheLexiconLacks() {
    assertNull(CueLexicon.bundled().verb("push"));
    Document doc = SpeakerRulesTest.run("The police union also pushed for a ban.");
    Quote q = SpeakerRulesTest.byCue(doc, "pushed for");
    assertTrue(q.text().endsWith("a ban"), q::toString);
    assertTrue(q.speaker().of(doc.article().text()).contains("police union"), q::toString);
  }

  @Test
  void findsAVerbOfSeemingWithItsInfinitive() {
    assertNull(CueLexicon.bundled().verb("seem"));
    Document doc = SpeakerRulesTest.run("At the time, Trump seemed to suggest he had silenced his former wife.");
    Quote q = SpeakerRulesTest.byCue(doc, "seemed");
    assertTrue(q.text().startsWith("to suggest"), q::toString);
    assertEquals("Trump", q.speaker().of(doc.article().text()));
  }

  @Test
  void findsAStanceHeldInAnAdjectiveOrANoun() {
    // the seed article: stances PolNeAR marks as attributions, which no speech verb introduces
    Document doc = SpeakerRulesTest.run("While Moscow has been cautiously optimistic about the new Taliban leadership in Kabul,"
        + " the Kremlin is concerned about instability spilling over into Central Asia where it houses military bases.");
    Quote optimistic = SpeakerRulesTest.byCue(doc, "optimistic");
    assertEquals("the new Taliban leadership in Kabul", optimistic.text());
    assertEquals("Moscow", optimistic.speaker().of(doc.article().text()));
    Quote concerned = SpeakerRulesTest.byCue(doc, "concerned");
    assertEquals("instability spilling over into Central Asia where it houses military bases", concerned.text());
    assertEquals("Kremlin", concerned.speakerName());
  }

  /** Names enter the model's features as their kind, so the model cannot learn who was in the news. */
  @Test
  void noFeatureHoldsAProperName() {
    Document doc = SpeakerRulesTest.run("Senator Cruz attacked Donald Trump over the wall, and Clinton praised Sanders.");
    CueFeatures features = new CueFeatures(CueLexicon.bundled(), lemma -> "", lemma -> "");
    List<String> all = features.candidates(doc).stream().flatMap(c -> c.features().stream()).toList();
    assertTrue(all.stream().noneMatch(f -> f.matches("(?i).*(cruz|trump|clinton|sanders).*")), all::toString);
    assertTrue(all.stream().anyMatch(f -> f.endsWith("ol=<person>")), all::toString);
  }

  @Test
  void leavesOrdinaryVerbsAlone() {
    Document doc = SpeakerRulesTest.run("The company built a new factory in Ohio last year and hired 300 workers.");
    List<Quote> quotes = doc.get(Layers.QUOTES);
    assertTrue(quotes.isEmpty(), quotes::toString);
  }
}
