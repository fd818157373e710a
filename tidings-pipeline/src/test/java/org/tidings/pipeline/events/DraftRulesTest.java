package org.tidings.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidings.model.CameoCode;
import org.tidings.model.Document;
import org.tidings.model.Event;
import org.tidings.model.EventActor;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.pipeline.output.EventJson;

/**
 * The event coder's named rules one at a time: each sentence runs through the real standard
 * pipeline (rules coder), then a draft is made for one trigger and a single rule is applied to it,
 * so what is asserted is that rule's own verdict and change. Built sentences, not review or gold
 * sentences.
 */
class DraftRulesTest {

  /** The draft of the trigger written {@code word} in the one-sentence article {@code text}. */
  private static EventDraft draft(String text, String word) {
    Document d = EventCoderTest.run(text, null);
    DocumentView v = new DocumentView(d);
    EventResources resources = EventCoderTest.resources();
    TriggerFinder finder = new TriggerFinder(resources.lexicon(), resources.wordNet());
    for (Token t : d.tokens()) {
      if (t.text().equals(word)) {
        Trigger trigger = finder.at(v, t.index());
        assertNotNull(trigger, "no trigger at " + word + " in: " + text);
        return new EventDraft(v, trigger, EventDraft.Tools.of(resources),
            new ModalityReader(resources.lexicon()).read(v, t.index()), null);
      }
    }
    throw new AssertionError("no token " + word + " in: " + text);
  }

  @Test
  void theRulesHaveDistinctHyphenatedIdsInOneOrder() {
    Set<String> ids = new HashSet<>();
    for (DraftRule r : DraftRules.IN_ORDER) {
      assertTrue(r.id().matches("[a-z]+(-[a-z]+)*"), r.id());
      assertTrue(ids.add(r.id()), "twice: " + r.id());
    }
    assertEquals(List.of(DraftRules.values()), DraftRules.IN_ORDER);
    assertEquals("verbal-attack", DraftRules.VERBAL_ATTACK.id());
  }

  @Test
  void aForceVerbUsedOfWordsBecomesCriticismAndIsRecorded() {
    EventDraft d = draft("Senator Elizabeth Warren attacked Treasury Secretary Steven Mnuchin for his handling of the bailout.",
        "attacked");
    assertTrue(d.code.isUnder(EventCoder.ROOT_ASSAULT), d.code.value());
    assertTrue(d.apply(DraftRules.VERBAL_ATTACK));
    assertEquals(CameoCode.of("111"), d.code);
    assertEquals(List.of("verbal-attack"), d.fired());

    EventDraft armed = draft("Taliban fighters attacked an Afghan army base with rockets on Sunday.", "attacked");
    CameoCode before = armed.code;
    assertTrue(armed.apply(DraftRules.VERBAL_ATTACK));
    assertEquals(before, armed.code);
    assertEquals(List.of(), armed.fired(), "a rule that changes nothing is not recorded");
  }

  @Test
  void aNaturalCauseIsRejectedAsADoer() {
    assertFalse(draft("The virus has killed more than 200 people in Italy since February.", "killed")
        .apply(DraftRules.NATURAL_DOER));
    assertTrue(draft("Nigerian police killed three protesters in Lagos on Tuesday.", "killed")
        .apply(DraftRules.NATURAL_DOER));
  }

  @Test
  void aBrokeredAgreementIsMediation() {
    EventDraft d = draft("Qatar brokered a peace agreement between Sudan and the rebels.", "agreement");
    assertTrue(d.apply(DraftRules.BROKERED));
    assertEquals(SenseChecks.MEDIATE, d.code);
    assertEquals(List.of("brokered"), d.fired());
  }

  @Test
  void theDoerOfAReducedRelativeIsItsVictim() {
    EventDraft d = draft("The minister visited a cemetery of Indian soldiers killed during the 1962 war.", "killed");
    // the noun right before the participle, set by hand as the doer the argument reader may take
    TextSpan before = d.v.token(d.token() - 1).span();
    EventActor soldiers = new EventActor(null, "Indian soldiers", "IND", new TextSpan(before.begin() - 7, before.end()));
    d.source = soldiers;
    d.target = null;
    assertTrue(d.apply(DraftRules.REDUCED_RELATIVE));
    assertNull(d.source);
    assertEquals(soldiers, d.target);
    assertEquals(List.of("reduced-relative"), d.fired());

    EventDraft active = draft("Nigerian police killed three protesters in Lagos on Tuesday.", "killed");
    EventActor police = active.source;
    assertTrue(active.apply(DraftRules.REDUCED_RELATIVE));
    assertEquals(police, active.source, "a main verb after its subject is no reduced relative");
    assertEquals(List.of(), active.fired());
  }

  @Test
  void pressingSomeoneToActIsADemandThatNeitherRefusalNorIntentionRecodes() {
    EventDraft d = draft("The Canadian government would pressure the Indian government to release the journalists.",
        "pressure");
    assertTrue(d.apply(DraftRules.DEMAND));
    assertEquals(EventCoder.DEMAND, d.code);
    assertTrue(d.demand);
    assertTrue(d.apply(DraftRules.INTENTION), "intended ('would'), but a demand keeps its code");
    assertEquals(EventCoder.DEMAND, d.code);
    assertEquals(List.of("demand"), d.fired());
  }

  @Test
  void ceasingAnActRejectsIt() {
    assertFalse(draft("The rebels stopped attacking the villages of Chad last year.", "attacking").apply(DraftRules.CEASED));
  }

  @Test
  void aidToNoOneIsRejectedOnAHandSetDraft() {
    EventDraft d = draft("Japan provided food aid to Kenya.", "provided");
    d.code = CameoCode.of("070");
    d.target = null;
    assertFalse(d.apply(DraftRules.AID_TO_NO_ONE));
    d.target = new EventActor(null, "Kenya", "KEN", d.v.token(d.token()).span());
    assertTrue(d.apply(DraftRules.AID_TO_NO_ONE));
    d.code = CameoCode.of("040");
    d.target = null;
    assertTrue(d.apply(DraftRules.AID_TO_NO_ONE), "only aid (07) needs a target here");
  }

  @Test
  void theCoderWritesTheFiredRulesIntoTheEventAndItsJson() {
    Document d = EventCoderTest.run(
        "Senator Elizabeth Warren attacked Treasury Secretary Steven Mnuchin for his handling of the bailout.", null);
    List<Event> attacked = EventCoderTest.withTrigger(d, "attacked");
    assertFalse(attacked.isEmpty(), EventCoderTest.lines(d));
    for (Event e : attacked) {
      assertTrue(e.codingRules().contains("verbal-attack"), e.codingRules().toString());
      assertEquals(e.codingRules().size(), EventJson.events(List.of(e)).get(0).get("codingRules").size());
    }
  }
}
