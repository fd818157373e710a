package org.tidings.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.tidings.model.EventPlace;
import org.tidings.model.Layers;
import org.tidings.model.Modality;
import org.tidings.model.Outcome;
import org.tidings.model.Published;
import org.tidings.model.SegmentKind;
import org.tidings.model.Sentence;
import org.tidings.pipeline.SharedCorpus;
import org.tidings.pipeline.TestPipelines;
import org.tidings.pipeline.output.AnnotationLines;
import org.tidings.pipeline.places.PlaceResources;

/**
 * The rule event coder on the seed article and on hard inputs, through the real standard pipeline
 * with the rules chosen ({@link TestPipelines#rules()}); the rules' events are the learned coder's
 * features.
 */
class EventCoderTest {

  static Document run(String text, String title) {
    Article a = new Article(Article.idOf(text), null, null, title, Published.of(LocalDate.parse("2021-10-13")),
        "en", text, List.of(), "test", "test");
    Outcome o = TestPipelines.rules().run(a);
    return assertInstanceOf(Outcome.Coded.class, o, o.toString()).document();
  }

  /** The events of {@code d} whose trigger is the word {@code trigger}. */
  /**
   * The events stage run again, with {@code config}, on the pipeline's document before its events
   * (e.g. {@link EventsConfig#UNFILTERED}: every event the rules code, before the confidence filter).
   */
  static List<Event> recode(Document d, EventsConfig config) {
    Document before = Document.of(d.article()).with(Layers.TOKENS, d.tokens()).with(Layers.SENTENCES, d.sentences())
        .with(Layers.TIMES, d.times()).with(Layers.ACTORS, d.get(Layers.ACTORS)).with(Layers.PLACES, d.get(Layers.PLACES))
        .with(Layers.QUOTES, d.get(Layers.QUOTES));
    return new EventCoder(resources(), new QuotesLayerLookup(), config).process(before).get(Layers.EVENTS);
  }

  private static final class Resources {
    static final EventResources EVENTS = new EventResources(PlaceResources.builtIn());
  }

  /** One events registry (WordNet loads in seconds) for the tests that run the stage by hand. */
  static EventResources resources() {
    return Resources.EVENTS;
  }

  static List<Event> withTrigger(Document d, String trigger) {
    return d.get(Layers.EVENTS).stream().filter(e -> e.triggerText().equals(trigger)).toList();
  }

  static String lines(Document d) {
    return AnnotationLines.of(d).stream().filter(l -> l.contains(" EVENT ")).collect(Collectors.joining("\n"));
  }

  private static Event find(List<Event> events, String root, String sourceName, String trigger) {
    return events.stream()
        .filter(e -> e.cameoRoot().equals(root) && e.source() != null && e.source().name().contains(sourceName)
            && e.triggerText().equals(trigger))
        .findFirst().orElse(null);
  }

  @Tag(SharedCorpus.TAG)
  @Test
  void seedArticleMustEvents() throws IOException {
    String text = Files.readString(SharedCorpus.seed(), StandardCharsets.UTF_8);
    assertSeedMustEvents(run(text, SharedCorpus.SEED_TITLE), text);
  }

  /** The seed's must events (shared/examples/seed/EXPECTED.md) in a coded seed document. */
  static void assertSeedMustEvents(Document d, String text) {
    List<Event> events = d.get(Layers.EVENTS);
    String all = lines(d);

    Event host = find(events, "04", "Macron", "hosted");
    assertNotNull(host, all);
    assertEquals("043", host.cameoCode());
    assertEquals("FRAGOV", host.source().code());
    assertEquals("Emomali Rakhmon", host.target().name());
    assertEquals("Paris", host.place().place().name());
    assertEquals(EventPlace.Source.SENTENCE, host.place().source());
    assertEquals(LocalDate.parse("2021-10-13"), host.date().interval().begin().toLocalDate());
    assertEquals(Modality.ASSERTED, host.modality());

    Event invite = find(events, "03", "Russia", "invite");
    assertNotNull(invite, all);
    assertEquals("036", invite.cameoCode());
    assertTrue(invite.target().code().startsWith("AFG"), invite.target().code());
    assertEquals("Moscow", invite.place().place().name());
    assertEquals(LocalDate.parse("2021-10-20"), invite.date().interval().begin().toLocalDate());
    assertEquals(Modality.INTENDED, invite.modality());
    assertNotNull(invite.parentEventId(), "nested in Kabulov's statement");
    assertNotNull(invite.reportedBy());

    Event drills = find(events, "06", "Russia", "held");
    assertNotNull(drills, all);
    assertEquals("TJK", drills.target().code());
    assertEquals("Tajikistan", drills.place().place().name());
    assertEquals(Modality.ASSERTED, drills.modality());

    Event statement = events.stream()
        .filter(e -> e.cameoRoot().equals("01") && e.source().name().equals("Vladimir Putin")
            && e.target() != null && e.target().code().equals("AFG"))
        .findFirst().orElse(null);
    assertNotNull(statement, all);
    assertEquals(Modality.ASSERTED, statement.modality());
    assertEquals(LocalDate.parse("2021-10-13"), statement.date().interval().begin().toLocalDate());

    for (Event e : events) {
      assertTrue(e.confidence() > 0 && !e.coderVersion().isEmpty(), e.toString());
      assertEquals(SegmentKind.BODY, d.article().kindAt(e.trigger().begin()), "nothing from residue, captions or the title: " + e);
      String sentence = e.sentence().of(text);
      if (sentence.contains("destabilise")) {
        assertTrue(e.cameoRoot().compareTo("18") < 0 || e.modality() == Modality.HYPOTHETICAL, e.toString());
        if (e.triggerText().equals("destabilise")) {
          assertEquals(Modality.HYPOTHETICAL, e.modality());
        }
      }
    }
  }

  @Test
  void modalityFromTheParse() {
    Document d = run("Officials said Iran will attack Israel. Egypt did not criticize Jordan. "
        + "Syria may attack Turkey. Russia condemned Ukraine.", null);
    String all = lines(d);
    List<Event> events = d.get(Layers.EVENTS);
    Event threat = events.stream().filter(e -> e.triggerText().equals("attack") && e.source().code().startsWith("IRN")).findFirst().orElse(null);
    assertNotNull(threat, all);
    assertEquals(Modality.INTENDED, threat.modality());
    assertEquals("13", threat.cameoRoot(), "an intended attack is a threat: " + all);
    Event negated = events.stream().filter(e -> e.triggerText().equals("criticize")).findFirst().orElse(null);
    assertNotNull(negated, all);
    assertEquals(Modality.NEGATED, negated.modality());
    Event may = events.stream().filter(e -> e.source() != null && e.source().code().startsWith("SYR")).findFirst().orElse(null);
    assertNotNull(may, all);
    assertEquals(Modality.HYPOTHETICAL, may.modality());
    Event condemn = events.stream().filter(e -> e.triggerText().equals("condemned")).findFirst().orElse(null);
    assertNotNull(condemn, all);
    assertEquals("11", condemn.cameoRoot());
    assertEquals(Modality.ASSERTED, condemn.modality());
    assertEquals("UKR", condemn.target().code());
  }

  @Test
  void wordNetSynonymCodesAnUnlistedVerb() {
    Document d = run("France lambasted Germany on Monday.", null);
    List<Event> events = d.get(Layers.EVENTS);
    assertFalse(events.isEmpty(), "'lambaste' is not in the lexicon; WordNet relates it to a listed verb");
    List<Event> listed = run("France criticized Germany on Monday.", null).get(Layers.EVENTS);
    assertFalse(listed.isEmpty());
    assertTrue(events.get(0).confidence() < listed.get(0).confidence(), "a WordNet match is less sure");
  }

  @Test
  void longSentenceAndTenActorsCodeCleanly() {
    String[] countries = {"France", "Germany", "Italy", "Spain", "Poland", "Austria", "Greece", "Sweden", "Norway", "Finland"};
    String ten = String.join(", ", List.of(countries).subList(0, 9)) + " and " + countries[9] + " condemned Russia on Monday.";
    StringBuilder longOne = new StringBuilder("Russia attacked Ukraine");
    while (longOne.length() < 1500) {
      longOne.append(", and the ministers of the countries that met in the old town discussed the matter at length");
    }
    longOne.append(".");
    Document d = run(ten + " " + longOne, null);
    List<Event> events = d.get(Layers.EVENTS);
    assertTrue(events.stream().anyMatch(e -> e.cameoRoot().equals("11") && e.target() != null
        && e.target().code().equals("RUS")), lines(d));
    assertTrue(events.stream().anyMatch(e -> e.cameoRoot().equals("18") && e.source().code().equals("RUS")), lines(d));
  }

  @Test
  void sentencesWithoutAParseCodeNothing() {
    Document parsed = run("Russia attacked Ukraine on Monday.", null);
    List<Sentence> unparsed = parsed.sentences().stream()
        .map(s -> new Sentence(s.index(), s.span(), s.tokens(), List.of(), s.segment())).toList();
    Document doc = Document.of(parsed.article()).with(Layers.TOKENS, parsed.tokens())
        .with(Layers.SENTENCES, unparsed).with(Layers.TIMES, parsed.times())
        .with(Layers.ACTORS, parsed.get(Layers.ACTORS)).with(Layers.PLACES, parsed.get(Layers.PLACES));
    EventCoder coder = new EventCoder(new EventResources(PlaceResources.builtIn()));
    assertTrue(coder.process(doc).get(Layers.EVENTS).isEmpty());
    assertFalse(parsed.get(Layers.EVENTS).isEmpty(), lines(parsed));
  }
}
