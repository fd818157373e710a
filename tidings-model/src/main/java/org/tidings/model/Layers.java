package org.tidings.model;

import java.util.List;

/** The layers every stage can name. New capabilities add their layer here. */
public final class Layers {
  private Layers() {}

  public static final Layer<List<Token>> TOKENS = Layer.named("tokens");
  public static final Layer<List<Sentence>> SENTENCES = Layer.named("sentences");
  public static final Layer<List<Mention>> MENTIONS = Layer.named("mentions");
  /** Time expressions as the annotator found and normalised them, before resolution. */
  public static final Layer<List<TimeRef>> TIMEX = Layer.named("timex");
  /** Time expressions with values checked and intervals resolved against publication. */
  public static final Layer<List<TimeRef>> TIMES = Layer.named("times");
  /** Place names resolved to gazetteer entries, in text order. */
  public static final Layer<List<Place>> PLACES = Layer.named("places");
  /** The article's focus country and city, from the places it names. */
  public static final Layer<FocusLocation> FOCUS = Layer.named("focus");
  /** Actors of the article: every mention of one real-world actor merged, coded by country and role. */
  public static final Layer<List<Actor>> ACTORS = Layer.named("actors");
  /** Direct, partial and reported quotes with their speakers, in text order. */
  public static final Layer<List<Quote>> QUOTES = Layer.named("quotes");
  /** Coded events, in text order of their triggers. */
  public static final Layer<List<Event>> EVENTS = Layer.named("events");
}
