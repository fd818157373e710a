package org.tidings.pipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

  @Test
  void bundledLexiconHasSpeechBeliefAndPhraseCues() {
    CueLexicon lexicon = CueLexicon.bundled();
    assertEquals("cues-3", lexicon.version());
    assertEquals(CueLexicon.Kind.SPEECH, lexicon.verb("say").kind());
    assertTrue(lexicon.verb("vow").takes(CueLexicon.Content.TO));
    assertEquals(CueLexicon.Kind.BELIEF, lexicon.verb("believe").kind());
    assertEquals(CueLexicon.Kind.BELIEF, lexicon.verb("assail").kind()); // derived from PolNeAR train
    assertNull(lexicon.verb("feel")); // dropped: below the bar on PolNeAR train
    assertEquals(CueLexicon.Pos.PHRASE, lexicon.phrase("according to").pos());
    assertEquals(CueLexicon.Pos.NOUN, lexicon.noun("concern").pos());
    assertNull(lexicon.verb("eat"));
  }

  @Test
  void malformedOrRepeatedLinesAreRejectedWithTheirNumber() {
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> CueLexicon.read(new BufferedReader(new StringReader("say\tverb\tspeech\n"))));
    assertTrue(bad.getMessage().contains("line 1"), bad.getMessage());
    IllegalArgumentException unknownKind = assertThrows(IllegalArgumentException.class,
        () -> CueLexicon.read(new BufferedReader(new StringReader("say\tverb\tgossip\tclause\n"))));
    assertTrue(unknownKind.getMessage().contains("line 1"), unknownKind.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CueLexicon.read(new BufferedReader(new StringReader("say\tverb\tspeech\tclause\nsay\tverb\tspeech\tclause\n"))));
  }
}
