package org.tidings.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Document;
import org.tidings.model.Event;
import org.tidings.model.Layers;

/**
 * The learned event confidence and the filter on it, through the real standard pipeline (whose
 * events stage uses the bundled model and its threshold) and the real coder re-run on the same
 * document without the filter. Every sentence is built, not taken from the reviews or PLOVER.
 */
class EventConfidenceTest {
  private static final EventResources RESOURCES = EventCoderTest.resources();

  private static List<Event> recode(Document d, EventsConfig config) {
    return EventCoderTest.recode(d, config);
  }

  private static Event only(List<Event> events, String trigger) {
    List<Event> hits = events.stream().filter(e -> e.triggerText().equals(trigger)).toList();
    assertEquals(1, hits.size(), events.toString());
    return hits.get(0);
  }

  /**
   * A state's armed attack on another state's army is the kind of event the reviewers judged right:
   * it is kept above the minimum, with a learned confidence that replaces the rule's, and it is
   * more confident than a generic party's aid ({@link #SENTENCE}), which the model scores low.
   */
  @Test
  void aStateActIsKeptAboveTheMinimumAndAboveAWeakEvent() {
    Document d = EventCoderTest.run("Russian troops attacked Ukrainian army positions near Kharkiv on Monday.", null);
    Event kept = only(d.get(Layers.EVENTS), "attacked");
    Event prior = only(recode(d, EventsConfig.UNFILTERED), "attacked");
    assertTrue(kept.confidence() >= RESOURCES.confidence().threshold() && kept.confidence() <= 1, EventCoderTest.lines(d));
    assertNotEquals(prior.confidence(), kept.confidence(), "the learned confidence replaces the rule's");
    Event weak = only(recode(EventCoderTest.run(SENTENCE, null), new EventsConfig(true, 0.0)), TRIGGER);
    assertTrue(kept.confidence() > weak.confidence(), kept + " vs " + weak);
  }

  @Test
  void aWeakEventIsDroppedByTheFilterNotByTheCoder() {
    Document d = EventCoderTest.run(SENTENCE, null);
    assertEquals(1, EventCoderTest.withTrigger(d, TRIGGER).size(), EventCoderTest.lines(d)); // the default keeps it
    List<Event> filtered = recode(d, new EventsConfig(true, RESOURCES.confidence().threshold()));
    assertTrue(filtered.stream().noneMatch(e -> e.triggerText().equals(TRIGGER)), filtered.toString());
    Event prior = only(recode(d, EventsConfig.UNFILTERED), TRIGGER);
    Event scored = only(recode(d, new EventsConfig(true, 0.0)), TRIGGER);
    assertTrue(scored.confidence() < RESOURCES.confidence().threshold(), scored.toString());
    assertEquals(prior.cameoCode(), scored.cameoCode());
  }

  @Test
  void minimumZeroKeepsEveryEventAndTheRuleConfidenceIsKeptWhenNotLearned() {
    Document d = EventCoderTest.run(SENTENCE + " Russian troops attacked Ukrainian army positions near Kharkiv.", null);
    List<Event> all = recode(d, new EventsConfig(true, 0.0));
    List<Event> prior = recode(d, EventsConfig.UNFILTERED);
    assertEquals(prior.size(), all.size());
    assertEquals(all.size(), d.get(Layers.EVENTS).size(), EventCoderTest.lines(d)); // the default keeps every event
    assertTrue(recode(d, new EventsConfig(true, RESOURCES.confidence().threshold())).size() < all.size());
    assertFalse(prior.equals(all), "the learned confidence replaces the rule's");
  }

  @Test
  void malformedModelsAreRejectedWithTheirLine() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> EventConfidence.read(reader("bias\t0.1\n")));
    assertThrows(IllegalArgumentException.class, () -> EventConfidence.read(reader("threshold\t0.3\nbias 0.1\n")));
    assertThrows(IllegalArgumentException.class, () -> EventConfidence.read(reader("threshold\t0.3\nbias\t1\nbias\t2\n")));
    assertThrows(IllegalArgumentException.class, () -> EventConfidence.read(reader("threshold\t1.5\n")));
    EventConfidence m = EventConfidence.read(reader("# c\nthreshold\t0.3\nbias\t0\nroot=18\t2\n"));
    assertEquals(0.5, m.probability(List.of("bias", "unknown")), 1e-9);
    assertTrue(m.probability(List.of("bias", "root=18")) > 0.85);
  }

  @Test
  void configRejectsOutOfRangeMinimum() {
    assertThrows(IllegalArgumentException.class, () -> new EventsConfig(true, 1.5));
    assertEquals(0.0, new EventsConfig(false, null).effectiveMin());
    assertEquals(0.0, new EventsConfig(null, null).effectiveMin());
    assertEquals(0.3, new EventsConfig(null, 0.3).effectiveMin());
  }

  private static BufferedReader reader(String text) {
    return new BufferedReader(new StringReader(text));
  }

  /** A generic first-person party ("our small team") providing aid: the model scores it low. */
  private static final String SENTENCE = "So our small team provides design services to the government.";
  private static final String TRIGGER = "provides";
}
