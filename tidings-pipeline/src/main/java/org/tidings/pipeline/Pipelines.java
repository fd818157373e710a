package org.tidings.pipeline;

import java.util.List;
import org.tidings.pipeline.actors.ActorDictionary;
import org.tidings.pipeline.actors.ActorResolver;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.annotate.CoreNlpAnnotator;
import org.tidings.pipeline.places.PlaceResolver;
import org.tidings.pipeline.places.PlaceResources;
import org.tidings.pipeline.quotes.CueLexicon;
import org.tidings.pipeline.quotes.QuoteFinder;
import org.tidings.pipeline.time.TimeResolver;

/** The standard stage line-up: annotate, time, actors, places, quotes. Later capabilities append here. */
public final class Pipelines {
  private Pipelines() {}

  /**
   * The standard line-up with a places registry of its own. Callers that build several pipelines
   * (one per worker) use {@link #standard(AnnotatorConfig, PlaceResources)} with one shared
   * registry, so the gazetteer is loaded once per JVM.
   */
  public static Pipeline standard(AnnotatorConfig config) {
    return standard(config, PlaceResources.builtIn());
  }

  /** The standard line-up with the places stage reading the given registry's gazetteer. */
  public static Pipeline standard(AnnotatorConfig config, PlaceResources places) {
    return Pipeline.of(
        List.of(
            new CoreNlpAnnotator(config),
            new TimeResolver(),
            new ActorResolver(ActorDictionary.bundled()),
            new PlaceResolver(places),
            new QuoteFinder(CueLexicon.bundled())));
  }
}
