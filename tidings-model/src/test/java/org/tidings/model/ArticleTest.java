package org.tidings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void theBuilderFillsWhatACallerDoesNotKnow() {
    Article plain = Article.builder("Rain fell.", "a.txt").build();
    assertEquals(new Article(Article.idOf("Rain fell."), null, null, null, null, "en", "Rain fell.", List.of(), "a.txt", null),
        plain);
    Segment title = new Segment(new TextSpan(0, 4), SegmentKind.TITLE, "same as the title");
    Article full = Article.builder("Rain fell.", "feed#3").url("https://x/1").source("X").title("Rain")
        .published(Published.of(java.time.LocalDate.of(2021, 10, 13))).language("de").segments(List.of(title)).externalId("n1").build();
    assertEquals(new Article(Article.idOf("Rain fell."), "https://x/1", "X", "Rain", Published.of(java.time.LocalDate.of(2021, 10, 13)), "de",
        "Rain fell.", List.of(title), "feed#3", "n1"), full);
    assertThrows(NullPointerException.class, () -> Article.builder(null, "a.txt"));
  }

  @Test
  void idIsTheFirst16BytesOfSha256InHex() {
    // SHA-256("") = e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
    assertEquals("e3b0c44298fc1c149afbf4c8996fb924", Article.idOf(""));
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    assertEquals("ba7816bf8f01cfea414140de5dae2223", Article.idOf("abc"));
  }

  @Test
  void idIsStableAndDependsOnlyOnTheText() {
    String text = "Putin said Wednesday that militants are entering Afghanistan.";
    assertEquals(Article.idOf(text), Article.idOf(new String(text.toCharArray())));
    assertNotEquals(Article.idOf(text), Article.idOf(text + " "));
    assertEquals(32, Article.idOf("Café Zürich 🇫🇷").length());
  }

  @Test
  void segmentsAreCopiedSoTheArticleStaysImmutable() {
    List<Segment> segments = new ArrayList<>(List.of(new Segment(new TextSpan(0, 4), SegmentKind.BODY, "")));
    Article a = article("Body", segments);
    segments.add(new Segment(new TextSpan(0, 1), SegmentKind.RESIDUE, "x"));
    assertEquals(1, a.segments().size());
    assertThrows(UnsupportedOperationException.class, () -> a.segments().clear());
  }

  @Test
  void kindAtAndIsContentFollowTheSegments() {
    String text = "Title\n2 min read\nBody text.";
    Article a =
        article(
            text,
            List.of(
                new Segment(new TextSpan(0, 5), SegmentKind.TITLE, "same as the title"),
                new Segment(new TextSpan(6, 16), SegmentKind.RESIDUE, "reading-time note"),
                new Segment(new TextSpan(17, 27), SegmentKind.BODY, "")));
    assertEquals(SegmentKind.TITLE, a.kindAt(0));
    assertEquals(SegmentKind.RESIDUE, a.kindAt(6));
    assertEquals(SegmentKind.BODY, a.kindAt(5), "a newline between segments counts as body");
    assertTrue(a.isContent(new TextSpan(0, 5)));
    assertTrue(a.isContent(new TextSpan(17, 21)));
    assertFalse(a.isContent(new TextSpan(4, 8)), "a span touching residue is not content");
  }

  @Test
  void requiredFieldsAreChecked() {
    assertThrows(
        NullPointerException.class,
        () -> new Article(null, null, null, null, null, "en", "t", List.of(), "o", null));
    assertThrows(
        NullPointerException.class,
        () -> new Article("id", null, null, null, null, "en", null, List.of(), "o", null));
  }

  static Article article(String text, List<Segment> segments) {
    return new Article(Article.idOf(text), null, null, null, null, "en", text, segments, "test", null);
  }
}
