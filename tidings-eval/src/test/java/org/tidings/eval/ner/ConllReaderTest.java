package org.tidings.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidings.eval.PrfCounts;
import org.tidings.model.TextSpan;

class ConllReaderTest {

  private static final List<String> LINES =
      List.of(
          "-DOCSTART- -X- O O",
          "",
          "West NNP I-NP I-MISC",
          "Indian NNP I-NP I-MISC",
          "all-rounder NN I-NP O",
          "Phil NNP I-NP I-PER",
          "Simmons NNP I-NP I-PER",
          "",
          "LONDON NNP I-NP I-LOC",
          "1996-08-30 CD I-NP O",
          "",
          "-DOCSTART- -X- O O",
          "",
          "Germany NNP I-NP I-LOC",
          "France NNP I-NP B-LOC",
          "EU NNP I-NP I-ORG",
          "Bonn NNP I-NP I-LOC");

  private static List<String> lines(ConllDocument d) {
    return d.entities().stream().map(e -> e + " " + e.span().of(d.text())).toList();
  }

  @Test
  void rebuildsTextWithSpacesAndBlankLinesBetweenSentences() {
    List<ConllDocument> docs = ConllReader.parse(LINES, "test");
    assertEquals(2, docs.size());
    assertEquals("West Indian all-rounder Phil Simmons\n\nLONDON 1996-08-30", docs.get(0).text());
    assertEquals(7, docs.get(0).tokens());
    assertEquals("Germany France EU Bonn", docs.get(1).text());
  }

  @Test
  void entitySpansPointAtTheirCharacters() {
    ConllDocument doc = ConllReader.parse(LINES, "test").get(0);
    assertEquals(
        List.of("[0,11) MISC West Indian", "[24,36) PER Phil Simmons", "[38,44) LOC LONDON"),
        lines(doc));
  }

  @Test
  void bTagAndTypeChangeStartNewEntities() {
    ConllDocument doc = ConllReader.parse(LINES, "test").get(1);
    assertEquals(
        List.of("[0,7) LOC Germany", "[8,14) LOC France", "[15,17) ORG EU", "[18,22) LOC Bonn"),
        lines(doc));
  }

  @Test
  void chunksFollowConllevalRules() {
    assertEquals(
        List.of(
            new ConllReader.Chunk(0, 1, "PER"),
            new ConllReader.Chunk(2, 2, "PER"),
            new ConllReader.Chunk(4, 4, "ORG"),
            new ConllReader.Chunk(5, 6, "LOC")),
        ConllReader.chunks(List.of("I-PER", "I-PER", "B-PER", "O", "B-ORG", "I-LOC", "I-LOC")));
  }

  @Test
  void shortLineIsAnErrorNamingTheLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ConllReader.parse(List.of("Bonn"), "f"));
    assertEquals("f:1: expected 'token POS chunk NER', got 'Bonn'", e.getMessage());
  }

  @Test
  void exactSpanAndTypeMatchCounts() {
    Set<EntitySpan> gold =
        Set.of(new EntitySpan(new TextSpan(0, 7), "LOC"), new EntitySpan(new TextSpan(8, 14), "PER"));
    Set<EntitySpan> predicted =
        Set.of(new EntitySpan(new TextSpan(0, 7), "LOC"), new EntitySpan(new TextSpan(8, 14), "ORG"));
    Map<String, PrfCounts> byType = new HashMap<>();
    NerConllScorer.TYPES.forEach(t -> byType.put(t, new PrfCounts()));
    PrfCounts overall = new PrfCounts();
    NerConllScorer.count(gold, predicted, overall, byType);
    assertEquals(0.5, overall.precision());
    assertEquals(0.5, overall.recall());
    assertEquals(1.0, byType.get("LOC").f1());
    assertEquals(0.0, byType.get("PER").recall());
    assertEquals(0.0, byType.get("ORG").precision());
  }
}
