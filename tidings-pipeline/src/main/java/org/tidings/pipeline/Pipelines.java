package org.tidings.pipeline;

import java.util.List;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.annotate.CoreNlpAnnotator;
import org.tidings.pipeline.time.TimeResolver;

/** The standard stage line-up. Later capabilities append their stages here. */
public final class Pipelines {
  private Pipelines() {}

  /** Annotation and time resolution: everything the foundation produces. */
  public static Pipeline standard(AnnotatorConfig config) {
    // A registry of its own: callers that build several pipelines (one per worker) pass one shared
    // PlaceResources to the overload below so that the gazetteer is loaded once per JVM.
    return standard(config, org.tidings.pipeline.places.PlaceResources.builtIn());
  }

  /** The standard line-up with the places stage reading the given registry's gazetteer. */
  public static Pipeline standard(AnnotatorConfig config, org.tidings.pipeline.places.PlaceResources places) {
    return Pipeline.of(List.of(new CoreNlpAnnotator(config), new TimeResolver(),
        new org.tidings.pipeline.actors.ActorResolver(org.tidings.pipeline.actors.ActorDictionary.bundled()),
        new org.tidings.pipeline.places.PlaceResolver(places)));
  }
}
