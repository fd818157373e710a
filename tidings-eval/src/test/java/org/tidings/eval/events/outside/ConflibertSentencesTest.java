package org.tidings.eval.events.outside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the ConfliBERT CAMEO TSV and the class figures, on hand-made lines. */
class ConflibertSentencesTest {

  @Test
  void readsSentenceTabLabel() {
    List<ConflibertSentences.Sentence> s = ConflibertSentences.parse(List.of(
        "Rebels attacked a convoy near Goma.\t4",
        "",
        "Ministers met in Geneva.\t1"), "test.tsv");
    assertEquals(List.of(
        new ConflibertSentences.Sentence(1, "Rebels attacked a convoy near Goma.", 4),
        new ConflibertSentences.Sentence(3, "Ministers met in Geneva.", 1)), s);
  }

  @Test
  void rejectsALineWithoutAClassNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConflibertSentences.parse(List.of("A sentence.\t1", "No label here"), "test.tsv"));
    assertTrue(e.getMessage().startsWith("test.tsv:2:"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ConflibertSentences.parse(List.of("Text\t7"), "t"));
  }

  @Test
  void macroF1IsOverThePloverClassesPresentAndAccuracyOverAll() {
    ClassCounts c = new ClassCounts();
    c.add(4, 4); // attack coded ASSAULT
    c.add(4, 0); // attack missed
    c.add(1, 1); // meeting coded CONSULT
    c.add(0, 0); // statement, nothing coded
    c.add(0, 3); // statement coded ACCUSE: counts against class 3, which has no gold
    assertEquals(2.0 / 3, c.f1(4), 1e-9);
    assertEquals(1.0, c.f1(1), 1e-9);
    assertEquals((2.0 / 3 + 1.0) / 2, c.macroF1(1), 1e-9); // classes 1 and 4 have gold
    assertEquals(3.0 / 5, c.accuracy(), 1e-9);
    assertEquals(3.0 / 5, c.coverage(), 1e-9);
  }
}
