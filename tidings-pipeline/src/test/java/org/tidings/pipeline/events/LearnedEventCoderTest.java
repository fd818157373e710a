package org.tidings.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Event;
import org.tidings.model.Layers;
import org.tidings.model.Modality;
import org.tidings.model.Outcome;
import org.tidings.model.Published;
import org.tidings.pipeline.SharedCorpus;
import org.tidings.pipeline.TestPipelines;
import org.tidings.pipeline.events.learn.EventModel;
import org.tidings.pipeline.events.learn.SentenceEncoder;

/**
 * The shipped learned event coder, through the real standard pipeline (its default events stage):
 * plain news sentences of each kind give the event an analyst reads, with its parties' countries,
 * modality and a confidence.
 */
class LearnedEventCoderTest {

  private static List<Event> events(String text) {
    Article a = new Article(Article.idOf(text), null, null, null, Published.of(LocalDate.parse("2022-03-07")), "en",
        text, List.of(), "test", "test");
    Outcome o = TestPipelines.standard().run(a);
    Document d = assertInstanceOf(Outcome.Coded.class, o, o.toString()).document();
    return d.get(Layers.EVENTS);
  }

  private static Event only(List<Event> events, String type) {
    List<Event> of = events.stream().filter(e -> e.ploverType().equals(type)).toList();
    assertEquals(1, of.size(), type + " in " + events.stream().map(Event::toString).collect(Collectors.joining("\n")));
    return of.get(0);
  }

  private static String country(org.tidings.model.EventActor a) {
    return a == null || a.code().length() < 3 ? null : a.code().substring(0, 3);
  }

  @Test
  void anAirStrikeIsAnAssaultByItsState() {
    List<Event> events = events("Israeli warplanes bombed a refugee camp in Gaza on Monday, killing 12 people.");
    Event e = events.stream().filter(x -> x.triggerText().equals("bombed")).findFirst().orElse(null);
    assertNotNull(e, events.toString());
    assertEquals("ASSAULT", e.ploverType());
    assertEquals("ISR", country(e.source()));
    assertTrue(e.cameoRoot().compareTo("18") >= 0, e.cameoCode());
    assertEquals(Modality.ASSERTED, e.modality());
    assertTrue(e.coderVersion().startsWith(LearnedEventCoder.VERSION), e.coderVersion());
    assertTrue(e.confidence() > 0 && e.confidence() < 1, String.valueOf(e.confidence()));
  }

  @Test
  void anAppealAndAnArrestAndACriticism() {
    Event urge = only(events("The United Nations Secretary-General Antonio Guterres urged Russia to stop the war."), "REQUEST");
    assertEquals("urged", urge.triggerText());
    assertEquals("RUS", country(urge.target()));

    Event arrest = only(events("Police in Hong Kong arrested three pro-democracy activists on Tuesday."), "COERCE");
    assertEquals("arrested", arrest.triggerText());
    assertEquals("HKG", country(arrest.source()));

    Event criticism = only(events("Senator Ted Cruz criticized President Barack Obama for his handling of the deal."), "ACCUSE");
    assertEquals("USA", country(criticism.source()));
    assertEquals("Barack Obama", criticism.target().name());
  }

  @Test
  void aThreatAndTheAttackItThreatensAreTwoLinkedEvents() {
    // (the model of 2026-12-07 evening codes the threat but not its content in "North Korea threatened to attack
    // South Korea if the joint military exercises go ahead": a known miss, in the model card)
    List<Event> events = events("Iran threatened to attack Israel.");
    Event threat = only(events, "THREATEN");
    Event attack = only(events, "ASSAULT");
    assertEquals("IRN", country(threat.source()));
    assertEquals("ISR", country(threat.target()));
    assertTrue(attack.modality() == Modality.HYPOTHETICAL || attack.modality() == Modality.INTENDED, attack.toString());
    assertEquals(threat.id(), attack.parentEventId(), "the attack is the content of the threat");
  }

  @Test
  void statementsStayAsTheRulesCodeThem() {
    List<Event> events = events("Russian President Vladimir Putin said on Wednesday that the situation in Afghanistan is not easy.");
    Event said = events.stream().filter(e -> e.cameoRoot().equals("01")).findFirst().orElse(null);
    assertNotNull(said, events.toString());
    assertEquals(org.tidings.pipeline.events.CameoEntry.DROPPED, said.ploverType());
  }

  /**
   * The seed article's must events (shared/examples/seed/EXPECTED.md) that the shipped model codes:
   * the host visit (1), Russia's invitation to the Taliban (4) and Putin's statement (7). Must event
   * 5, the military drills with Tajikistan (CAMEO 06, COOPERATE), is coded ASSAULT by this model: a
   * known miss, reported in EVALUATION.md and the model card, and not asserted here.
   */
  @Tag(SharedCorpus.TAG)
  @Test
  void seedArticleMustEvents() throws IOException {
    String text = Files.readString(SharedCorpus.seed(), StandardCharsets.UTF_8);
    Article a = new Article(Article.idOf(text), null, null, SharedCorpus.SEED_TITLE,
        Published.of(LocalDate.parse(SharedCorpus.SEED_PUBLISHED)), "en", text, List.of(), "test", "test");
    Outcome o = TestPipelines.standard().run(a);
    List<Event> events = assertInstanceOf(Outcome.Coded.class, o, o.toString()).document().get(Layers.EVENTS);
    String all = events.stream().map(Event::toString).collect(Collectors.joining("\n"));

    Event host = events.stream().filter(e -> e.triggerText().equals("hosted")).findFirst().orElse(null);
    assertNotNull(host, all);
    assertEquals("043", host.cameoCode());
    assertEquals("FRAGOV", host.source().code());
    assertEquals("Emomali Rakhmon", host.target().name());
    assertEquals("Paris", host.place().place().name());
    assertEquals(Modality.ASSERTED, host.modality());

    Event invite = events.stream().filter(e -> e.triggerText().equals("invite")).findFirst().orElse(null);
    assertNotNull(invite, all);
    assertEquals("036", invite.cameoCode());
    assertEquals("RUS", country(invite.source()));
    assertEquals("AFG", country(invite.target()));
    assertEquals("Moscow", invite.place().place().name());
    assertEquals(LocalDate.parse("2021-10-20"), invite.date().interval().begin().toLocalDate());
    assertEquals(Modality.INTENDED, invite.modality());
    assertNotNull(invite.parentEventId(), "nested in Kabulov's statement");

    Event statement = events.stream()
        .filter(e -> e.cameoRoot().equals("01") && e.source() != null && e.source().name().equals("Vladimir Putin")
            && "AFG".equals(country(e.target())))
        .findFirst().orElse(null);
    assertNotNull(statement, all);
    assertEquals(Modality.ASSERTED, statement.modality());

    // the joint drills with Tajikistan: military cooperation (the verb "held" beside them is still
    // coded ASSAULT as well, a miss the model card names)
    Event drills = events.stream().filter(e -> e.triggerText().equals("drills")).findFirst().orElse(null);
    assertNotNull(drills, all);
    assertEquals("COOPERATE", drills.ploverType());
    assertEquals("RUS", country(drills.source()));
    assertEquals("TJK", country(drills.target()));
  }

  @Test
  void aModelTrainedWithAnotherEncoderIsRefused() {
    EventModel shipped = EventModel.bundled();
    assertTrue(!shipped.encoder().equals(SentenceEncoder.NONE.name()), "the shipped model reads encoder vectors");
    assertThrows(IllegalArgumentException.class, () -> new LearnedEventCoder(TestPipelines.resources().events(),
        new QuotesLayerLookup(), EventsConfig.DEFAULT, shipped, SentenceEncoder.NONE));
  }
}
