package org.tidings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void codedTakesItsOriginFromTheArticleAndCopiesWarnings() {
    Article a =
        new Article(Article.idOf("x"), null, null, null, null, "en", "x", List.of(), "in/a.txt", null);
    List<String> warnings = new ArrayList<>(List.of("no publication date"));
    Outcome.Coded coded = new Outcome.Coded(Document.of(a), warnings);
    warnings.clear();
    assertEquals("in/a.txt", coded.origin());
    assertEquals(List.of("no publication date"), coded.warnings());
  }

  @Test
  void skippedAndFailedNeedOriginStageAndReason() {
    assertThrows(NullPointerException.class, () -> new Outcome.Skipped("o", "input", null, null));
    assertThrows(NullPointerException.class, () -> new Outcome.Failed("o", null, "r", null));
    assertEquals("in/b.txt", new Outcome.Failed("in/b.txt", "input", "malformed JSON", null).origin());
  }

  @Test
  void tokenRangeValidatesLikeTextSpan() {
    assertThrows(IllegalArgumentException.class, () -> new TokenRange(3, 2));
    TokenRange r = new TokenRange(2, 5);
    assertEquals(3, r.size());
    assertEquals(true, r.contains(4));
    assertEquals(false, r.contains(5));
  }
}
