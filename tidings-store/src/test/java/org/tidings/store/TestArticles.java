package org.tidings.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tidings.model.CameoCode;
import org.tidings.model.Actor;
import org.tidings.model.ActorCode;
import org.tidings.model.ActorMention;
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
import org.tidings.model.Quote;
import org.tidings.model.Segment;
import org.tidings.model.SegmentKind;
import org.tidings.model.TextSpan;
import org.tidings.model.TimeInterval;
import org.tidings.model.TimeRef;
import org.tidings.model.TimexType;
import org.tidings.model.TokenRange;

/**
 * Coded documents built directly from the model records, as the events and quotes stages will
 * produce them: every span is found in the given text, so an edited copy of the text gets the same
 * annotations at its own offsets.
 */
final class TestArticles {
  private TestArticles() {}

  static final String WIRE = """
      MOSCOW, Oct 13 (Tidings Wire) - Russian President Vladimir Putin hosted Tajik security chief \
      Saimumin Yatimov in Moscow on Wednesday. "We will help our allies in every way," Putin said after \
      the meeting. Tajikistan's government accused Taliban militants of attacking a border post near Khorog \
      on Tuesday, according to officials. The United Nations urged all sides to show restraint along the \
      long and mountainous frontier.
      The two countries have held regular security consultations since the withdrawal of foreign troops \
      from Afghanistan, and both capitals describe the relationship as a strategic alliance. Analysts in \
      Dushanbe said the talks covered border patrols, the supply of equipment to the Tajik army and the \
      situation of refugees who crossed the river in the summer. Trade between the two countries has \
      grown every year, and hundreds of thousands of Tajik citizens work in Russian cities, sending money \
      home to their families in the mountain villages of the east.""";

  /** The wire story as a syndicating site printed it: another byline, a changed phrase, a credit line. */
  static String syndicatedCopy() {
    return WIRE.replace("(Tidings Wire)", "(Daily Courier)")
        .replace("to show restraint", "to exercise restraint")
        + "\nAdditional reporting by the Courier staff.";
  }

  /** The wire story's coded facts in other words: not a near-duplicate, but the same events. */
  static Outcome.Coded independentReport() {
    String rewritten = WIRE.replace("The two countries have held", "Moscow and Dushanbe have held")
        .substring(0, WIRE.indexOf("The two countries")) + "Officials gave no further details.";
    return coded(rewritten, "https://other.example/x", "Other Paper", LocalDate.of(2021, 10, 13), 0);
  }

  static final String OTHER = """
      PARIS - French farmers blocked roads around the capital on Monday to protest against fuel prices, \
      and the agriculture minister promised to meet their union leaders later this week. Tractors moved \
      slowly along the ring road during the morning rush hour, and police said the protest was peaceful. \
      The union said it would continue until the government lowered taxes on diesel used by farms.""";

  static Outcome.Coded wire(String id) {
    return coded(WIRE, "https://wire.example/" + id, "Tidings Wire", LocalDate.of(2021, 10, 13), 0);
  }

  /**
   * The wire story's annotations on {@code text}.
   *
   * @param attackDayShift days added to the attack's date, as a copy with a different dateline resolves it
   */
  static Outcome.Coded coded(String text, String url, String source, LocalDate published, int attackDayShift) {
    return coded(text, url, source, published, attackDayShift, List.of());
  }

  /** The wire story under a headline, a reading-time note and a photo caption, as a site printed it. */
  static final String PRINTED = "Allies meet\n2 min read\n" + WIRE + "\nBorder guards on the river bank (Photo: Tidings Wire)";

  /** {@link #PRINTED} coded, with its segments: the title, the residue and the caption apart from the body. */
  static Outcome.Coded printed() {
    List<Segment> segments = new ArrayList<>();
    int start = 0;
    for (String line : PRINTED.split("\n")) {
      TextSpan span = new TextSpan(start, start + line.length());
      segments.add(line.equals("Allies meet") ? new Segment(span, SegmentKind.TITLE, "same as the title")
          : line.equals("2 min read") ? new Segment(span, SegmentKind.RESIDUE, "reading-time note")
          : line.endsWith("(Photo: Tidings Wire)") ? new Segment(span, SegmentKind.CAPTION, "picture credit")
          : new Segment(span, SegmentKind.BODY, ""));
      start += line.length() + 1;
    }
    return coded(PRINTED, "https://site.example/allies", "Site", LocalDate.of(2021, 10, 13), 0, segments);
  }

  private static Outcome.Coded coded(String text, String url, String source, LocalDate published, int attackDayShift,
      List<Segment> segments) {
    Article article = new Article(Article.idOf(text), url, source, "Putin hosts Tajik security chief",
        Published.of(published), "en", text, segments, url == null ? "copy.txt" : url, null);
    Actor putin = actor(text, "A1", "Vladimir Putin", Actor.Type.PERSON, "RUS", "GOV", "Russian President Vladimir Putin", "Putin");
    Actor yatimov = actor(text, "A2", "Saimumin Yatimov", Actor.Type.PERSON, "TJK", "SPY", "Saimumin Yatimov");
    Actor tajikGov = actor(text, "A3", "Government of Tajikistan", Actor.Type.STATE, "TJK", "GOV", "Tajikistan's government");
    Actor taliban = actor(text, "A4", "Taliban", Actor.Type.GROUP, "AFG", "REB", "Taliban militants");
    Actor un = actor(text, "A5", "United Nations", Actor.Type.ORGANISATION, "IGO", null, "The United Nations");
    Place moscow = place(text, "Moscow", 524901, "Moscow", "RUS", "RU.48", 55.75222, 37.61556, PlacePrecision.CITY);
    Place khorog = place(text, "Khorog", 1221328, "Khorugh", "TJK", "TJ.01", 37.48974, 71.55304, PlacePrecision.CITY);
    TimeRef wednesday = time(text, "Wednesday", "2021-10-13", day(2021, 10, 13));
    TimeRef tuesday = time(text, "Tuesday", "2021-10-12", day(2021, 10, 12));
    Quote quote = new Quote("Q1", Quote.Kind.DIRECT, span(text, "We will help our allies in every way,"),
        "We will help our allies in every way,", span(text, "said"), "said", span(text, "Putin said"),
        "A1", "Vladimir Putin", null, day(2021, 10, 13), 0.9);
    Quote reported = new Quote("Q2", Quote.Kind.REPORTED, span(text, "Taliban militants of attacking a border post near Khorog"),
        "Taliban militants of attacking a border post near Khorog", span(text, "accused"), "accused",
        span(text, "Tajikistan's government"), "A3", "Government of Tajikistan", null, day(2021, 10, 13), 0.7);
    List<Event> events = new ArrayList<>();
    events.add(event(text, "E1", "043", 1, 2.8, "CONSULT", Modality.ASSERTED,
        party(text, putin, "RUSGOV", "Vladimir Putin"), party(text, yatimov, "TJKSPY", "Saimumin Yatimov"),
        "hosted", moscow, EventPlace.Source.SENTENCE, wednesday, null));
    events.add(event(text, "E2", "112", 3, -2.0, "ACCUSE", Modality.ASSERTED,
        party(text, tajikGov, "TJKGOV", "Tajikistan's government"), party(text, taliban, "AFGREB", "Taliban militants"),
        "accused", khorog, EventPlace.Source.SENTENCE, wednesday, null));
    TimeRef attackTime = attackDayShift == 0 ? tuesday
        : new TimeRef(tuesday.span(), tuesday.text(), tuesday.type(), "shifted", day(2021, 10, 12 + attackDayShift));
    events.add(event(text, "E3", "190", 4, -10.0, "ASSAULT", Modality.REPORTED,
        party(text, taliban, "AFGREB", "Taliban militants"), new EventActor(null, "border post", "", span(text, "a border post")),
        "attacking", khorog, EventPlace.Source.SENTENCE, attackTime, "Q2"));
    events.add(event(text, "E4", "070", 2, 7.0, "AID", Modality.INTENDED,
        party(text, putin, "RUSGOV", "Putin said"), new EventActor(null, "allies", "", span(text, "our allies")),
        "help", null, null, wednesday, "Q1"));
    events.add(event(text, "E5", "0241", 1, -0.3, "DEMAND", Modality.ASSERTED,
        party(text, un, "IGO", "The United Nations"), null, "urged", null, null, wednesday, null));
    Document doc = Document.of(article)
        .with(Layers.TIMES, List.of(wednesday, tuesday))
        .with(Layers.PLACES, List.of(moscow, khorog))
        .with(Layers.ACTORS, List.of(putin, yatimov, tajikGov, taliban, un))
        .with(Layers.QUOTES, List.of(quote, reported))
        .with(Layers.EVENTS, events);
    return new Outcome.Coded(doc, List.of());
  }

  /** An unrelated story with one event of its own. */
  static Outcome.Coded other() {
    String text = OTHER;
    Article article = new Article(Article.idOf(text), "https://news.example/farmers", "News Example", "Farmers block roads",
        Published.of(LocalDate.of(2021, 11, 8)), "en", text, List.of(), "other.txt", "farm-1");
    Actor farmers = actor(text, "A1", "French farmers", Actor.Type.UNNAMED_COLLECTIVE, "FRA", "AGR", "French farmers");
    Actor minister = actor(text, "A2", "agriculture minister", Actor.Type.UNNAMED_PERSON, "FRA", "GOV", "the agriculture minister");
    Place paris = place(text, "PARIS", 2988507, "Paris", "FRA", "FR.11", 48.85341, 2.3488, PlacePrecision.CITY);
    TimeRef monday = time(text, "Monday", "2021-11-08", day(2021, 11, 8));
    Event protest = event(text, "E1", "141", 3, -6.5, "PROTEST", Modality.ASSERTED,
        party(text, farmers, "FRAAGR", "French farmers"), null, "blocked", paris, EventPlace.Source.SENTENCE, monday, null);
    Event promise = event(text, "E2", "036", 1, 4.0, "CONSULT", Modality.INTENDED,
        party(text, minister, "FRAGOV", "the agriculture minister"), party(text, farmers, "FRAAGR", "union leaders"),
        "meet", paris, EventPlace.Source.ARTICLE_FOCUS, monday, null);
    Document doc = Document.of(article)
        .with(Layers.TIMES, List.of(monday))
        .with(Layers.PLACES, List.of(paris))
        .with(Layers.ACTORS, List.of(farmers, minister))
        .with(Layers.QUOTES, List.<Quote>of())
        .with(Layers.EVENTS, List.of(protest, promise));
    return new Outcome.Coded(doc, List.of("no byline"));
  }

  static final String UNDATED = """
      Venezuelan protesters burned flags outside the embassy in Caracas, condemning new sanctions. \
      Agnès Dupont, a French observer, said the crowd was "angry, but peaceful".""";

  /**
   * An article with no publication date and no date in its text: its event is undated, and its
   * target (the country that imposed the sanctions) is only implied.
   */
  static Outcome.Coded undated() {
    String text = UNDATED;
    Article article = new Article(Article.idOf(text), null, "Undated Daily", "Flags burned in Caracas", null, "en", text,
        List.of(), "undated.txt", null);
    Actor protesters = actor(text, "A1", "Venezuelan protesters", Actor.Type.UNNAMED_COLLECTIVE, "VEN", "OPP", "Venezuelan protesters");
    Place venezuela = place(text, "Caracas", 3625428, "Venezuela", "VEN", null, 8.0, -66.0, PlacePrecision.COUNTRY);
    TextSpan t = span(text, "condemning");
    Event condemn = new Event("E1", CameoCode.of("111"), 3, -2.0, "ACCUSE", null,
        party(text, protesters, "VENOPP", "Venezuelan protesters"), new EventActor(null, "implied:USA", "USA", t),
        Modality.ASSERTED, null, null, null, new EventPlace(venezuela, EventPlace.Source.SENTENCE), null, t, "condemning",
        sentenceOf(text, t), 0.6, "test-coder 1", List.of());
    Document doc = Document.of(article)
        .with(Layers.TIMES, List.<TimeRef>of())
        .with(Layers.PLACES, List.of(venezuela))
        .with(Layers.ACTORS, List.of(protesters))
        .with(Layers.QUOTES, List.<Quote>of())
        .with(Layers.EVENTS, List.of(condemn));
    return new Outcome.Coded(doc, List.of("no publication date"));
  }

  static TextSpan span(String text, String needle) {
    int at = text.indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException("'" + needle + "' is not in the text");
    }
    return new TextSpan(at, at + needle.length());
  }

  static TimeInterval day(int y, int m, int d) {
    LocalDateTime begin = LocalDate.of(y, m, d).atStartOfDay();
    return new TimeInterval(begin, begin.plusDays(1), Precision.DAY);
  }

  private static Actor actor(String text, String id, String name, Actor.Type type, String country, String role, String... mentions) {
    List<ActorMention> ms = new ArrayList<>();
    for (String m : mentions) {
      ms.add(new ActorMention(span(text, m), new TokenRange(0, 1), m, m.equals(name) ? ActorMention.Kind.NAME : ActorMention.Kind.NOMINAL));
    }
    List<ActorCode> codes = new ArrayList<>();
    codes.add(new ActorCode(ActorCode.Field.COUNTRY, country, ActorCode.DESCRIPTION, mentions[0], span(text, mentions[0])));
    if (role != null) {
      codes.add(new ActorCode(ActorCode.Field.ROLE, role, ActorCode.DICTIONARY, name, null));
    }
    return new Actor(id, name, type, List.of(country), role == null ? List.of() : List.of(role), null, 0.9, codes, null, ms);
  }

  private static EventActor party(String text, Actor actor, String code, String mention) {
    return new EventActor(actor.id(), actor.name(), code, span(text, mention));
  }

  private static Place place(String text, String needle, long geonameId, String name, String country, String admin1,
      double lat, double lon, PlacePrecision precision) {
    return new Place(span(text, needle), needle, geonameId, name, "P", "PPLA", country, admin1, lat, lon, precision, 0.9);
  }

  private static TimeRef time(String text, String needle, String value, TimeInterval resolved) {
    return new TimeRef(span(text, needle), needle, TimexType.DATE, value, resolved);
  }

  private static Event event(String text, String id, String code, int quad, double goldstein, String plover, Modality modality,
      EventActor source, EventActor target, String trigger, Place place, EventPlace.Source placeSource, TimeRef time,
      String quoteId) {
    TextSpan t = span(text, trigger);
    return new Event(id, CameoCode.of(code), quad, goldstein, plover, null, source, target, modality,
        modality == Modality.REPORTED ? "A3" : null, quoteId, null,
        place == null ? null : new EventPlace(place, placeSource),
        new EventDate(time.resolved(), time.span(), EventDate.Source.EVENT), t, trigger, sentenceOf(text, t), 0.8,
        "test-coder 1", List.of());
  }

  /** The sentence around a span: from after the previous ". " (or a line start) to the next period. */
  static TextSpan sentenceOf(String text, TextSpan inner) {
    int begin = inner.begin();
    while (begin > 0 && !(text.charAt(begin - 1) == '\n' || (begin > 1 && text.charAt(begin - 2) == '.' && text.charAt(begin - 1) == ' '))) {
      begin--;
    }
    int end = text.indexOf('.', inner.end());
    return new TextSpan(begin, end < 0 ? text.length() : end + 1);
  }
}
