package org.tidings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSpanTest {

  @Test
  void rejectsNegativeBeginAndEndBeforeBegin() {
    var negative = assertThrows(IllegalArgumentException.class, () -> new TextSpan(-1, 3));
    assertEquals("bad span [-1,3)", negative.getMessage());
    var backwards = assertThrows(IllegalArgumentException.class, () -> new TextSpan(5, 4));
    assertEquals("bad span [5,4)", backwards.getMessage());
  }

  @Test
  void emptySpanIsAllowed() {
    TextSpan empty = new TextSpan(7, 7);
    assertTrue(empty.isEmpty());
    assertEquals(0, empty.length());
    assertEquals("", empty.of("0123456789"));
  }

  @Test
  void overlapsNeedsASharedCharacter() {
    TextSpan paris = new TextSpan(10, 15);
    assertTrue(paris.overlaps(new TextSpan(14, 20)));
    assertTrue(paris.overlaps(new TextSpan(0, 11)));
    assertTrue(paris.overlaps(new TextSpan(12, 13)));
    assertFalse(paris.overlaps(new TextSpan(15, 20)), "touching at the end is not overlapping");
    assertFalse(paris.overlaps(new TextSpan(5, 10)), "touching at the begin is not overlapping");
    assertFalse(paris.overlaps(new TextSpan(12, 12)), "an empty span holds no character");
  }

  @Test
  void containsIncludesEqualAndNestedSpans() {
    TextSpan sentence = new TextSpan(100, 200);
    assertTrue(sentence.contains(new TextSpan(100, 200)));
    assertTrue(sentence.contains(new TextSpan(150, 160)));
    assertTrue(sentence.contains(new TextSpan(200, 200)));
    assertFalse(sentence.contains(new TextSpan(99, 150)));
    assertFalse(sentence.contains(new TextSpan(150, 201)));
  }

  @Test
  void ofReturnsTheCoveredCharactersAndRefusesSpansOutsideTheText() {
    String text = "Putin met Macron in Paris.";
    assertEquals("Paris", new TextSpan(20, 25).of(text));
    var e = assertThrows(IndexOutOfBoundsException.class, () -> new TextSpan(20, 27).of(text));
    assertEquals("[20,27) outside text of length 26", e.getMessage());
  }

  @Test
  void countsUtf16CodeUnits() {
    String text = "Flag 🇫🇷 Paris"; // each regional indicator is a surrogate pair
    assertEquals(4, new TextSpan(5, 9).length());
    assertEquals("🇫🇷", new TextSpan(5, 9).of(text));
    assertEquals("Paris", new TextSpan(10, 15).of(text));
  }

  @Test
  void shiftMovesBothEnds() {
    assertEquals(new TextSpan(12, 17), new TextSpan(2, 7).shift(10));
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(2, 7).shift(-3));
  }

  @Test
  void ordersByBeginThenEndAndPrintsHalfOpen() {
    List<TextSpan> spans = new ArrayList<>(List.of(new TextSpan(5, 9), new TextSpan(0, 4), new TextSpan(5, 6)));
    Collections.sort(spans);
    assertEquals(List.of(new TextSpan(0, 4), new TextSpan(5, 6), new TextSpan(5, 9)), spans);
    assertEquals("[1185,1190)", new TextSpan(1185, 1190).toString());
  }
}
