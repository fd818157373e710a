package org.tidings.pipeline.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *   <li><b>The article's focus.</b> Streets, buildings and neighbourhoods of a local story lie in the
 *       city the story is about: the focus city, else the focus country, at confidence
 *       {@value #FOCUS_CONFIDENCE}.
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
          "international", "national", "federal", "royal", "united", "union", "american");

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

  /** The focus city, else the focus country, placed at {@code t}; null when the article has no focus. */
  static Place atFocus(Toponym t, FocusLocation focus) {
    Place at = focus.city() != null ? focus.city() : focus.country();
    if (at == null) {
      return null;
    }
    return new Place(t.span(), t.text(), at.geonameId(), at.name(), at.featureClass(), at.featureCode(),
        at.country(), at.admin1(), at.lat(), at.lon(), at.precision(), FOCUS_CONFIDENCE);
  }

  /**
   * Whether a name found inside an unknown name may stand for it: a country, region or first-level
   * division; a place in a division other names of the article point to; or a large place (at least
   * {@value #LARGE_PLACE} people) in a country they point to. A small namesake elsewhere ("Hatch",
   * Utah, for "Brands Hatch") is not.
   */
  static boolean plausibleInner(GazetteerEntry e, Map<String, Double> countries,
      Map<String, Double> admin1s) {
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
