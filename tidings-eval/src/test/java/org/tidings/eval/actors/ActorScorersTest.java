package org.tidings.eval.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidings.model.Place;
import org.tidings.model.PlacePrecision;
import org.tidings.model.TextSpan;

/** The comparison rules of the actor scorers, without the pipeline. */
class ActorScorersTest {

  @Test
  void meantimeScoresTheFirstSixLinesOnly() {
    String text = "Title\nDate\none\ntwo\nthree\nfour\nfive, not annotated\nsix";
    int end = MeantimeEntityScorer.annotatedEnd(text);
    assertEquals(text.indexOf("five"), end);
    assertEquals(3, MeantimeEntityScorer.annotatedEnd("a\nb"));
  }

  @Test
  void meantimePairsExactSpansBeforeLenientOnes() {
    // gold: "JSA Research defence analysist Paul Nesbit" [0,42) and "Paul Nesbit" [31,42); predicted: "Paul Nesbit"
    List<TextSpan> gold = List.of(new TextSpan(0, 42), new TextSpan(31, 42));
    Map<Integer, Integer> pairs = MeantimeEntityScorer.pair(gold, List.of(new TextSpan(31, 42)));
    assertEquals(Map.of(1, 0), pairs);
    // lenient: a predicted name inside a longer gold extent still pairs when nothing exact does
    assertEquals(Map.of(0, 0), MeantimeEntityScorer.pair(List.of(new TextSpan(0, 42)), List.of(new TextSpan(31, 42))));
    assertEquals(Map.of(), MeantimeEntityScorer.pair(List.of(new TextSpan(0, 10)), List.of(new TextSpan(5, 15))));
  }

  @Test
  void ploverLegacyCodesReadAsCurrentOnes() {
    assertEquals("JPN", PloverActorScorer.current("JAP"));
    assertEquals("ITA", PloverActorScorer.current("ITL"));
    assertEquals("MED", PloverActorScorer.current("JRN"));
    assertEquals("FRA", PloverActorScorer.current("FRA"));
  }

  @Test
  void ploverPlaceOverlappingTheGoldText() {
    Place algiers = new Place(new TextSpan(10, 17), "Algiers", 2507480, "Algiers", "P", "PPLC", "DZA", null, 36.7, 3.0, PlacePrecision.CITY, 0.9);
    assertEquals(algiers, PloverActorScorer.placeAt(List.of(algiers), new TextSpan(0, 17)));
    assertNull(PloverActorScorer.placeAt(List.of(algiers), new TextSpan(0, 9)));
  }
}
