package org.tidings.pipeline.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Mention;
import org.tidings.model.Place;
import org.tidings.model.PlacePrecision;
import org.tidings.model.SegmentKind;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.model.TokenRange;
import org.tidings.pipeline.output.PlaceJson;

/** One test per resolution heuristic, naming the GeoNames ids expected (CLAVIN style). */
class PlaceResolverTest {
  static final long PARIS_FR = 2988507;
  static final long PARIS_TX = 4717560;
  static final long MOSCOW = 524901;
  static final long KABUL = 1138958;
  static final long GEORGIA_COUNTRY = 614540;
  static final long GEORGIA_STATE = 4197000;
  static final long WASHINGTON_DC = 4140963;
  static final long NEW_ORLEANS = 4335045;
  static final long CHICAGO = 4887398;
  static final long NEW_YORK_CITY = 5128581;
  static final long MANILA = 1701668;
  static final long KOSZALIN = 3095049;

  private final PlaceResolver resolver = new PlaceResolver(TestGazetteer.resources());

  /** Resolves every name written in [brackets]; the brackets are removed from the text. */
  private static List<Place> resolve(PlaceResolver r, String marked) {
    StringBuilder text = new StringBuilder();
    List<Toponym> toponyms = new ArrayList<>();
    Matcher m = Pattern.compile("\\[([^\\]]+)]").matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int begin = text.length();
      text.append(m.group(1));
      toponyms.add(new Toponym(new TextSpan(begin, text.length()), m.group(1)));
      last = m.end();
    }
    text.append(marked.substring(last));
    return r.resolve(text.toString(), toponyms, List.of()).places();
  }

  private List<Place> resolve(String marked) {
    return resolve(resolver, marked);
  }

  @Test
  void countryNamesMeanTheCountry() {
    Place p = resolve("Talks in [Georgia] stalled.").get(0);
    assertEquals(GEORGIA_COUNTRY, p.geonameId(), "heuristic failed: countries first");
    assertEquals("GEO", p.country());
    assertEquals(PlacePrecision.COUNTRY, p.precision());
  }

  @Test
  void otherPlacesOfTheArticleDecide() {
    List<Place> ps = resolve("Storms hit [Atlanta] and [Savannah] in the [United States]; [Georgia] declared an emergency.");
    assertEquals(GEORGIA_STATE, ps.get(3).geonameId(), "heuristic failed: shared country and admin1");
    assertEquals("US.GA", ps.get(3).admin1());
  }

  @Test
  void populationDecidesAlone() {
    assertEquals(MOSCOW, resolve("He flew to [Moscow].").get(0).geonameId(), "heuristic failed: population");
    assertEquals(PARIS_FR, resolve("He flew to [Paris].").get(0).geonameId(), "heuristic failed: population");
  }

  @Test
  void qualifierDecides() {
    List<Place> ps = resolve("A fair in [Paris], [Texas] drew crowds.");
    assertEquals(PARIS_TX, ps.get(0).geonameId(), "heuristic failed: Paris, Texas qualifier");
    assertEquals(PlacePrecision.ADMIN1, ps.get(1).precision());
  }

  @Test
  void aQualifierIsReadAsTheDivisionOfTheTownItQualifies() {
    Place p = resolve("A baker from [Tacoma], [Washington], shares tips.").get(1);
    assertEquals(PlacePrecision.ADMIN1, p.precision(), "heuristic failed: the state, not the capital");
    assertEquals("US.WA", p.admin1());
    List<Place> list = resolve("After stops in [Washington], [New York] and [Boston], he flew home.");
    assertEquals(WASHINGTON_DC, list.get(0).geonameId(), "a list is not a qualifier: the capital stays");
    assertEquals(PlacePrecision.CITY, list.get(1).precision(), "New York the city: Washington alone is in no state");
    assertEquals(PARIS_TX, resolve("Storms hit [Paris], [Texas] and [Dallas].").get(0).geonameId(),
        "a state going on into a list still qualifies");
  }

  @Test
  void aStrayHamletYieldsToTheArticlesAnchor() {
    List<Place> ps = resolve("Theatres on [Broadway] reopened, [New York City] officials said.");
    assertEquals(NEW_YORK_CITY, ps.get(0).geonameId(),
        "heuristic failed: not Broadway, Virginia (3,800 people), a state no other name points to");
    assertEquals(UnknownNames.FOCUS_CONFIDENCE, ps.get(0).confidence(), 1e-9, "a guess is said to be one");
    Place town = resolve("Floods hit [Glenrock], [Wyoming], on Monday.").get(0);
    assertEquals("Glenrock", town.name(), "a small town in a division the article names stays");
    assertEquals("Broadway", resolve("A fire in [Broadway] destroyed two barns.").get(0).name(),
        "with no other place to anchor on, the town stays");
  }

  @Test
  void oneSensePerArticle() {
    List<Place> ps = resolve("[Paris], [Texas] is small. Later in [Paris] the fair ended.");
    assertEquals(ps.get(0).geonameId(), ps.get(2).geonameId());
  }

  @Test
  void focusCountryIsTheMostNamed() {
    var r = resolver.resolve("Kabul, Afghanistan, Afghanistan and Moscow",
        List.of(new Toponym(new TextSpan(0, 5), "Kabul"), new Toponym(new TextSpan(7, 18), "Afghanistan"),
            new Toponym(new TextSpan(20, 31), "Afghanistan"), new Toponym(new TextSpan(36, 42), "Moscow")),
        List.of());
    assertEquals("AFG", r.focus().country().country());
    assertEquals(KABUL, r.focus().city().geonameId());
  }

  @Test
  void demonymsResolveToTheirCountryWhenGivenAsToponyms() {
    assertEquals("TJK", resolve("[Tajik] officials met.").get(0).country());
    assertEquals("ESP", resolve("[Spanish] police said.").get(0).country(), "a demonym beats a town named Spanish");
  }

  @Test
  void regionIsOneRegion() {
    Place p = resolve("Militants could enter [Central Asia].").get(0);
    assertEquals(PlacePrecision.REGION, p.precision());
    assertEquals("Central Asia", p.name());
  }

  @Test
  void institutionsGivenAsPlacesSitInTheirCapital() {
    Place p = resolve("Reporters waited outside the [White House].").get(0);
    assertEquals(WASHINGTON_DC, p.geonameId(), "heuristic failed: institution seat, not White House, Tennessee");
    assertEquals(MOSCOW, resolve("A statement from the [Kremlin].").get(0).geonameId());
    assertEquals(WASHINGTON_DC, resolve("He will testify before [Congress].").get(0).geonameId(),
        "heuristic failed: Congress sits in Washington, not Congress, Arizona");
  }

  @Test
  void secondLevelDivisionsAreCandidates() {
    Place p = resolve("Fires spread from [Anaheim] across [Orange County].").get(1);
    assertEquals("ADM2", p.featureCode(), "heuristic failed: counties are in the gazetteer");
    assertEquals("US.CA", p.admin1(), "heuristic failed: the county in the division of the other places");
  }

  @Test
  void aCityCountyYieldsToItsCity() {
    Place p = resolve("Police in [Koszalin] arrested a man.").get(0);
    assertEquals(KOSZALIN, p.geonameId(), "heuristic failed: the city, not its namesake county");
    assertEquals(PlacePrecision.CITY, p.precision());
  }

  @Test
  void unknownNameTakesAPlaceNamedInsideIt() {
    Place p = resolve("Students at [Colorado State University] in [Fort Collins] protested.").get(0);
    assertEquals("US.CO", p.admin1(), "heuristic failed: inner name");
    assertEquals("Colorado", p.name());
    assertTrue(p.confidence() <= UnknownNames.INNER_CONFIDENCE, "a guess is said to be one");
  }

  @Test
  void unknownNameDoesNotTakeASmallNamesakeElsewhere() {
    // "Hatch" is a village in New Mexico; the article is about England, so Brands Hatch is not there.
    List<Place> ps = resolve("Racing at [Brands Hatch] in [Kent], [England], drew crowds from [London].");
    assertEquals("GBR", ps.get(0).country(), "heuristic failed: implausible inner name rejected");
  }

  @Test
  void unknownNameFallsBackToTheFocusCity() {
    List<Place> ps = resolve("Parades wound down [Frenchmen Street] in [New Orleans], [Louisiana], on Tuesday.");
    assertEquals(NEW_ORLEANS, ps.get(0).geonameId(), "heuristic failed: the article's focus city");
    assertEquals(UnknownNames.FOCUS_CONFIDENCE, ps.get(0).confidence(), 1e-9);
    assertEquals("Frenchmen Street", ps.get(0).text(), "the name as written is kept");
  }

  @Test
  void unknownNameTakesTheCityOfTheDivisionMostPlacesLieIn() {
    List<Place> ps = resolve("Fans flew in from [Dallas]. In [Chicago], [Evanston] and [Oak Park], [Illinois], "
        + "crowds gathered on [Qwxz Avenue].");
    assertEquals(CHICAGO, ps.get(5).geonameId(), "heuristic failed: the division most places lie in, not the first city");
  }

  @Test
  void aCityInsideAnUnknownNameCountsForTheAnchor() {
    List<Place> ps = resolve("The [Lafayette] parade passed the [New Orleans Qwxz Power House] and turned down "
        + "[Qwxz Street], [Louisiana].");
    assertEquals(NEW_ORLEANS, ps.get(1).geonameId(), "the inner name itself");
    assertEquals(NEW_ORLEANS, ps.get(2).geonameId(),
        "heuristic failed: the city named inside a name counts, and the larger of two equally named cities wins");
  }

  @Test
  void aContinentInsideANameIsNotWhereItIs() {
    Place p = resolve("Shoppers filled the [SM Mall of Asia] in [Manila] on Sunday.").get(0);
    assertEquals(MANILA, p.geonameId(), "heuristic failed: a building named for a continent is not the continent");
  }

  @Test
  void unknownNameWithoutFocusIsLeftOut() {
    assertTrue(resolve("Nothing else is named near [Qwxzy Plaza].").isEmpty());
  }

  @Test
  void aNameWithManyCandidatesResolvesToOne() {
    Gazetteer g = TestGazetteer.resources().gazetteer();
    int n = g.candidates("San Antonio").size();
    assertTrue(n > 100, "San Antonio has " + n + " candidates");
    Place p = resolve("Rain in [San Antonio] today.").get(0);
    assertEquals(4726206, p.geonameId(), "the largest San Antonio (Texas)");
    assertTrue(p.confidence() > 0.5 && p.confidence() <= 1);
  }

  @Test
  void anArticleNaming300Places() {
    Gazetteer g = TestGazetteer.resources().gazetteer();
    StringBuilder marked = new StringBuilder();
    int n = 0;
    for (GazetteerEntry e : g.entries()) {
      if (e.precision() == PlacePrecision.CITY && e.population() > 1_000_000 && e.name().matches("[A-Za-z ]+")) {
        marked.append("[").append(e.name()).append("], ");
        if (++n == 300) {
          break;
        }
      }
    }
    assertEquals(300, n);
    List<Place> ps = resolve(marked.toString());
    assertEquals(300, ps.size());
    for (int i = 1; i < ps.size(); i++) {
      assertTrue(ps.get(i - 1).span().end() <= ps.get(i).span().begin(), "places stay in text order");
    }
  }

  @Test
  void stageOnTheSeedSentences() {
    String text = "Russian President Vladimir Putin spoke to the Kremlin about Central Asia. "
        + "Tajikistan's leader met the French President in Paris. Kabulov said Russia will invite the Taliban "
        + "to Moscow from Kabul.";
    Document doc = annotated(text, List.of("Kremlin", "LOCATION", "Asia", "LOCATION", "Tajikistan", "LOCATION",
        "Paris", "LOCATION", "Russia", "LOCATION", "Moscow", "LOCATION", "Kabul", "LOCATION", "Russian", "MISC",
        "French", "MISC"));
    Document out = resolver.process(doc);
    List<String> lines = out.get(Layers.PLACES).stream().map(PlaceJson::line).toList();
    assertTrue(lines.stream().anyMatch(l -> l.endsWith("PLACE Paris -> geonames:2988507 FRA city")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.endsWith("PLACE Moscow -> geonames:524901 RUS city")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.endsWith("PLACE Kabul -> geonames:1138958 AFG city")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("PLACE Central Asia -> Central Asia - region")), lines.toString());
    assertFalse(lines.stream().anyMatch(l -> l.contains("Kremlin")), "the Kremlin is an actor, not a place");
    assertFalse(lines.stream().anyMatch(l -> l.contains("PLACE Asia ")), "not the continent");
    assertFalse(lines.stream().anyMatch(l -> l.contains("Russian") || l.contains("French")), "demonyms are not places");
    assertEquals("RUS", out.get(Layers.FOCUS).country().country());
  }

  /** A document with whitespace/punctuation tokens, one sentence, and the given (text, type) mentions. */
  static Document annotated(String text, List<String> mentionPairs) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}]+|'s|[^\\s\\p{L}]").matcher(text);
    while (m.find()) {
      tokens.add(new Token(tokens.size(), new TextSpan(m.start(), m.end()), m.group(), m.group(), "NNP", "O", 0));
    }
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < mentionPairs.size(); i += 2) {
      String name = mentionPairs.get(i);
      int from = 0;
      int at;
      while ((at = text.indexOf(name, from)) >= 0) {
        int b = at;
        int e = at + name.length();
        int first = -1;
        int end = -1;
        for (Token t : tokens) {
          if (t.span().begin() == b) {
            first = t.index();
          }
          if (t.span().end() == e) {
            end = t.index() + 1;
          }
        }
        if (first >= 0 && end > first) {
          mentions.add(new Mention(new TextSpan(b, e), new TokenRange(first, end), name, mentionPairs.get(i + 1), 0.9));
        }
        from = e;
      }
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    Article article = Article.builder(text, "test").build();
    Sentence s = new Sentence(0, new TextSpan(0, text.length()), new TokenRange(0, tokens.size()), List.of(),
        SegmentKind.BODY);
    return Document.of(article).with(Layers.TOKENS, tokens).with(Layers.SENTENCES, List.of(s))
        .with(Layers.MENTIONS, mentions);
  }
}
