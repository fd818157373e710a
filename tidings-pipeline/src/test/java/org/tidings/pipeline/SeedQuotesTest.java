package org.tidings.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tidings.model.Actor;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Quote;

/** Quotes 2-8 and the three reported statements of {@code examples/seed/EXPECTED.md}. */
@Tag(SharedCorpus.TAG)
class SeedQuotesTest {

  private static Document doc() {
    return SeedTest.coded().document();
  }

  private static Quote quote(String text) {
    return doc().get(Layers.QUOTES).stream().filter(q -> q.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote '" + text + "' in " + doc().get(Layers.QUOTES)));
  }

  private static Quote reportedStartingWith(String prefix) {
    return doc().get(Layers.QUOTES).stream()
        .filter(q -> q.kind() == Quote.Kind.REPORTED && q.text().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no reported '" + prefix + "...' in " + doc().get(Layers.QUOTES)));
  }

  private static Actor actor(Quote q) {
    assertNotNull(q.speakerActorId(), () -> "no speaker actor for " + q);
    return doc().get(Layers.ACTORS).stream().filter(a -> a.id().equals(q.speakerActorId())).findFirst().orElseThrow();
  }

  private static void saidBy(String text, Quote.Kind kind, String speaker) {
    Quote q = quote(text);
    assertEquals(kind, q.kind(), text);
    assertEquals(speaker, actor(q).name(), text);
    assertEquals(text, q.span().of(doc().article().text()));
  }

  @Test
  void quote2PartialActivelyIsPutins() {
    saidBy("actively", Quote.Kind.PARTIAL, "Vladimir Putin");
  }

  @Test
  void quotes3And4DirectArePutins() {
    saidBy("The situation in Afghanistan is not easy,", Quote.Kind.DIRECT, "Vladimir Putin");
    saidBy("Militants from Iraq, Syria with experience in military operations are actively being drawn there,",
        Quote.Kind.DIRECT, "Vladimir Putin");
  }

  @Test
  void quote5IsPutinsThroughHeAdded() {
    Quote q = quote("It is possible that terrorists may try to destabilise the situation in neighbouring states,");
    assertEquals("Vladimir Putin", actor(q).name());
    assertEquals("added", q.cueText());
    assertEquals("he", q.speaker().of(doc().article().text()));
  }

  @Test
  void quote6DirectExpansionIsPutinsThroughWarning() {
    saidBy("direct expansion", Quote.Kind.PARTIAL, "Vladimir Putin");
    assertEquals("warning", quote("direct expansion").cueText());
  }

  @Test
  void quotes7And8AreYatimovsNotRakhmons() {
    for (String text : List.of("intensification", "smuggle drugs, weapons, ammunition")) {
      saidBy(text, Quote.Kind.PARTIAL, "Saimumin Yatimov");
      assertNotEquals("Emomali Rakhmon", actor(quote(text)).name());
      assertEquals("told", quote(text).cueText());
    }
  }

  @Test
  void threeReportedStatements() {
    Quote putin = reportedStartingWith("that battle-hardened militants from Iraq and Syria are");
    assertEquals("Vladimir Putin", actor(putin).name());
    Quote taliban = reportedStartingWith("it does not pose a threat to Central Asian countries");
    assertEquals("Taliban", actor(taliban).name());
    Quote kabulov = reportedStartingWith("Russia will invite the Taliban to Moscow");
    assertEquals("Zamir Kabulov", actor(kabulov).name());
    assertEquals("said", kabulov.cueText());
  }

  @Test
  void quotesCarryTheArticleDateOrTheCuesTime() {
    Quote q = quote("The situation in Afghanistan is not easy,");
    assertEquals("2021-10-13T00:00", q.date().begin().toString());
    assertTrue(q.confidence() > 0.5);
  }

  @Test
  void noQuoteComesFromResidueOrCaption() {
    for (Quote q : doc().get(Layers.QUOTES)) {
      assertTrue(doc().article().isContent(q.span()), q.toString());
    }
  }
}
