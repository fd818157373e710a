package org.tidings.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tidings.model.Outcome;
import org.tidings.pipeline.extract.InputDefaults;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;

/**
 * Hostile little inputs in {@code src/test/resources/fuzz/}, each run through the real pipeline:
 * every one ends in an outcome, and every span of a coded one lies inside its text. When an input
 * ever breaks the pipeline, add it to the folder and to {@link #FIXTURES}.
 */
class FuzzFixturesTest {

  /** The folder's contents; {@link #theFolderHoldsExactlyTheListedFixtures} keeps the two in step. */
  static final List<String> FIXTURES =
      List.of(
          "combining-marks.txt",
          "control-chars.txt",
          "emoji.txt",
          "long-token.txt",
          "many-short-tokens.txt",
          "markup.txt",
          "no-sentence-end.txt",
          "only-punctuation.txt",
          "rtl-text.txt",
          "unbalanced-quotes.txt");

  private static final InputReader READER =
      new InputReader(
          new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS), new InputDefaults("Fuzz", "2021-10-13", null, null));

  static Path folder() throws URISyntaxException {
    var url = FuzzFixturesTest.class.getResource("/fuzz");
    assertNotNull(url, "fuzz folder missing from test resources");
    return Path.of(url.toURI());
  }

  static Stream<String> fixtures() {
    return FIXTURES.stream();
  }

  @Test
  void theFolderHoldsExactlyTheListedFixtures() throws Exception {
    try (Stream<Path> files = Files.list(folder())) {
      List<String> inFolder = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(FIXTURES, inFolder, "update FuzzFixturesTest.FIXTURES when adding or removing a fixture");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void givesAnOutcomeWithSpansInsideTheText(String name) throws IOException, URISyntaxException {
    InputItem item = READER.readText(folder().resolve(name));
    Outcome outcome;
    if (item instanceof InputItem.Read read) {
      outcome = TestPipelines.standard().run(read.article());
    } else {
      InputItem.Rejected r = (InputItem.Rejected) item;
      outcome = new Outcome.Skipped(r.origin(), "input", r.reason(), null);
    }
    assertNotNull(outcome);
    System.out.println("[fuzz] " + name + " -> " + describe(outcome));
    if (outcome instanceof Outcome.Coded coded) {
      SpanChecks.assertAllInsideText(coded.document());
      for (var sentence : coded.document().sentences()) {
        assertTrue(sentence.tokens().end() <= coded.document().tokens().size(), "sentence tokens exist");
      }
      for (var token : coded.document().tokens()) {
        assertEquals(token.span().of(coded.document().article().text()), token.text(), "token text is its span");
      }
    } else {
      String reason = outcome instanceof Outcome.Skipped s ? s.reason() : ((Outcome.Failed) outcome).reason();
      assertFalse(reason.isBlank(), "a skipped or failed outcome says why");
    }
  }

  @Test
  void everyFixtureIsCodedNotFailed() throws Exception {
    // Today none of these should stop the pipeline; a Failed here is a bug to look at, not a crash.
    for (String name : FIXTURES) {
      InputItem item = READER.readText(folder().resolve(name));
      if (item instanceof InputItem.Read read) {
        Outcome outcome = TestPipelines.standard().run(read.article());
        assertTrue(outcome instanceof Outcome.Coded, name + " -> " + describe(outcome));
      }
    }
  }

  private static String describe(Outcome outcome) {
    if (outcome instanceof Outcome.Coded c) {
      return "coded: " + c.document().tokens().size() + " tokens, " + c.document().mentions().size()
          + " mentions, " + c.document().times().size() + " times";
    }
    if (outcome instanceof Outcome.Skipped s) {
      return "skipped at " + s.stage() + ": " + s.reason();
    }
    Outcome.Failed f = (Outcome.Failed) outcome;
    return "failed at " + f.stage() + ": " + f.reason();
  }
}
