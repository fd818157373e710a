package org.tidings.pipeline.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PennTagTest {

  @ParameterizedTest
  @CsvSource({
    "VB, verb", "VBD, verb", "VBG, verb", "VBN, verb", "VBP, verb", "VBZ, verb",
    "NN, noun", "NNS, noun", "NNP, name", "NNPS, name",
    "JJ, adjective", "JJR, adjective", "JJS, adjective",
    "PRP, pronoun", "PRP$, pronoun",
    "MD, none", "IN, none", "CD, none", "RB, none", "WP$, none", "-LRB-, none"
  })
  void wordClassesAreThoseOfTheTagSet(String label, String cls) {
    PennTag t = PennTag.of(label);
    assertEquals(label, t.label());
    assertEquals(cls.equals("verb"), t.isVerb(), label);
    assertEquals(cls.equals("noun") || cls.equals("name"), t.isNoun(), label);
    assertEquals(cls.equals("name"), t.isProperNoun(), label);
    assertEquals(cls.equals("adjective"), t.isAdjective(), label);
    assertEquals(cls.equals("pronoun"), t.isPronoun(), label);
  }

  @Test
  void unknownAndMissingTagsBelongToNoClass() {
    for (String label : new String[] {"VBX", "nn", "", null, "ADD"}) {
      PennTag t = PennTag.of(label);
      assertEquals(PennTag.OTHER, t, label);
      assertFalse(t.isVerb() || t.isNoun() || t.isAdjective() || t.isPronoun(), label);
    }
  }

  @Test
  void everyLabelReadsBackAsItsTag() {
    assertTrue(Arrays.stream(PennTag.values()).filter(t -> t != PennTag.OTHER).allMatch(t -> PennTag.of(t.label()) == t));
  }
}
