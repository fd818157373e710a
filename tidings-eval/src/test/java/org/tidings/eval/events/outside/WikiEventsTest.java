package org.tidings.eval.events.outside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.TextSpan;

/** The KAIROS mapping, the WikiEvents reader and the trigger and argument counts, on a hand-made line. */
class WikiEventsTest {
  // Two sentences with a gap of three characters between them, as in the data; tokens 0..9.
  private static final String LINE = """
      {"doc_id": "d1", "text": "ignored",
       "sentences": [[[["Rebels", 0, 6], ["attacked", 7, 15], ["the", 16, 19], ["town", 20, 24], [".", 24, 25]], "s1"],
                     [[["Police", 28, 34], ["arrested", 35, 43], ["two", 44, 47], ["men", 48, 51], [".", 51, 52]], "s2"]],
       "entity_mentions": [{"id": "T1", "start": 0, "end": 1}, {"id": "T2", "start": 2, "end": 4},
                           {"id": "T3", "start": 5, "end": 6}, {"id": "T4", "start": 7, "end": 9}],
       "event_mentions": [
         {"event_type": "Conflict.Attack.Unspecified", "trigger": {"start": 1, "end": 2},
          "arguments": [{"entity_id": "T1", "role": "Attacker"}, {"entity_id": "T2", "role": "Target"}]},
         {"event_type": "Justice.ArrestJailDetain.Unspecified", "trigger": {"start": 6, "end": 7},
          "arguments": [{"entity_id": "T3", "role": "Jailer"}, {"entity_id": "T4", "role": "Detainee"}]},
         {"event_type": "Life.Die.Unspecified", "trigger": {"start": 8, "end": 9}, "arguments": []}]}
      """.replace("\n", " ");

  @Test
  void mapsKairosFamiliesByPrefix() {
    assertEquals("ASSAULT", KairosMapping.of("Conflict.Attack.DetonateExplode").orElseThrow().plover());
    assertEquals("COERCE", KairosMapping.of("Justice.Sentence.Unspecified").orElseThrow().plover());
    assertEquals("COERCE", KairosMapping.of("Justice.ChargeIndict.Unspecified").orElseThrow().plover()); // CAMEO 173
    assertEquals("CONSULT", KairosMapping.of("Contact.Contact.Meet").orElseThrow().plover());
    assertTrue(KairosMapping.of("Contact.Contact.Broadcast").isEmpty());
    assertTrue(KairosMapping.of("Life.Die.Unspecified").isEmpty());
    assertTrue(KairosMapping.of("Conflict.AttackX").isEmpty());
  }

  @Test
  void rebuildsTheTextFromTokenOffsets() {
    WikiEventsDocument d = WikiEventsDocument.parse(LINE, "fixture");
    assertEquals("Rebels attacked the town.\n  Police arrested two men.", d.text());
    assertEquals("attacked", d.events().get(0).trigger().of(d.text()));
    assertEquals("the town", d.events().get(0).arguments().get(1).span().of(d.text()));
    assertEquals("two men", d.events().get(1).arguments().get(1).span().of(d.text()));
  }

  @Test
  void rejectsAnArgumentNamingAnUnknownMention() {
    String bad = LINE.replace("\"entity_id\": \"T4\"", "\"entity_id\": \"T9\"");
    assertThrows(IllegalArgumentException.class, () -> WikiEventsDocument.parse(bad, "fixture"));
  }

  @Test
  void countsTriggersByTypeAndArgumentsBySide() {
    WikiEventsDocument d = WikiEventsDocument.parse(LINE, "fixture");
    String t = d.text();
    WikiEventsCounts c = new WikiEventsCounts();
    c.add(d, List.of(
        new WikiEventsCounts.Coded("ASSAULT", span(t, "attacked"), span(t, "Rebels"), span(t, "town")),
        // right trigger, wrong type: identified, not typed; its arguments count as predicted only
        new WikiEventsCounts.Coded("ACCUSE", span(t, "arrested"), span(t, "Police"), null),
        // overlaps only the unmapped Life.Die trigger ("men"): left out
        new WikiEventsCounts.Coded("ASSAULT", span(t, "men"), null, null),
        // a type WikiEvents cannot hold: left out
        new WikiEventsCounts.Coded("SUPPORT", span(t, "Police"), null, null)));
    assertEquals(2, c.gold);
    assertEquals(2, c.predicted);
    assertEquals(1, c.typed);
    assertEquals(2, c.identified);
    assertEquals(4, c.goldArgs);
    assertEquals(3, c.predictedArgs);
    assertEquals(2, c.rightArgs); // Rebels as source, "town" inside "the town" as target
    assertEquals(0.5, WikiEventsCounts.f1(c.typed, c.gold, c.predicted), 1e-9);
  }

  private static TextSpan span(String text, String part) {
    int at = text.indexOf(part);
    return new TextSpan(at, at + part.length());
  }
}
