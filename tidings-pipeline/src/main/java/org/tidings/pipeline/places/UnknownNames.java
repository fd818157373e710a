package org.tidings.pipeline.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import org.tidings.model.FocusLocation;
import org.tidings.model.Place;
import org.tidings.model.PlacePrecision;

/**
 * Where to put a name the gazetteer does not know ("Royal Street", "Colorado State University",
 * "Orange County"), when the caller says it is a place (gold spans, a user's list). Heuristic 9 of
 * {@link PlaceResolver}:
 *
 * <ol>
 *   <li><b>A place name inside it.</b> The longest run of its words that the gazetteer knows, resolved
 *       with the article's context: "Colorado State University" → Colorado, "Dubai World Cup" →
 *       Dubai, "Republic of Armenia" → Armenia. Words that are never a place alone ("County",
 *       "Street", "North", ...) do not count. Confidence is scaled by {@value #INNER_CONFIDENCE}.
 *   <li><b>The article's anchor.</b> Streets, buildings and neighbourhoods of a local story lie in the
 *       city the story is about: the main city of the first-level division most of the article's
 *       places lie in ({@link #atAnchor}), at confidence {@value #FOCUS_CONFIDENCE}.
 *   <li><b>Names inside names count for the anchor.</b> A city found inside another unknown name
 *       ("New Orleans Railways and Light Company") is named by the article as surely as a city
 *       written alone: it counts as one mention when the anchor is chosen. Among cities named
 *       equally often with the same seat rank, the larger is the story's city (a story about the
 *       streets of Louisiana that names Lafayette and New Orleans once each is set in New Orleans).
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
final class UnknownNames {
  static final double INNER_CONFIDENCE = 0.5;
  static final double FOCUS_CONFIDENCE = 0.2;
  static final long LARGE_PLACE = 50_000;

  /** Words that name a kind of place or a direction, never a place on their own (lookup keys). */
  static final Set<String> GENERIC =
      Set.of("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
          "upper", "lower", "greater", "new", "old", "great", "little", "saint", "st", "san", "santa", "mount",
          "city", "county", "state", "province", "district", "region", "street", "road", "avenue", "lane",
          "drive", "boulevard", "square", "park", "river", "lake", "island", "islands", "bay", "valley",
          "university", "college", "school", "hospital", "church", "court", "center", "centre", "hall",
          "house", "airport", "station", "tower", "bridge", "market", "republic", "kingdom", "of", "and",
          "the", "de", "la", "le", "del", "village", "town", "township", "estate", "point", "high",
          "international", "national", "federal", "royal", "united", "union", "american", "bank", "embassy",
          "ministry", "office", "museum", "theatre", "theater", "stadium", "club", "hotel", "inn", "library",
          "academy", "institute", "company", "council", "commission", "prison", "mall", "farm", "farms", "studio",
          "cathedral", "chapel", "temple", "mosque", "castle", "palace", "port", "harbour", "harbor", "beach");

  private UnknownNames() {}

  /** Runs of the name's words, longest first then leftmost, that could name a place on their own. */
  static List<String> innerNames(String name) {
    String[] words = name.trim().split("\\s+");
    List<String> out = new ArrayList<>();
    for (int len = words.length - 1; len >= 1; len--) {
      for (int from = 0; from + len <= words.length; from++) {
        String first = words[from];
        if (first.isEmpty() || !Character.isUpperCase(first.codePointAt(0))) {
          continue;
        }
        String inner = String.join(" ", List.of(words).subList(from, from + len));
        if (inner.endsWith("'s") || inner.endsWith("\u2019s")) {
          inner = inner.substring(0, inner.length() - 2);
        }
        if (!allGeneric(inner)) {
          out.add(inner);
        }
      }
    }
    return out;
  }

  private static boolean allGeneric(String inner) {
    for (String w : PlaceNames.key(inner).split(" ")) {
      if (!w.isEmpty() && !GENERIC.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The article's anchor placed at {@code t}; null when the article names no place. The anchor is
   * the local centre of the story: the first-level division most of its places lie in, and there the
   * city named most often (ties: the higher seat of government, then the larger population, then the
   * first named), else the division itself; without divisions, the focus city, else the focus country.
   *
   * @param known the article's resolved places, with cities found inside unknown names
   * @param population inhabitants of a place by GeoNames id, 0 when unknown
   */
  static Place atAnchor(Toponym t, List<Place> known, FocusLocation focus, LongUnaryOperator population) {
    Place at = anchor(known, population);
    if (at == null) {
      at = focus.city() != null ? focus.city() : focus.country();
    }
    if (at == null) {
      return null;
    }
    return new Place(t.span(), t.text(), at.geonameId(), at.name(), at.featureClass(), at.featureCode(),
        at.country(), at.admin1(), at.lat(), at.lon(), at.precision(), FOCUS_CONFIDENCE);
  }

  private static Place anchor(List<Place> known, LongUnaryOperator population) {
    Map<String, Integer> perDivision = new LinkedHashMap<>();
    Set<String> counted = new HashSet<>();
    for (Place p : known) {
      boolean local = p.precision() != PlacePrecision.COUNTRY && p.precision() != PlacePrecision.REGION;
      if (local && p.admin1() != null && counted.add(p.name() + "|" + p.admin1())) {
        perDivision.merge(p.admin1(), 1, Integer::sum);
      }
    }
    String division = null;
    for (var e : perDivision.entrySet()) {
      if (division == null || e.getValue() > perDivision.get(division)) {
        division = e.getKey();
      }
    }
    if (division == null) {
      return null;
    }
    Map<Long, Integer> mentions = new HashMap<>();
    Place best = null;
    Place divisionPlace = null;
    for (Place p : known) {
      if (!division.equals(p.admin1())) {
        continue;
      }
      if (p.precision() == PlacePrecision.ADMIN1 && divisionPlace == null) {
        divisionPlace = p;
      }
      if (p.precision() == PlacePrecision.CITY) {
        int n = mentions.merge(p.geonameId(), 1, Integer::sum);
        int bestN = best == null ? 0 : mentions.get(best.geonameId());
        boolean tie = best != null && n == bestN && seatRank(p) == seatRank(best);
        if (best == null || n > bestN || (n == bestN && seatRank(p) > seatRank(best))
            || (tie && population.applyAsLong(p.geonameId()) > population.applyAsLong(best.geonameId()))) {
          best = p;
        }
      }
    }
    return best != null ? best : divisionPlace;
  }

  private static int seatRank(Place p) {
    switch (p.featureCode()) {
      case "PPLC": return 4;
      case "PPLA": return 3;
      case "PPLA2": return 2;
      case "PPLX": return 0;
      default: return 1;
    }
  }

  /**
   * Whether a name found inside an unknown name may stand for it: a country, region or first-level
   * division; a place in a division other names of the article point to; or a large place (at least
   * {@value #LARGE_PLACE} people) in a country they point to. A small namesake elsewhere ("Hatch",
   * New Mexico, for "Brands Hatch") is not, nor is a continent: the "Mall of Asia" is one building.
   */
  static boolean plausibleInner(GazetteerEntry e, Map<String, Double> countries,
      Map<String, Double> admin1s) {
    if (e.featureCode().equals("CONT")) {
      return false;
    }
    if (e.precision() != PlacePrecision.CITY && e.precision() != PlacePrecision.POINT) {
      return true;
    }
    String a1 = e.admin1Key();
    if (a1 != null && admin1s.getOrDefault(a1, 0.0) > 0) {
      return true;
    }
    return e.population() >= LARGE_PLACE && countries.getOrDefault(e.iso3(), 0.0) > 0;
  }
}
