package org.tidings.server;

import java.time.LocalDate;
import java.util.List;
import org.tidings.model.CameoCode;
import org.tidings.model.Actor;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Event;
import org.tidings.model.EventActor;
import org.tidings.model.EventDate;
import org.tidings.model.EventPlace;
import org.tidings.model.Layer;
import org.tidings.model.Layers;
import org.tidings.model.Modality;
import org.tidings.model.Outcome;
import org.tidings.model.Place;
import org.tidings.model.PlacePrecision;
import org.tidings.model.Precision;
import org.tidings.model.Published;
import org.tidings.model.Quote;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.TimeInterval;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.annotate.AnnotatorConfig;

/**
 * Two short articles run through the real standard pipeline (CoreNLP, times, actors, places),
 * then given the quote and the events the quotes and events stages would find, built from the
 * model records: the pipeline of this branch has no such stages, and these tests must not depend
 * on what they will code. The pipeline's own quotes and events, if any, are replaced.
 */
final class CodedArticles {
  private CodedArticles() {}

  static final String MOSCOW = "MOSCOW, Oct 13 - Russian President Vladimir Putin hosted the Tajik security chief"
      + " Saimumin Yatimov in Moscow on Wednesday. \"We will defend our national security together,\" Putin said"
      + " after the talks. Tajikistan's government accused Taliban militants of attacking a border post near"
      + " Khorog on Tuesday.";

  static final String PARIS = "PARIS, Nov 8 - French farmers blocked roads around Paris on Monday to protest"
      + " against fuel prices. The agriculture minister promised to meet union leaders on Friday, the ministry said.";

  private static final List<Layer<?>> KEPT = List.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS, Layers.TIMEX,
      Layers.TIMES, Layers.PLACES, Layers.FOCUS, Layers.ACTORS);

  /** Coded once per test JVM: the outcomes are immutable, and loading CoreNLP takes most of a minute. */
  private static List<Outcome.Coded> coded;

  /** Both articles, coded (CoreNLP is loaded by the first call only). */
  static synchronized List<Outcome.Coded> outcomes() {
    if (coded == null) {
      Pipeline pipeline = Pipelines.standard(AnnotatorConfig.DEFAULT);
      coded = List.of(moscow(pipeline), paris(pipeline));
    }
    return coded;
  }

  private static Outcome.Coded moscow(Pipeline pipeline) {
    Document doc = run(pipeline, MOSCOW, "Tidings Wire", LocalDate.of(2021, 10, 13), "Putin hosts Tajik security chief");
    Place moscow = place(MOSCOW, "Moscow", 524901, "RUS", 55.75222, 37.61556);
    Place khorog = place(MOSCOW, "Khorog", 1221328, "TJK", 37.48974, 71.55304);
    Quote quote = new Quote("Q1", Quote.Kind.DIRECT, span(MOSCOW, "We will defend our national security together,"),
        "We will defend our national security together,", span(MOSCOW, "said"), "said", span(MOSCOW, "Putin said"),
        actorId(doc, "Putin"), "Vladimir Putin", null, day(2021, 10, 13), 0.9);
    List<Event> events = List.of(
        event(doc, "E1", "043", 1, 2.8, "CONSULT", Modality.ASSERTED, party(doc, "Vladimir Putin", "RUSGOV", "Russian President Vladimir Putin"),
            party(doc, "Saimumin Yatimov", "TJKSPY", "Saimumin Yatimov"), "hosted", moscow, day(2021, 10, 13)),
        event(doc, "E2", "112", 3, -2.0, "ACCUSE", Modality.ASSERTED, party(doc, "Tajikistan", "TJKGOV", "Tajikistan's government"),
            party(doc, "Taliban", "AFGREB", "Taliban militants"), "accused", khorog, day(2021, 10, 13)),
        event(doc, "E3", "190", 4, -10.0, "ASSAULT", Modality.REPORTED, party(doc, "Taliban", "AFGREB", "Taliban militants"),
            null, "attacking", khorog, day(2021, 10, 12)));
    return coded(doc, List.of(quote), events);
  }

  private static Outcome.Coded paris(Pipeline pipeline) {
    Document doc = run(pipeline, PARIS, "News Example", LocalDate.of(2021, 11, 8), "Farmers block roads");
    Place paris = place(PARIS, "Paris", 2988507, "FRA", 48.85341, 2.3488);
    List<Event> events = List.of(
        event(doc, "E1", "141", 3, -6.5, "PROTEST", Modality.ASSERTED, party(doc, "French farmers", "FRAAGR", "French farmers"),
            null, "blocked", paris, day(2021, 11, 8)),
        event(doc, "E2", "036", 1, 4.0, "CONSULT", Modality.INTENDED, party(doc, "agriculture minister", "FRAGOV", "The agriculture minister"),
            party(doc, "union leaders", "FRALAB", "union leaders"), "meet", paris, day(2021, 11, 12)));
    return coded(doc, List.of(), events);
  }

  private static Document run(Pipeline pipeline, String text, String source, LocalDate published, String title) {
    Article article = new Article(Article.idOf(text), "https://news.example/" + Article.idOf(text), source, title,
        Published.of(published), "en", text, List.of(), source + ".txt", null);
    Outcome outcome = pipeline.run(article);
    if (!(outcome instanceof Outcome.Coded coded)) {
      throw new IllegalStateException("the pipeline did not code the test article: " + outcome);
    }
    return coded.document();
  }

  private static Outcome.Coded coded(Document pipelineDoc, List<Quote> quotes, List<Event> events) {
    Document doc = Document.of(pipelineDoc.article());
    for (Layer<?> layer : KEPT) {
      doc = copy(pipelineDoc, doc, layer);
    }
    return new Outcome.Coded(doc.with(Layers.QUOTES, quotes).with(Layers.EVENTS, events), List.of());
  }

  private static <T> Document copy(Document from, Document to, Layer<T> layer) {
    return from.has(layer) ? to.with(layer, from.get(layer)) : to;
  }

  /** The id of the pipeline's actor whose name holds {@code word}, or null when it found none. */
  private static String actorId(Document doc, String word) {
    if (!doc.has(Layers.ACTORS)) {
      return null;
    }
    for (Actor a : doc.get(Layers.ACTORS)) {
      if (a.name().contains(word)) {
        return a.id();
      }
    }
    return null;
  }

  /**
   * An event party coded by its CAMEO code alone (no actor id), so that what the filters match does
   * not depend on which countries the actors stage of the day gives.
   */
  private static EventActor party(Document doc, String name, String code, String mention) {
    return new EventActor(null, name, code, span(doc.article().text(), mention));
  }

  private static Event event(Document doc, String id, String code, int quad, double goldstein, String plover,
      Modality modality, EventActor source, EventActor target, String trigger, Place place, TimeInterval when) {
    String text = doc.article().text();
    TextSpan t = span(text, trigger);
    return new Event(id, CameoCode.of(code), quad, goldstein, plover, null, source, target, modality,
        null, null, null, new EventPlace(place, EventPlace.Source.SENTENCE), new EventDate(when, null, EventDate.Source.EVENT),
        t, trigger, sentence(doc, t), 0.8, "server-test 1", List.of());
  }

  /** The pipeline's sentence holding {@code inner}. */
  private static TextSpan sentence(Document doc, TextSpan inner) {
    for (Sentence s : doc.sentences()) {
      if (s.span().contains(inner)) {
        return s.span();
      }
    }
    throw new IllegalStateException("no sentence holds " + inner);
  }

  private static Place place(String text, String name, long geonameId, String country, double lat, double lon) {
    return new Place(span(text, name), name, geonameId, name, "P", "PPLA", country, null, lat, lon, PlacePrecision.CITY, 0.9);
  }

  static TextSpan span(String text, String needle) {
    int at = text.lastIndexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException("'" + needle + "' is not in the text");
    }
    return new TextSpan(at, at + needle.length());
  }

  private static TimeInterval day(int y, int m, int d) {
    return new TimeInterval(LocalDate.of(y, m, d).atStartOfDay(), LocalDate.of(y, m, d).plusDays(1).atStartOfDay(), Precision.DAY);
  }
}
