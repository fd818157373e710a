package org.tidings.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Document;
import org.tidings.model.Event;
import org.tidings.model.Layers;

/**
 * Things the coder must not code, or not code that way: each case is a wrong event found in the
 * golden files or in the Wikinews review, through the real standard pipeline.
 */
class EventPrecisionTest {

  private static Document run(String text) {
    return EventCoderTest.run(text, null);
  }

  private static String lines(Document d) {
    return EventCoderTest.lines(d);
  }

  private static List<Event> events(Document d, String trigger) {
    return EventCoderTest.withTrigger(d, trigger);
  }

  @Test
  void opposingSomeoneIsDisapprovalNotForce() {
    // a party with a country: an act between parties with no code at all is not coded
    Document d = run("The Jordanian writer Sirhan Sirhan opposed Kennedy because of his support for Israel.");
    List<Event> opposed = events(d, "opposed");
    assertTrue(opposed.stream().allMatch(e -> e.cameoRoot().equals("11")), lines(d));
    assertTrue(!opposed.isEmpty(), lines(d));
  }

  @Test
  void wordNetNeverReachesForce() {
    // "assail" shares a WordNet synset with "attack" in its verbal sense ("attack in speech")
    Document d = run("France assailed Germany over the budget on Monday.");
    assertTrue(d.get(Layers.EVENTS).stream().noneMatch(e -> e.cameoRoot().compareTo("15") >= 0), lines(d));
  }

  @Test
  void aSingularPronounInTheContentIsNotPluralSpeakers() {
    Document d = run("Bangladeshi officials said it killed nine people on Monday.");
    assertTrue(events(d, "killed").stream().noneMatch(e -> e.source() != null), lines(d));
  }

  @Test
  void aSpeakerWhoSaysItWillActIsTheDoer() {
    Document d = run("Syria said it would attack Turkey.");
    assertTrue(events(d, "attack").stream().anyMatch(e -> e.source() != null && e.source().code().startsWith("SYR")),
        lines(d));
  }

  @Test
  void anActWithACountryOnItIsNoActor() {
    Document d = run("Last week a Kabul car bombing killed five people.");
    assertTrue(events(d, "killed").stream().noneMatch(e -> e.source() != null), lines(d));
  }

  @Test
  void withdrawingFromAnElectionIsNoMilitaryAct() {
    Document d = run("The Thai Raksa Chart Party withdrew from the election on Saturday.");
    assertTrue(events(d, "withdrew").isEmpty(), lines(d));
  }

  @Test
  void helpingAThingIsNoAid() {
    Document d = run("The Iranian army said the plane was bringing meat to help the economy.");
    assertTrue(events(d, "help").isEmpty(), lines(d));
    Document pledged = run("China pledged funds to Syria.");
    assertTrue(pledged.get(Layers.EVENTS).stream().anyMatch(e -> e.cameoRoot().equals("03")), lines(pledged));
    Document aid = run("Germany helped Greece in 2015.");
    assertTrue(events(aid, "helped").stream().anyMatch(e -> e.cameoRoot().equals("07")), lines(aid));
  }

  @Test
  void victimsOfAnAttackAreNotItsSource() {
    Document d = run("At least five Yemeni civilians died in the attack on Sunday.");
    assertTrue(events(d, "attack").stream().noneMatch(e -> e.source() != null), lines(d));
    Document held = run("Russia held talks with China on Monday.");
    assertTrue(held.get(Layers.EVENTS).stream().anyMatch(e -> e.cameoRoot().equals("04") && e.source() != null
        && e.source().code().startsWith("RUS")), lines(held));
  }

  @Test
  void aPersonsNationalityIsNoTarget() {
    Document d = run("The Palestinian Sirhan Sirhan shot Robert F. Kennedy. Later Sirhan Sirhan shot again.");
    assertTrue(d.get(Layers.EVENTS).stream().noneMatch(e -> e.target() != null
        && e.target().name().startsWith(EventCoder.IMPLIED) && e.source() != null
        && e.source().name().contains("Sirhan")), lines(d));
  }

  @Test
  void aBareParticipleIsPassive() {
    Document d = run("Both French officers said they would appeal; Antoine Quirin wept in his lawyer's arms when convicted.");
    assertTrue(events(d, "convicted").stream().noneMatch(e -> e.source() != null), lines(d));
  }

  @Test
  void aSharedPassiveSubjectIsTheDoerOfAnActiveForm() {
    Document d = run("President Vladimir Putin was briefed, and flew to Magnitogorsk on Monday, visiting Russian soldiers.");
    assertTrue(events(d, "visiting").stream().noneMatch(e -> e.target() != null && e.target().name().contains("Putin")),
        lines(d));
  }

  @Test
  void favoursByNoOneOrToThingsAreNotCoded() {
    Document d = run("Dr. Tomasz Stefaniak was met with applause. The Iranian president visited the factory.");
    assertTrue(events(d, "met").isEmpty(), lines(d));
    assertTrue(events(d, "visited").isEmpty(), lines(d));
  }

  @Test
  void aSynonymWithNoOneActedOnIsNotCoded() {
    Document d = run("Chuck Schumer resisted.");
    assertTrue(d.get(Layers.EVENTS).stream().noneMatch(e -> e.triggerText().equals("resisted")), lines(d));
  }

  @Test
  void showingIsNoDemonstration() {
    Document d = run("The American researcher Carl Lipo said the study demonstrates the statues stood near water.");
    assertTrue(d.get(Layers.EVENTS).stream().noneMatch(e -> e.cameoRoot().equals("14")), lines(d));
  }

  @Test
  void theSourcesOwnNameIsNoImpliedTarget() {
    Document d = run("Mahan Air has been the subject of United States sanctions since 2011.");
    assertTrue(events(d, "sanctions").stream().noneMatch(e -> e.target() != null
        && e.target().name().equals(EventCoder.IMPLIED + "USA")), lines(d));
  }

  @Test
  void concedingAPointIsNoConcession() {
    Document d = run("Principal Ben Radmall conceded the school needed more teachers.");
    assertTrue(d.get(Layers.EVENTS).stream().noneMatch(e -> e.cameoRoot().equals("08")), lines(d));
  }

  @Test
  void aNounModifierIsNoTrigger() {
    Document d = run("Polish police press officer Monika Kosiec spoke to reporters.");
    assertTrue(events(d, "press").isEmpty(), lines(d));
  }
}
