package org.tidings.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Document;
import org.tidings.model.Event;

/**
 * Which sense a verb is used in, and who does what a clause says: the rules added after the third
 * Wikinews review, each through the real standard pipeline. Every case is a built sentence, not a
 * sentence of the reviews or of the PLOVER gold.
 */
class EventSenseRulesTest {

  private static Document run(String text) {
    return EventCoderTest.run(text, null);
  }

  private static List<Event> events(Document d, String trigger) {
    return EventCoderTest.withTrigger(d, trigger);
  }

  private static boolean code(Event e, boolean source, String prefix) {
    return EventArgumentRulesTest.code(e, source, prefix);
  }

  @Test
  void anActBetweenPartiesWithNoCodeIsNotCoded() {
    Document d = run("Maria later returned the boy to her husband when she could not support him.");
    assertTrue(events(d, "returned").isEmpty(), EventCoderTest.lines(d));
  }

  @Test
  void returningPrisonersBetweenStatesIsStillCoded() {
    Document d = run("Iraq returned forty Iranian prisoners to Iran on Monday.");
    assertTrue(events(d, "returned").stream().anyMatch(e -> e.cameoRoot().equals("08") && code(e, true, "IRQ")),
        EventCoderTest.lines(d));
  }

  @Test
  void orderingStockIsBuyingNotDemanding() {
    Document d = run("The Australian retailer Woolworths ordered extra stock from its suppliers.");
    assertTrue(events(d, "ordered").stream().noneMatch(e -> e.cameoRoot().equals("10")), EventCoderTest.lines(d));
  }

  @Test
  void fightingForSomeoneIsNoCombat() {
    Document d = run("Congressman John Conyers spent fifteen years fighting for Martin Luther King.");
    assertTrue(events(d, "fighting").isEmpty(), EventCoderTest.lines(d));
    Document fought = run("Rebels fought government troops in the north of Chad.");
    assertTrue(events(fought, "fought").stream().anyMatch(e -> e.cameoRoot().equals("19")), EventCoderTest.lines(fought));
  }

  @Test
  void agreeingThatSomethingIsTrueIsNoAgreement() {
    Document d = run("A judge agreed the book may have contained classified materials.");
    assertTrue(events(d, "agreed").isEmpty(), EventCoderTest.lines(d));
    Document alone = run("Regional Governor Mujiv Hataman agreed, saying only this group could have done it.");
    assertTrue(events(alone, "agreed").isEmpty(), EventCoderTest.lines(alone));
    Document act = run("Syria agreed to re-open its borders to UN peacekeepers.");
    assertTrue(events(act, "agreed").stream().anyMatch(e -> e.cameoRoot().equals("03") && code(e, true, "SYR")),
        EventCoderTest.lines(act));
  }

  @Test
  void recommendingThatOthersActIsNoSupport() {
    Document d = run("The health authorities recommended residents avoid public gatherings.");
    assertTrue(events(d, "recommended").stream().noneMatch(e -> e.cameoRoot().equals("05")), EventCoderTest.lines(d));
  }

  @Test
  void aQuotedClauseHungOnTheSpeechVerbIsNotTheSpeakers() {
    Document d = run("Trump said Bolton broke the law and \"likes dropping bombs on people, and killing them.\"");
    assertTrue(events(d, "killing").stream().noneMatch(e -> e.source() != null && e.source().name().contains("Trump")),
        EventCoderTest.lines(d));
  }

  @Test
  void whoIsAdvisedToKillIsNotTheAdviser() {
    Document d = run("The Jordanian cleric advised her to kill her parents.");
    assertTrue(events(d, "kill").stream().noneMatch(e -> code(e, true, "JOR")), EventCoderTest.lines(d));
  }

  @Test
  void anOwnerTheParserHangsAsSubjectIsNotTheDoer() {
    Document d = run("Tunisia's neighbouring countries including Algeria and Morocco have cited security concerns to"
        + " impose bans on niqabs.");
    assertTrue(events(d, "impose").stream().noneMatch(e -> code(e, true, "TUN")), EventCoderTest.lines(d));
  }

  @Test
  void anActorsAlliesAreNotTheActor() {
    Document d = run("Russia's allies condemned the American strikes.");
    assertTrue(events(d, "condemned").stream().noneMatch(e -> code(e, true, "RUS")), EventCoderTest.lines(d));
    // their own name still says who they are
    Document named = run("Greece demanded that its European Union partners refuse to recognise the new republic.");
    assertTrue(events(named, "demanded").stream().anyMatch(e -> e.target() != null && !code(e, false, "GRC")),
        EventCoderTest.lines(named));
  }

  @Test
  void agreeingToDoWhatIsNoActTowardsNoOneIsNotCoded() {
    Document d = run("The American economist agreed to answer some questions for our correspondent.");
    assertTrue(events(d, "agreed").isEmpty(), EventCoderTest.lines(d));
  }

  @Test
  void aSynonymsSenseNeedsAStatedTarget() {
    // "confess" reaches a concession through WordNet; the doer's country alone does not make one
    Document d = run("Mohammed Waseem, a Pakistani businessman, confessed to acting alone.");
    assertTrue(events(d, "confessed").isEmpty(), EventCoderTest.lines(d));
    Document switched = run("Many Mexican farmers switched to organic corn last year.");
    assertTrue(events(switched, "switched").isEmpty(), EventCoderTest.lines(switched));
  }

  @Test
  void aParticipleWithoutAuxiliaryInsideAClauseIsPassive() {
    Document d = run("Officials in Kabul reported at the time 150 Afghan security forces and 95 civilians killed.");
    assertTrue(events(d, "killed").stream().noneMatch(e -> e.source() != null && e.source().name().contains("forces")),
        EventCoderTest.lines(d));
  }

  @Test
  void whoIsReportedToHaveActedIsNotTheReporter() {
    Document d = run("Polish ministers were reported by local media to have visited the mayor of Gdansk.");
    List<Event> visited = events(d, "visited");
    assertTrue(!visited.isEmpty() && visited.stream().allMatch(e -> code(e, true, "POL")
        && !e.source().name().contains("media")), EventCoderTest.lines(d));
  }

  @Test
  void aDoerTheActorsLayerDidNotCodeIsStillTheDoer() {
    Document d = run("In 1979, revolutionaries took control of Iran and captured the U.S. embassy.");
    Document coalition = run("Yemen hosts an anti-Houthi coalition fighting the Houthis.");
    assertTrue(events(coalition, "fighting").stream().allMatch(e -> e.source() != null
        && e.source().name().equals("coalition")), EventCoderTest.lines(coalition));
    List<Event> captured = events(d, "captured");
    assertTrue(!captured.isEmpty() && captured.stream().allMatch(e -> e.source() != null
        && e.source().name().equals("revolutionaries")), EventCoderTest.lines(d));
  }
}
