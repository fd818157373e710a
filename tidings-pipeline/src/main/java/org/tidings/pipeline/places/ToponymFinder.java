package org.tidings.pipeline.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidings.model.Document;
import org.tidings.model.Mention;
import org.tidings.model.PlacePrecision;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;

/**
 * Finds the place names of an annotated document.
 *
 * <ul>
 *   <li>Every LOCATION mention is a toponym, unless it names an institution that acts rather than a
 *       place ("the Kremlin", "the White House", "Downing Street": these are left to the actors
 *       stage, which codes them as governments).
 *   <li>A MISC or ORGANIZATION mention, or a run of capitalised tokens no mention covers, is a
 *       toponym only when it is exactly the name of a country or region: the tagger often labels
 *       "Central Asia" MISC, and sometimes misses a country name altogether.
 *   <li>A mention is widened by one capitalised token on the left when the wider name is a region:
 *       "Central" + "Asia" is the region Central Asia, not the continent.
 *   <li>Demonyms and adjectives ("Tajik", "Russian") are not place mentions; they are returned
 *       apart as evidence of the countries the article is about.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class ToponymFinder {
  /**
   * Names of institutions that news uses as actors (metonyms), by lookup key, with the city they sit
   * in and its ISO country code ("Moscow|RU"); the Vatican is its own country.
   */
  static final Map<String, String> INSTITUTION_SEATS = Map.ofEntries(
      Map.entry("kremlin", "Moscow|RU"), Map.entry("russian kremlin", "Moscow|RU"),
      Map.entry("white house", "Washington|US"), Map.entry("pentagon", "Washington|US"),
      Map.entry("capitol hill", "Washington|US"), Map.entry("foggy bottom", "Washington|US"),
      Map.entry("state department", "Washington|US"), Map.entry("congress", "Washington|US"),
      Map.entry("us congress", "Washington|US"), Map.entry("wall street", "New York City|US"),
      Map.entry("downing street", "London|GB"), Map.entry("whitehall", "London|GB"),
      Map.entry("number 10", "London|GB"), Map.entry("no 10", "London|GB"), Map.entry("westminster", "London|GB"),
      Map.entry("holyrood", "Edinburgh|GB"), Map.entry("elysee", "Paris|FR"), Map.entry("elysee palace", "Paris|FR"),
      Map.entry("quai d'orsay", "Paris|FR"), Map.entry("zhongnanhai", "Beijing|CN"),
      Map.entry("blue house", "Seoul|KR"), Map.entry("vatican", "Vatican City|VA"));

  /** The keys of {@link #INSTITUTION_SEATS}. */
  static final Set<String> INSTITUTIONS = INSTITUTION_SEATS.keySet();

  /** What the finder found. */
  record Found(List<Toponym> toponyms, List<Toponym> demonyms) {}

  private final Gazetteer gazetteer;

  ToponymFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  Found find(Document doc) {
    String text = doc.article().text();
    List<Token> tokens = doc.tokens();
    boolean[] covered = new boolean[tokens.size()];
    List<Toponym> toponyms = new ArrayList<>();
    List<Toponym> demonyms = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      for (int i = m.tokens().first(); i < m.tokens().end(); i++) {
        covered[i] = true;
      }
      String key = PlaceNames.key(m.text());
      if (INSTITUTIONS.contains(key) || !doc.article().isContent(m.span())) {
        continue;
      }
      boolean location = m.type().equals("LOCATION");
      boolean broad = isCountryOrRegion(m.text());
      if (!location && !broad) {
        if ((m.type().equals("MISC") || m.type().equals("ORGANIZATION")) && !gazetteer.demonym(m.text()).isEmpty()) {
          demonyms.add(new Toponym(m.span(), m.text()));
        }
        continue;
      }
      if (location && gazetteer.candidates(m.text()).isEmpty()) {
        if (!gazetteer.demonym(m.text()).isEmpty()) {
          demonyms.add(new Toponym(m.span(), m.text()));
        }
        continue;
      }
      toponyms.add(widen(new Toponym(m.span(), m.text()), m.tokens().first(), tokens, text));
    }
    findUntaggedNames(tokens, covered, text, toponyms);
    toponyms.sort(Comparator.comparing(Toponym::span));
    return new Found(List.copyOf(toponyms), List.copyOf(demonyms));
  }

  private Toponym widen(Toponym t, int firstToken, List<Token> tokens, String text) {
    if (firstToken == 0) {
      return t;
    }
    Token prev = tokens.get(firstToken - 1);
    if (prev.sentence() != tokens.get(firstToken).sentence() || !startsUpper(prev.text())) {
      return t;
    }
    TextSpan wide = new TextSpan(prev.span().begin(), t.span().end());
    String wideText = wide.of(text);
    return isRegion(wideText) ? new Toponym(wide, wideText) : t;
  }

  /** Country and region names in runs of capitalised tokens that no mention covers. */
  private void findUntaggedNames(List<Token> tokens, boolean[] covered, String text, List<Toponym> out) {
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      for (int len = 3; len >= 1 && matched == 0; len--) {
        int end = i + len;
        if (end > tokens.size() || !runOk(tokens, covered, i, end)) {
          continue;
        }
        TextSpan span = new TextSpan(tokens.get(i).span().begin(), tokens.get(end - 1).span().end());
        String name = span.of(text);
        if (isCountryOrRegion(name) && !INSTITUTIONS.contains(PlaceNames.key(name))) {
          out.add(new Toponym(span, name));
          matched = len;
        }
      }
      i += Math.max(1, matched);
    }
  }

  private static boolean runOk(List<Token> tokens, boolean[] covered, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (covered[k] || t.sentence() != tokens.get(from).sentence()) {
        return false;
      }
      boolean inner = k > from && k < to - 1 && (t.text().equals("of") || t.text().equals("and"));
      if (!inner && !startsUpper(t.text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsUpper(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
  }

  private boolean isCountryOrRegion(String name) {
    for (GazetteerEntry e : gazetteer.candidates(name)) {
      if (e.isCountry() || e.precision() == PlacePrecision.REGION) {
        return true;
      }
    }
    return false;
  }

  private boolean isRegion(String name) {
    for (GazetteerEntry e : gazetteer.candidates(name)) {
      if (e.precision() == PlacePrecision.REGION) {
        return true;
      }
    }
    return false;
  }
}
