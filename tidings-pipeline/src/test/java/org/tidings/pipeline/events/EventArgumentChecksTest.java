package org.tidings.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Document;
import org.tidings.model.Event;

/**
 * The checks of argument kinds ({@link ArgumentChecks}), each through the real
 * standard pipeline: named parties before the implied home country, texts and money as no
 * parties, bound delegates, venues, talks given. Every case is a built sentence, not a sentence of
 * the reviews or of the PLOVER gold.
 */
class EventArgumentChecksTest {

  private static Document run(String text) {
    return EventCoderTest.run(text, null);
  }

  private static List<Event> events(Document d, String trigger) {
    return EventCoderTest.withTrigger(d, trigger);
  }

  private static boolean implied(Event e) {
    return e.target() != null && e.target().name().startsWith(EventCoder.IMPLIED);
  }

  @Test
  void aNamedTargetOfAConjunctIsNotReplacedByTheHomeCountry() {
    Document d = run("Angry farmers surrounded and threatened Senator Mitch McConnell outside the courthouse in Kentucky.");
    List<Event> threatened = events(d, "threatened");
    assertTrue(!threatened.isEmpty() && threatened.stream().noneMatch(EventArgumentChecksTest::implied)
        && threatened.stream().allMatch(e -> e.target().name().contains("McConnell")), EventCoderTest.lines(d));
  }

  @Test
  void anInquiryIntoSomeonesConductIsTowardsThem() {
    Document d = run("Russian officials launched an inquiry into the conduct of Attorney General Yuri Chaika.");
    List<Event> inquiry = events(d, "inquiry");
    assertTrue(!inquiry.isEmpty() && inquiry.stream().allMatch(e -> e.target() != null && e.target().name().contains("Chaika")),
        EventCoderTest.lines(d));
  }

  @Test
  void anActWithNoOneNamedKeepsTheImpliedTarget() {
    Document d = run("Nigerian police arrested dozens of students in Lagos on Tuesday.");
    assertTrue(events(d, "arrested").stream().anyMatch(e -> e.target() != null && e.target().code().startsWith("NGA")),
        EventCoderTest.lines(d));
  }

  @Test
  void aLawDemandsNothingAsAnActor() {
    Document d = run("The new law demands that Russian companies store data in Russia.");
    assertTrue(events(d, "demands").isEmpty(), EventCoderTest.lines(d));
    Document done = run("The Egyptian government banned the Muslim Brotherhood on Friday.");
    assertTrue(!events(done, "banned").isEmpty(), EventCoderTest.lines(done));
  }

  @Test
  void investingMoneyIsNoCooperationWithTheCurrency() {
    Document d = run("Japan has invested about four billion US dollars to build new hospitals.");
    assertTrue(events(d, "invested").isEmpty(), EventCoderTest.lines(d));
    Document kenya = run("Japan invested four billion dollars in Kenya.");
    assertTrue(events(kenya, "invested").stream().anyMatch(e -> e.target() != null && e.target().code().startsWith("KEN")),
        EventCoderTest.lines(kenya));
  }

  @Test
  void delegatesPledgedToACandidateMadeNoPledge() {
    Document d = run("The senator was nominated with some delegates pledged to Governor Andrew Cuomo of New York.");
    assertTrue(events(d, "pledged").isEmpty(), EventCoderTest.lines(d));
  }

  @Test
  void aVenueIsNoPartyToAMeeting() {
    Document d = run("Catholic cardinals from many countries attended a meeting in Madrid regarding the church's finances.");
    assertTrue(events(d, "meeting").stream().noneMatch(e -> e.target() != null && e.target().code().startsWith("ESP")),
        EventCoderTest.lines(d));
    Document with = run("The Spanish foreign minister held a meeting in Madrid with Moroccan officials.");
    assertTrue(events(with, "held").stream().anyMatch(e -> e.target() != null && e.target().code().startsWith("MAR")),
        EventCoderTest.lines(with));
  }

  @Test
  void aTalkGivenIsNoNegotiation() {
    Document d = run("Last spring I travelled to Vienna for a TEDx talk about chess.");
    assertTrue(events(d, "talk").isEmpty(), EventCoderTest.lines(d));
    Document talks = run("Iranian and French diplomats held talks in Geneva on the nuclear programme.");
    assertTrue(!events(talks, "talks").isEmpty() || !events(talks, "held").isEmpty(), EventCoderTest.lines(talks));
  }
}
