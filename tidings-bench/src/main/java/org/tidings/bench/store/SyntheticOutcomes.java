package org.tidings.bench.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tidings.model.CameoCode;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Event;
import org.tidings.model.EventActor;
import org.tidings.model.EventDate;
import org.tidings.model.EventPlace;
import org.tidings.model.Layers;
import org.tidings.model.Modality;
import org.tidings.model.Outcome;
import org.tidings.model.Place;
import org.tidings.model.PlacePrecision;
import org.tidings.model.Precision;
import org.tidings.model.Published;
import org.tidings.model.TextSpan;
import org.tidings.model.TimeInterval;

/**
 * Coded articles made up for load tests: random words, and events spread evenly over countries,
 * CAMEO roots and the days of a period. Deterministic for a seed. Every article's text differs
 * (no near-duplicates) and every event is distinct (no merging), so N articles of k events store
 * exactly N·k events.
 *
 * <p>Dates come in one of two {@link Order}s: each article and event on a random day of the period
 * (the store's worst case: every stretch of stored rows spans the whole period), or in arrival
 * order, as a news feed delivers them (articles published day after day through the period, each
 * reporting events of its publication day or the three days before).
 *
 * <p>Not thread-safe: one generator per thread.
 */
public final class SyntheticOutcomes {
  /** Fifty ISO 3166-1 alpha-3 codes the events are spread over. */
  public static final List<String> COUNTRIES = List.of(
      "AFG", "ARG", "AUS", "BRA", "CAN", "CHN", "COL", "DEU", "EGY", "ESP", "ETH", "FRA", "GBR", "GRC", "IDN", "IND",
      "IRN", "IRQ", "ISR", "ITA", "JPN", "KEN", "KOR", "LBN", "LBY", "MEX", "MLI", "MMR", "NGA", "NLD", "PAK", "PER",
      "PHL", "POL", "PRK", "RUS", "SAU", "SDN", "SOM", "SYR", "THA", "TJK", "TUR", "UKR", "USA", "VEN", "VNM", "YEM",
      "ZAF", "ZWE");
  private static final List<String> ROLES = List.of("GOV", "MIL", "REB", "OPP", "COP", "BUS", "MED", "CVL");
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  /** "01" to "20" at their numbers: formatting them per event took about half of the time spent making up a load. */
  private static final String[] ROOT_CODES = new String[21];

  static {
    for (int i = 1; i < ROOT_CODES.length; i++) {
      ROOT_CODES[i] = (i < 10 ? "0" : "") + i;
    }
  }

  /** How article and event dates follow the order articles are generated in. */
  public enum Order {
    /** Every article and event on a random day of the period. */
    RANDOM,
    /** Articles published in date order over the period; events up to three days before. */
    ARRIVAL
  }

  private final SplittableRandom random;
  private final Order order;
  private final long articles;
  private final LocalDate first;
  private final int days;
  private final int eventsPerArticle;
  private final String[] vocabulary;
  private long next;

  /**
   * @param seed random seed
   * @param first first day events fall on
   * @param days how many days they spread over
   * @param eventsPerArticle events in each article
   */
  public SyntheticOutcomes(long seed, LocalDate first, int days, int eventsPerArticle) {
    this(seed, first, days, eventsPerArticle, Order.RANDOM, 1);
  }

  /**
   * @param order how dates follow the generation order
   * @param articles how many articles will be generated (spread over the period in {@link
   *     Order#ARRIVAL} order; later ones fall on its last day)
   */
  public SyntheticOutcomes(long seed, LocalDate first, int days, int eventsPerArticle, Order order, long articles) {
    if (articles < 1) {
      throw new IllegalArgumentException("articles must be >= 1, got " + articles);
    }
    this.order = order;
    this.articles = articles;
    this.random = new SplittableRandom(seed);
    this.first = first;
    this.days = days;
    this.eventsPerArticle = eventsPerArticle;
    this.vocabulary = new String[5000];
    for (int i = 0; i < vocabulary.length; i++) {
      StringBuilder w = new StringBuilder();
      int len = 3 + random.nextInt(7);
      for (int k = 0; k < len; k++) {
        w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
      vocabulary[i] = w.toString();
    }
  }

  /** The next {@code n} articles. */
  public List<Outcome> next(int n) {
    List<Outcome> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(article());
    }
    return out;
  }

  private Outcome.Coded article() {
    long number = next++;
    StringBuilder text = new StringBuilder("Synthetic report ").append(number).append(". ");
    List<TextSpan> sentences = new ArrayList<>();
    for (int e = 0; e < eventsPerArticle; e++) {
      int begin = text.length();
      for (int w = 0; w < 12; w++) {
        text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
      }
      text.setCharAt(text.length() - 1, '.');
      sentences.add(new TextSpan(begin, text.length()));
      text.append(' ');
    }
    String body = text.toString().strip();
    LocalDate published = order == Order.RANDOM ? first.plusDays(random.nextInt(days))
        : first.plusDays(Math.min(days - 1, number * days / articles));
    Article article = new Article(Article.idOf(body), "https://synthetic.example/" + number, "source" + (number % 500),
        null, Published.of(published), "en", body, List.of(), "synthetic:" + number, null);
    List<Event> events = new ArrayList<>(eventsPerArticle);
    for (int e = 0; e < eventsPerArticle; e++) {
      events.add(event("E" + e, sentences.get(e), published));
    }
    return new Outcome.Coded(Document.of(article).with(Layers.EVENTS, events), List.of());
  }

  private Event event(String id, TextSpan sentence, LocalDate published) {
    int root = 1 + random.nextInt(20);
    String rootCode = ROOT_CODES[root];
    String code = rootCode + random.nextInt(10);
    int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    String sourceCountry = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
    String targetCountry = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
    String placeCountry = random.nextBoolean() ? sourceCountry : targetCountry;
    TextSpan word = new TextSpan(sentence.begin(), sentence.begin() + 3);
    EventActor source = new EventActor(null, sourceCountry + " actor " + random.nextInt(1000),
        sourceCountry + ROLES.get(random.nextInt(ROLES.size())), word);
    EventActor target = new EventActor(null, targetCountry + " actor " + random.nextInt(1000),
        targetCountry + ROLES.get(random.nextInt(ROLES.size())), word);
    double lat = -60 + random.nextDouble() * 130;
    double lon = -180 + random.nextDouble() * 360;
    Place place = new Place(word, "place", 1_000_000 + random.nextInt(5_000_000), "Place " + random.nextInt(100_000), "P",
        "PPL", placeCountry, null, lat, lon, PlacePrecision.CITY, 0.8);
    LocalDate day = order == Order.RANDOM ? first.plusDays(random.nextInt(days))
        : java.util.Collections.max(List.of(first, published.minusDays(random.nextInt(4))));
    TimeInterval when = new TimeInterval(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), Precision.DAY);
    Modality modality = Modality.values()[random.nextInt(Modality.values().length)];
    return new Event(id, CameoCode.of(code), quad, -10 + random.nextInt(21), "TYPE" + root, null, source, target, modality,
        null, null, null, new EventPlace(place, EventPlace.Source.SENTENCE), new EventDate(when, null, EventDate.Source.ARTICLE),
        word, "abc", sentence, 0.5 + random.nextDouble() / 2, "synthetic", List.of());
  }
}
