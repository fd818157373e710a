package org.tidings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private final Article article = ArticleTest.article("Paris.", List.of());

  @Test
  void withAddsALayerAndLeavesTheOriginalUntouched() {
    Document empty = Document.of(article);
    List<Mention> mentions = List.of();
    Document annotated = empty.with(Layers.MENTIONS, mentions);
    assertFalse(empty.has(Layers.MENTIONS));
    assertTrue(annotated.has(Layers.MENTIONS));
    assertSame(mentions, annotated.mentions());
    assertSame(article, annotated.article());
  }

  @Test
  void withRefusesToOverwriteALayer() {
    Document doc = Document.of(article).with(Layers.TIMEX, List.of());
    var e = assertThrows(IllegalStateException.class, () -> doc.with(Layers.TIMEX, List.of()));
    assertEquals("layer 'timex' is already set", e.getMessage());
  }

  @Test
  void aLayerKeyWithTheSameNameIsTheSameLayer() {
    Layer<List<Token>> alias = Layer.named("tokens");
    assertEquals(Layers.TOKENS, alias);
    assertEquals(Layers.TOKENS.hashCode(), alias.hashCode());
    Document doc = Document.of(article).with(Layers.TOKENS, List.of());
    assertTrue(doc.has(alias));
    assertThrows(IllegalStateException.class, () -> doc.with(alias, List.of()));
  }

  @Test
  void layerNamesKeepTheOrderStagesAddedThem() {
    Document doc =
        Document.of(article)
            .with(Layers.TOKENS, List.of())
            .with(Layers.SENTENCES, List.of())
            .with(Layers.MENTIONS, List.of())
            .with(Layers.TIMEX, List.of())
            .with(Layers.TIMES, List.of());
    assertEquals(List.of("tokens", "sentences", "mentions", "timex", "times"), doc.layerNames());
  }

  @Test
  void getOfAMissingLayerNamesIt() {
    var e = assertThrows(IllegalStateException.class, () -> Document.of(article).times());
    assertEquals("layer 'times' was not produced", e.getMessage());
  }

  @Test
  void nullLayerValuesAreRefused() {
    assertThrows(NullPointerException.class, () -> Document.of(article).with(Layers.TOKENS, null));
  }
}
