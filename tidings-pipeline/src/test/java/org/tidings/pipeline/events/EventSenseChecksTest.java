package org.tidings.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Document;
import org.tidings.model.Event;

/**
 * The sense and reality checks ({@link SenseChecks}: verbal attacks, natural causes, what a
 * proposed law would allow, guessed countries), each through the real standard pipeline. Every
 * case is a built sentence, not a sentence of the reviews or of the PLOVER gold.
 */
class EventSenseChecksTest {

  private static Document run(String text) {
    return EventCoderTest.run(text, null);
  }

  private static List<Event> events(Document d, String trigger) {
    return EventCoderTest.withTrigger(d, trigger);
  }

  @Test
  void aVerbalAttackForSomethingIsCriticism() {
    Document d = run("Senator Elizabeth Warren attacked Treasury Secretary Steven Mnuchin for his handling of the bailout.");
    List<Event> attacked = events(d, "attacked");
    assertTrue(!attacked.isEmpty() && attacked.stream().allMatch(e -> e.cameoCode().equals("111")), EventCoderTest.lines(d));
  }

  @Test
  void anArmedAttackStaysAnAssault() {
    Document d = run("Taliban fighters attacked an Afghan army base with rockets on Sunday.");
    assertTrue(events(d, "attacked").stream().anyMatch(e -> e.cameoRoot().equals("18") || e.cameoRoot().equals("19")),
        EventCoderTest.lines(d));
  }

  @Test
  void aVirusKillsNoOneAsAnActor() {
    Document d = run("The virus has killed more than 200 people in Italy since February.");
    assertTrue(events(d, "killed").isEmpty(), EventCoderTest.lines(d));
    Document police = run("Nigerian police killed three protesters in Lagos on Tuesday.");
    assertTrue(events(police, "killed").stream().anyMatch(e -> e.cameoRoot().equals("18")), EventCoderTest.lines(police));
  }

  @Test
  void anEarthquakeInjuringPeopleIsNoAssault() {
    Document d = run("A strong earthquake struck the Indonesian province of Aceh, injuring at least 30 people.");
    assertTrue(events(d, "injuring").isEmpty(), EventCoderTest.lines(d));
  }

  @Test
  void whatAProposedBillWouldAllowIsNotDone() {
    Document d = run("Lawmakers in Malaysia proposed a bill that would have allowed the Thai government to deport refugees.");
    assertTrue(events(d, "deport").isEmpty(), EventCoderTest.lines(d));
    Document done = run("The Thai government deported forty refugees to Myanmar on Friday.");
    assertTrue(!events(done, "deported").isEmpty(), EventCoderTest.lines(done));
  }

  @Test
  void aCountryGuessedFromTheArticleIsNotCarried() {
    String story = "Mexico condemned the shooting. Mexico said Mexico wants justice, and Mexico will send lawyers. ";
    Document d = run(story + "Federal prosecutors accused Canada of hiding the suspect.");
    List<Event> accused = events(d, "accused");
    assertTrue(!accused.isEmpty() && accused.stream().allMatch(e -> e.source() != null
        && e.source().code().equals("JUD") && e.target().code().startsWith("CAN")), EventCoderTest.lines(d));
    Document domestic = run(story + "Federal prosecutors accused the gunman's lawyers of lying.");
    assertTrue(events(domestic, "accused").stream().allMatch(e -> e.source().code().startsWith("MEX")),
        EventCoderTest.lines(domestic));
  }

  @Test
  void pressingAGovernmentToActIsADemand() {
    Document d = run("Canada's foreign minister said the Canadian government would pressure the Indian government to release the journalists.");
    assertTrue(events(d, "pressure").stream().allMatch(e -> e.cameoRoot().equals("10")) && !events(d, "pressure").isEmpty(),
        EventCoderTest.lines(d));
  }

  @Test
  void stoppingAnAttackIsNoAttack() {
    Document d = run("The rebels stopped attacking the villages of Chad last year.");
    assertTrue(events(d, "attacking").isEmpty(), EventCoderTest.lines(d));
  }

  @Test
  void brokeringAnAgreementIsMediation() {
    Document d = run("Qatar brokered a peace agreement between Sudan and the rebels.");
    assertTrue(events(d, "agreement").stream().noneMatch(e -> e.source() != null && e.source().code().startsWith("QAT")
        && e.cameoRoot().equals("05")), EventCoderTest.lines(d));
  }

  @Test
  void soldiersKilledInABattleAreTheVictims() {
    Document d = run("The minister visited a cemetery of Indian soldiers killed during the 1962 war.");
    assertTrue(!events(d, "killed").isEmpty() && events(d, "killed").stream().allMatch(e -> e.source() == null && e.target() != null
        && e.target().code().startsWith("IND")), EventCoderTest.lines(d));
  }
}
