package org.tidings.pipeline.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tidings.model.Document;
import org.tidings.model.FocusLocation;
import org.tidings.model.Layer;
import org.tidings.model.Layers;
import org.tidings.model.Place;
import org.tidings.model.PlacePrecision;
import org.tidings.pipeline.Stage;

/**
 * Finds the place names of an article ({@link ToponymFinder}) and resolves each to one gazetteer
 * entry; produces the {@code places} and {@code focus} layers.
 *
 * <h2>The Springfield problem</h2>
 *
 * A name like "Paris", "Georgia" or "Springfield" fits many entries. An analyst picks one from what
 * the rest of the article says; so does this resolver. Every candidate of a name gets a score, the
 * sum of the heuristics below, and the highest wins. Scores are in "log-population units": a
 * tenfold larger place earns {@value #POPULATION_WEIGHT} points.
 *
 * <ol>
 *   <li><b>Institutions sit in their capital.</b> A building that stands for its government ("the
 *       Kremlin", "the White House"), when the caller gives it as a place, is its city: Moscow,
 *       Washington (the finder itself leaves these names to the actors stage).
 *   <li><b>Countries and regions first.</b> A name that is a country's name or usual alias
 *       ("Georgia", "Jordan", "Britain") means the country (+{@value #COUNTRY_BONUS} over its
 *       population score), and a continent or news region ("Central Asia") means the region
 *       ({@value #REGION_SCORE} points), unless the context below outweighs it.
 *   <li><b>Exact name.</b> An entry whose own name matches earns +{@value #EXACT_NAME_BONUS} over one
 *       that matches only by an alternate name.
 *   <li><b>Cities before their namesake divisions.</b> News says "New York" and "Washington" for the
 *       cities far more than for the states; a division's population is its people's sum, so it
 *       pays {@value #NAMESAKE_DIVISION_PENALTY} back. "Texas" still means the state, as no large
 *       city bears its name; "Quebec" now means Quebec City (a known cost).
 *   <li><b>Population and feature class.</b> Larger places are more often meant; capitals
 *       (+{@value #CAPITAL_BONUS}) and seats of first-level divisions (+{@value #ADMIN_SEAT_BONUS}) more
 *       than other places of their size; sections of cities and historical places
 *       (PPLX, PPLH, PPLQ, PPLW) less.
 *   <li><b>Other places in the article.</b> A first pass resolves every name alone; the countries and
 *       divisions it finds vote. A candidate in a country other names of the article point to earns
 *       up to +{@value #CONTEXT_COUNTRY_MAX}, one in a division they point to +{@value #CONTEXT_ADMIN1}.
 *       A name never votes for itself, so five mentions of "Georgia" do not decide "Georgia".
 *       Demonyms ("Tajik") vote for their country at half weight. Second-level divisions
 *       ("Orange County", "Kent") compete as ordinary candidates: their population is their places';
 *       one that shares its name with a city inside its division (a city-county: "Koszalin") pays
 *       {@value #NAMESAKE_DIVISION_PENALTY} back, so the name means the city.
 *   <li><b>The focus country.</b> The country with most votes earns its candidates a further
 *       +{@value #FOCUS_BONUS}.
 *   <li><b>Qualifiers.</b> "Paris, Texas" and "Paris (Texas)": a name followed by a division or
 *       country name decides for the candidate inside it (+{@value #QUALIFIER_BONUS}); and the
 *       qualifier itself is read as that division ("Tacoma, Washington": the state, not the capital).
 *   <li><b>One sense per article.</b> Every mention of the same name gets the same entry.
 *   <li><b>Names the gazetteer lacks</b> (only when the caller gives them, e.g. gold spans: the
 *       finder never proposes them). "Colorado State University" takes a place name inside it,
 *       resolved with the same context, when that place is plausible there; "Royal Street" takes the
 *       main city of the division most of the article's places lie in, at low confidence. See
 *       {@link UnknownNames}.
 *   <li><b>Stray hamlets.</b> A name whose best reading is a town under {@value #STRAY_TOWN} people
 *       in a division no other name of the article is resolved in ("Broadway", Virginia, in a New
 *       York story; "Arab", Alabama) is placed at the article's anchor, as a name the gazetteer
 *       lacks; it keeps its town when the article has no anchor.
 * </ol>
 *
 * Confidence is the logistic of the margin between the best and second-best score.
 *
 * <p>Thread-safe: no per-document state; the gazetteer is shared and immutable.
 */
public final class PlaceResolver implements Stage {
  static final double POPULATION_WEIGHT = 1.5;
  static final double COUNTRY_BONUS = 5.0;
  static final double REGION_SCORE = 13.0;
  static final double EXACT_NAME_BONUS = 2.0;
  static final double CAPITAL_BONUS = 1.5;
  static final double ADMIN_SEAT_BONUS = 0.7;
  static final double CONTEXT_COUNTRY_MAX = 4.0;
  static final double CONTEXT_ADMIN1 = 3.0;
  static final double NAMESAKE_DIVISION_PENALTY = 3.0;
  static final double FOCUS_BONUS = 1.0;
  static final double QUALIFIER_BONUS = 12.0;
  static final long STRAY_TOWN = 10_000;

  private static final Pattern QUALIFIER_GAP = Pattern.compile("\\s*(,|\\()\\s*");
  private static final Pattern LIST_GAP = Pattern.compile(",?\\s+(and|or|&)\\s+");

  private final Gazetteer gazetteer;
  private final ToponymFinder finder;
  private final Map<String, GazetteerEntry> seats;

  /**
   * A resolver over the registry's gazetteer, loaded now so that a missing or corrupt file stops
   * start-up rather than the first article.
   *
   * @throws GazetteerException naming the file when it is missing or corrupt
   */
  public PlaceResolver(PlaceResources resources) {
    this.gazetteer = resources.gazetteer();
    this.finder = new ToponymFinder(gazetteer);
    this.seats = new HashMap<>();
    ToponymFinder.INSTITUTION_SEATS.forEach((key, seat) -> {
      GazetteerEntry e = seatOf(seat);
      if (e != null) {
        seats.put(key, e);
      }
    });
  }

  /** The most populous place (or the country) of that name in that country: "Moscow|RU". */
  private GazetteerEntry seatOf(String seat) {
    String[] nameAndCountry = seat.split("\\|");
    GazetteerEntry best = null;
    for (GazetteerEntry e : gazetteer.candidates(nameAndCountry[0])) {
      boolean placeOrCountry = e.featureClass().equals("P") || e.isCountry();
      if (placeOrCountry && e.iso2().equals(nameAndCountry[1])
          && (best == null || e.population() > best.population())) {
        best = e;
      }
    }
    return best;
  }

  /** Places in text order and the article's focus. */
  public record Resolution(List<Place> places, FocusLocation focus) {
    public Resolution {
      places = List.copyOf(places);
    }
  }

  @Override
  public String name() {
    return "places";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.PLACES, Layers.FOCUS);
  }

  @Override
  public Document process(Document document) {
    ToponymFinder.Found found = finder.find(document);
    Resolution r = resolve(document.article().text(), found.toponyms(), found.demonyms());
    return document.with(Layers.PLACES, r.places()).with(Layers.FOCUS, r.focus());
  }

  /**
   * Resolves given toponyms (e.g. gold spans) in {@code text}. A toponym that is a demonym
   * ("Russian") resolves to its country; a name the gazetteer does not know is left out.
   *
   * @param text the article text the spans point into
   * @param toponyms names to resolve, in text order
   * @param demonyms adjectives that are evidence only ("Tajik"), may be empty
   */
  public Resolution resolve(String text, List<Toponym> toponyms, List<Toponym> demonyms) {
    // Candidates per distinct name: one sense per article.
    Map<String, List<GazetteerEntry>> candidates = new LinkedHashMap<>();
    for (Toponym t : toponyms) {
      candidates.computeIfAbsent(PlaceNames.key(t.text()), k -> lookup(t.text()));
    }

    // Pass 1: each name alone; its choice votes for a country and a division.
    Map<String, Map<String, Double>> countryVotes = new HashMap<>();
    Map<String, Map<String, Double>> admin1Votes = new HashMap<>();
    Context none = new Context(Map.of(), Map.of(), null, Set.of(), Set.of());
    Map<String, GazetteerEntry> alone = new HashMap<>();
    for (var e : candidates.entrySet()) {
      Scored best = best(e.getKey(), e.getValue(), none);
      if (best != null) {
        alone.put(e.getKey(), best.entry);
        double w = best.entry.precision() == PlacePrecision.CITY ? best.confidence : 1.0;
        if (!best.entry.iso3().isEmpty()) {
          countryVotes.computeIfAbsent(e.getKey(), k -> new HashMap<>()).merge(best.entry.iso3(), w, Double::sum);
        }
        String a1 = best.entry.admin1Key();
        if (a1 != null) {
          admin1Votes.computeIfAbsent(e.getKey(), k -> new HashMap<>()).merge(a1, w, Double::sum);
        }
      }
    }
    for (Toponym d : demonyms) {
      for (GazetteerEntry c : gazetteer.demonym(d.text())) {
        if (!c.iso3().isEmpty()) {
          countryVotes.computeIfAbsent("demonym:" + PlaceNames.key(d.text()), k -> new HashMap<>())
              .merge(c.iso3(), 0.5, (a, b) -> Math.min(1.0, a + b));
        }
      }
    }
    String focus = argmax(sumExcept(countryVotes, null));
    Qualified q = qualified(text, toponyms, candidates, alone);

    // Pass 2: with the rest of the article as context.
    Map<String, Scored> chosen = new HashMap<>();
    for (var e : candidates.entrySet()) {
      Context ctx = new Context(sumExcept(countryVotes, e.getKey()), sumExcept(admin1Votes, e.getKey()), focus,
          q.qualifiers.getOrDefault(e.getKey(), Set.of()), q.qualifying.getOrDefault(e.getKey(), Set.of()));
      Scored best = best(e.getKey(), e.getValue(), ctx);
      if (best != null) {
        chosen.put(e.getKey(), best);
      }
    }
    List<Place> known = new ArrayList<>();
    List<Place> all = new ArrayList<>();
    for (Toponym t : toponyms) {
      String key = PlaceNames.key(t.text());
      Scored s = chosen.get(key);
      if (s != null) {
        all.add(place(t, s));
        if (candidates.size() == 1 || !stray(key, s.entry, chosen)) {
          known.add(place(t, s));
        }
      }
    }
    FocusLocation focusPlace = focusOf(all);
    if (known.size() == toponyms.size()) {
      return new Resolution(known, focusPlace);
    }

    // Names the gazetteer lacks: a name inside them, else the article's anchor.
    Map<Long, Long> population = new HashMap<>();
    chosen.values().forEach(s -> population.put(s.entry.geonameId(), s.entry.population()));
    List<Place> inner = new ArrayList<>(toponyms.size());
    List<Place> anchorEvidence = new ArrayList<>(known);
    int k = 0;
    for (Toponym t : toponyms) {
      if (k < known.size() && known.get(k).span().equals(t.span()) && known.get(k).text().equals(t.text())) {
        inner.add(known.get(k++));
        continue;
      }
      Scored s = containedName(t, countryVotes, admin1Votes, focus);
      inner.add(s == null ? null : place(t, s));
      if (s != null && s.entry.precision() == PlacePrecision.CITY) {
        // Heuristic 9c: "New Orleans Railways and Light Company" names New Orleans for the anchor too.
        anchorEvidence.add(place(t, s));
        population.put(s.entry.geonameId(), s.entry.population());
      }
    }
    List<Place> places = new ArrayList<>();
    for (int i = 0; i < toponyms.size(); i++) {
      Place p = inner.get(i);
      if (p == null) {
        p = UnknownNames.atAnchor(toponyms.get(i), anchorEvidence, focusPlace,
            id -> population.getOrDefault(id, 0L));
      }
      Scored own = chosen.get(PlaceNames.key(toponyms.get(i).text()));
      if (p == null && own != null) {
        p = place(toponyms.get(i), own);
      }
      if (p != null) {
        places.add(p);
      }
    }
    return new Resolution(places, focusPlace);
  }

  /**
   * Heuristic 10: a stray hamlet. A name whose best reading is a small town (under {@value
   * #STRAY_TOWN} people) in a division no other name of the article is resolved in is more likely a
   * word, a street or a building of the story's own city ("West", "Broadway", "Grand", "Valley"
   * are hamlets in GeoNames) than that far-off town: it is placed at the article's anchor, as a
   * name the gazetteer lacks, and keeps its town only when the article has no anchor.
   */
  private static boolean stray(String key, GazetteerEntry e, Map<String, Scored> chosen) {
    if (e.precision() != PlacePrecision.CITY || e.population() >= STRAY_TOWN) {
      return false;
    }
    String a1 = e.admin1Key();
    for (var other : chosen.entrySet()) {
      if (a1 != null && !other.getKey().equals(key) && a1.equals(other.getValue().entry.admin1Key())) {
        return false;
      }
    }
    return true;
  }

  /** Heuristic 9a: "Colorado State University" is in Colorado, "Dubai World Cup" in Dubai. */
  private Scored containedName(Toponym t, Map<String, Map<String, Double>> countryVotes,
      Map<String, Map<String, Double>> admin1Votes, String focus) {
    for (String inner : UnknownNames.innerNames(t.text())) {
      List<GazetteerEntry> c = gazetteer.candidates(inner);
      if (c.isEmpty()) {
        continue;
      }
      String key = PlaceNames.key(inner);
      Context ctx = new Context(sumExcept(countryVotes, key), sumExcept(admin1Votes, key), focus, Set.of(), Set.of());
      Scored s = best(key, c, ctx);
      if (UnknownNames.plausibleInner(s.entry, ctx.countries, ctx.admin1s)) {
        return new Scored(s.entry, s.score, s.confidence * UnknownNames.INNER_CONFIDENCE);
      }
    }
    return null;
  }

  private List<GazetteerEntry> lookup(String name) {
    GazetteerEntry seat = seats.get(PlaceNames.key(name));
    if (seat != null) {
      return List.of(seat);
    }
    List<GazetteerEntry> c = gazetteer.candidates(name);
    if (c.isEmpty() && name.endsWith("'s")) {
      c = gazetteer.candidates(name.substring(0, name.length() - 2));
    }
    // A demonym ("Spanish") means its country, not the Ontario town of that name.
    List<GazetteerEntry> countries = gazetteer.demonym(name);
    if (countries.isEmpty()) {
      return c;
    }
    List<GazetteerEntry> all = new ArrayList<>(countries);
    c.stream().filter(e -> !countries.contains(e)).forEach(all::add);
    return all;
  }

  /**
   * Per name, the divisions and countries that qualify it and those it is read as.
   *
   * @param qualifiers "Paris, Texas" / "Paris (Texas)": the keys of the divisions and countries
   *     that qualify each name (heuristic 8)
   * @param qualifying heuristic 8b: "Tacoma, Washington": the name that qualifies a town is read as
   *     the division or country the town (read alone) lies in, the state of Washington, not the
   *     capital. Only a town or county qualifies this way, so in the list "Washington, New York"
   *     (Washington read alone is the capital, in no state) New York keeps its usual reading.
   */
  private record Qualified(Map<String, Set<String>> qualifiers, Map<String, Set<String>> qualifying) {}

  private static Qualified qualified(String text, List<Toponym> toponyms,
      Map<String, List<GazetteerEntry>> candidates, Map<String, GazetteerEntry> alone) {
    Map<String, Set<String>> qualifiers = new HashMap<>();
    Map<String, Set<String>> qualifying = new HashMap<>();
    for (int i = 0; i + 1 < toponyms.size(); i++) {
      if (!qualifierPair(text, toponyms, i, alone)) {
        continue;
      }
      String a = PlaceNames.key(toponyms.get(i).text());
      String b = PlaceNames.key(toponyms.get(i + 1).text());
      for (GazetteerEntry c : candidates.getOrDefault(b, List.of())) {
        String key = c.isCountry() ? c.iso2() : c.featureCode().equals("ADM1") ? c.admin1Key() : null;
        if (key != null) {
          qualifiers.computeIfAbsent(a, k -> new java.util.HashSet<>()).add(key);
        }
      }
      GazetteerEntry town = alone.get(a);
      boolean local = town != null && (town.featureClass().equals("P") || town.featureCode().equals("ADM2"));
      if (local && town.admin1Key() != null) {
        Set<String> readings = qualifying.computeIfAbsent(b, k -> new java.util.HashSet<>());
        readings.add(town.admin1Key());
        readings.add(town.iso2());
      }
    }
    return new Qualified(qualifiers, qualifying);
  }

  /**
   * Whether names {@code i} and {@code i + 1} are "Paris, Texas" or "Paris (Texas)". Heuristic 8c:
   * not when the second, read alone, is a town and goes on into a list ("Washington, New York and
   * Boston"): the names of an enumeration are items, not a place and its qualifier. "Orlando,
   * Florida and Atlanta" keeps its qualifier, as Florida alone is a state.
   */
  private static boolean qualifierPair(
      String text, List<Toponym> toponyms, int i, Map<String, GazetteerEntry> alone) {
    Toponym a = toponyms.get(i);
    Toponym b = toponyms.get(i + 1);
    if (b.span().begin() < a.span().end()
        || !QUALIFIER_GAP.matcher(text.substring(a.span().end(), b.span().begin())).matches()) {
      return false;
    }
    GazetteerEntry second = alone.get(PlaceNames.key(b.text()));
    if (i + 2 < toponyms.size() && second != null && second.featureClass().equals("P")) {
      Toponym c = toponyms.get(i + 2);
      return c.span().begin() < b.span().end()
          || !LIST_GAP.matcher(text.substring(b.span().end(), c.span().begin())).matches();
    }
    return true;
  }

  private record Context(Map<String, Double> countries, Map<String, Double> admin1s, String focus,
      Set<String> qualifiers, Set<String> qualifying) {}

  private record Scored(GazetteerEntry entry, double score, double confidence) {}

  private Scored best(String key, List<GazetteerEntry> candidates, Context ctx) {
    GazetteerEntry best = null;
    double top = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    Set<String> cityDivisions = namesakeCityDivisions(key, candidates);
    for (GazetteerEntry e : candidates) {
      double s = score(key, e, ctx);
      if (e.featureCode().equals("ADM2") && cityDivisions.contains(e.admin1Key())) {
        s -= NAMESAKE_DIVISION_PENALTY;
      }
      if (s > top) {
        second = top;
        top = s;
        best = e;
      } else if (s > second) {
        second = s;
      }
    }
    if (best == null) {
      return null;
    }
    double margin = second == Double.NEGATIVE_INFINITY ? 3.0 : top - second;
    return new Scored(best, top, 1.0 / (1.0 + Math.exp(-margin)));
  }

  /**
   * The first-level divisions holding a populated place of exactly this name: there a second-level
   * division of the name is the city's county ("Koszalin", "Liverpool") and yields to the city.
   */
  private static Set<String> namesakeCityDivisions(String key, List<GazetteerEntry> candidates) {
    Set<String> out = new java.util.HashSet<>();
    for (GazetteerEntry e : candidates) {
      if (e.featureClass().equals("P") && e.admin1Key() != null && PlaceNames.key(e.name()).equals(key)) {
        out.add(e.admin1Key());
      }
    }
    return out;
  }

  static double prior(String key, GazetteerEntry e) {
    double s;
    PlacePrecision p = e.precision();
    if (p == PlacePrecision.REGION) {
      s = REGION_SCORE;
    } else {
      s = POPULATION_WEIGHT * Math.log10(e.population() + 10.0);
      if (p == PlacePrecision.COUNTRY) {
        s += COUNTRY_BONUS;
      }
    }
    switch (e.featureCode()) {
      case "PPLC" -> s += CAPITAL_BONUS;
      case "PPLA" -> s += ADMIN_SEAT_BONUS;
      case "PPLX" -> s -= 1.0;
      case "PPLH", "PPLQ", "PPLW" -> s -= 3.0;
      default -> { }
    }
    // "Washington, D.C." is named "Washington": what follows a comma in an entry's name qualifies it.
    int comma = e.name().indexOf(',');
    if (PlaceNames.key(comma < 0 ? e.name() : e.name().substring(0, comma)).equals(key)) {
      s += EXACT_NAME_BONUS;
    }
    if (p == PlacePrecision.ADMIN1 && e.population() > 0 && e.featureCode().equals("ADM1")) {
      s -= NAMESAKE_DIVISION_PENALTY;
    }
    return s;
  }

  private static double score(String key, GazetteerEntry e, Context ctx) {
    double s = prior(key, e);
    if (!e.iso3().isEmpty()) {
      s += Math.min(CONTEXT_COUNTRY_MAX, 2.0 * ctx.countries.getOrDefault(e.iso3(), 0.0));
      if (e.iso3().equals(ctx.focus)) {
        s += FOCUS_BONUS;
      }
    }
    String a1 = e.admin1Key();
    if (a1 != null && ctx.admin1s.getOrDefault(a1, 0.0) > 0) {
      s += CONTEXT_ADMIN1;
    }
    if (!ctx.qualifiers.isEmpty()
        && (ctx.qualifiers.contains(e.iso2()) || (a1 != null && ctx.qualifiers.contains(a1)))) {
      s += QUALIFIER_BONUS;
    }
    boolean division = e.precision() == PlacePrecision.ADMIN1 && a1 != null && ctx.qualifying.contains(a1);
    if (division || (e.isCountry() && ctx.qualifying.contains(e.iso2()))) {
      s += QUALIFIER_BONUS;
    }
    return s;
  }

  private static Map<String, Double> sumExcept(Map<String, Map<String, Double>> votes, String except) {
    Map<String, Double> sum = new HashMap<>();
    votes.forEach((name, v) -> {
      if (!name.equals(except)) {
        v.forEach((k, w) -> sum.merge(k, w, Double::sum));
      }
    });
    return sum;
  }

  private static String argmax(Map<String, Double> votes) {
    String best = null;
    double top = 0;
    for (var e : votes.entrySet()) {
      if (e.getValue() > top || (e.getValue() == top && best != null && e.getKey().compareTo(best) < 0)) {
        top = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }

  private static Place place(Toponym t, Scored s) {
    GazetteerEntry e = s.entry;
    return new Place(t.span(), t.text(), e.geonameId(), e.name(), e.featureClass(), e.featureCode(),
        e.iso3().isEmpty() ? null : e.iso3(), e.admin1Key(), e.lat(), e.lon(), e.precision(),
        Math.round(s.confidence * 1000) / 1000.0);
  }

  /** The most-named country (ties: named first) and the most-named city in it, or anywhere. */
  static FocusLocation focusOf(List<Place> places) {
    Map<String, Integer> countries = new LinkedHashMap<>();
    for (Place p : places) {
      if (p.country() != null && p.precision() != PlacePrecision.REGION) {
        countries.merge(p.country(), 1, Integer::sum);
      }
    }
    String country = countries.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey).orElse(null);
    Place countryPlace = null;
    Map<Long, Integer> cities = new LinkedHashMap<>();
    Map<Long, Place> firstCity = new HashMap<>();
    for (Place p : places) {
      if (countryPlace == null && p.precision() == PlacePrecision.COUNTRY && p.country().equals(country)) {
        countryPlace = p;
      }
      if (p.precision() == PlacePrecision.CITY) {
        int bonus = p.country() != null && p.country().equals(country) ? 1 : 0;
        cities.merge(p.geonameId(), 2 + bonus, (a, b) -> a + 2);
        firstCity.putIfAbsent(p.geonameId(), p);
      }
    }
    if (countryPlace == null && country != null) {
      for (Place p : places) {
        if (country.equals(p.country())) {
          countryPlace = p;
          break;
        }
      }
    }
    Long city = cities.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey).orElse(null);
    return new FocusLocation(countryPlace, city == null ? null : firstCity.get(city));
  }
}
