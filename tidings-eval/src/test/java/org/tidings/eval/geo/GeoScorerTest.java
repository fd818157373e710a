package org.tidings.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Place;
import org.tidings.model.PlacePrecision;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.output.DocumentJson;

class GeoScorerTest {
  @Test
  void codePointOffsetsBecomeUtf16() throws Exception {
    // The emoji is one code point and two UTF-16 units: Paris starts at code point 2, unit 3.
    var node = DocumentJson.MAPPER.readTree(
        "{\"id\":\"1\",\"text\":\"\\uD83D\\uDE00 Paris\",\"toponyms\":[{\"start\":2,\"end\":7,\"text\":\"Paris\","
            + "\"lat\":48.85,\"lon\":2.35}]}");
    GeoDocument d = GeoDocument.parse(node, new int[1]);
    assertEquals(new TextSpan(3, 8), d.toponyms().get(0).span());
    assertEquals("Paris", d.toponyms().get(0).text());
  }

  @Test
  void distancesAndAuc() {
    assertEquals(0, GeoCounts.km(10, 10, 10, 10), 1e-9);
    assertEquals(111.2, GeoCounts.km(0, 0, 1, 0), 0.1);
    assertEquals(0, GeoCounts.auc(List.of(0.0, 0.0)), 1e-9);
    assertEquals(1, GeoCounts.auc(List.of(GeoCounts.MAX_ERROR_KM, GeoCounts.MAX_ERROR_KM)), 1e-4);
  }

  @Test
  void matchNeedsOverlapAndEqualTextIgnoringCase() {
    GeoDocument d = new GeoDocument("1", "paris and Rome",
        List.of(new GeoDocument.GoldToponym(new TextSpan(0, 5), "paris", 48.85, 2.35),
            new GeoDocument.GoldToponym(new TextSpan(10, 14), "Rome", 41.9, 12.5)));
    Place paris = new Place(new TextSpan(0, 5), "Paris", 2988507, "Paris", "P", "PPLC", "FRA", "FR.11", 48.85341,
        2.3488, PlacePrecision.CITY, 0.9);
    Place wrong = new Place(new TextSpan(10, 13), "Rom", 1, "Rom", "P", "PPL", "X", null, 0, 0, PlacePrecision.CITY, 1);
    GeoCounts c = new GeoCounts();
    GeoScorer.scoreEndToEnd(d, List.of(paris, wrong), c);
    var m = c.metrics(true);
    assertEquals(0.5, m.get("recognition_precision"), 1e-9);
    assertEquals(0.5, m.get("recognition_recall"), 1e-9);
    assertEquals(1.0, m.get("accuracy_161km"), 1e-9);
  }
}
