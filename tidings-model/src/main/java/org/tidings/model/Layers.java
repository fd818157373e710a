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
}
