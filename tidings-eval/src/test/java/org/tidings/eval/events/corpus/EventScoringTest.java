package org.tidings.eval.events.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scorer's definitions, as shared/annotation/score_events.py states them. */
class EventScoringTest {
  private static EventScoring.Item item(String sentence, String type, String trigger, String src, String tgt, String mod) {
    return new EventScoring.Item(sentence, type, trigger, src, tgt, EventScoring.modalityClass(mod));
  }

  @Test
  void sentencesMatchByContainmentOrWordOverlap() {
    assertTrue(EventScoring.sameSentence("Police arrested two men.", "  police  arrested two men"));
    assertTrue(EventScoring.sameSentence("\u201cWe will fight,\u201d he said.", "\"we will fight,\" he said."));
    assertTrue(EventScoring.sameSentence("Rebels attacked the town of Goma on Monday.", "Rebels attacked the town of Goma on Sunday."));
    assertFalse(EventScoring.sameSentence("Rebels attacked the town.", "The president praised the army for its work."));
    assertFalse(EventScoring.sameSentence("", "anything"));
  }

  @Test
  void assertedAndReportedAreOneModalityClass() {
    assertEquals("factual", EventScoring.modalityClass("asserted"));
    assertEquals("factual", EventScoring.modalityClass("REPORTED"));
    assertEquals("intended", EventScoring.modalityClass("intended"));
  }

  @Test
  void matchesOneToOneAndCountsFullOnlyWithCountriesAndModality() {
    String s = "Russia accused Ukraine of shelling Donetsk and urged talks.";
    List<EventScoring.Item> gold = List.of(
        item(s, "ACCUSE", "accused", "RUS", "UKR", "asserted"),
        item(s, "ASSAULT", "shelling", "UKR", "UKR", "reported"),
        item(s, "REQUEST", "urged", "RUS", null, "asserted"));
    List<EventScoring.Item> coded = List.of(
        item(s, "ACCUSE", "accused", "RUS", "UKR", "reported"), // factual either way: full
        item(s, "ACCUSE", "urged", "RUS", null, "asserted"), // a second ACCUSE: nothing left to match
        item(s, "ASSAULT", "shelling", "UKR", "UKR", "hypothetical")); // type and parties, not modality
    EventScoring.Counts c = new EventScoring.Counts();
    EventScoring.score(Map.of("d", gold), Map.of("d", coded), c);
    assertEquals(3, c.gold);
    assertEquals(3, c.other);
    assertEquals(2, c.type);
    assertEquals(2, c.parties);
    assertEquals(1, c.full);
    assertEquals(2.0 / 3, c.f1(c.type), 1e-9);
    assertEquals(1, c.confusion.get("REQUEST").get("ACCUSE"), "the REQUEST was coded as an ACCUSE at its trigger");
    assertEquals(1, c.confusion.get(EventScoring.SPURIOUS).get("ACCUSE"));
  }

  @Test
  void anArticleTheCoderLacksCountsAsAllMissed() {
    EventScoring.Counts c = new EventScoring.Counts();
    EventScoring.score(Map.of("d", List.of(item("Police arrested him.", "COERCE", "arrested", "USA", "USA", "asserted"))),
        Map.of(), c);
    assertEquals(1, c.gold);
    assertEquals(0, c.type);
    assertEquals(0.0, c.recall(c.type));
    assertEquals(1, c.confusion.get("COERCE").get(EventScoring.MISSED));
  }
}
