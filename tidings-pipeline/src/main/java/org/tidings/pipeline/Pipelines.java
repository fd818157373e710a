package org.tidings.pipeline;

import java.util.List;
import org.tidings.pipeline.actors.ActorResolver;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.annotate.CoreNlpAnnotator;
import org.tidings.pipeline.events.EventCoder;
import org.tidings.pipeline.events.EventsConfig;
import org.tidings.pipeline.events.LearnedEventCoder;
import org.tidings.pipeline.events.QuotesLayerLookup;
import org.tidings.pipeline.places.PlaceResolver;
import org.tidings.pipeline.places.PlaceResources;
import org.tidings.pipeline.quotes.QuoteFinder;
import org.tidings.pipeline.time.TimeResolver;

/** The standard stage line-up: annotate, time, actors, places, quotes, events. */
public final class Pipelines {
  private Pipelines() {}

  /**
   * The standard line-up with resources of its own (loads every model: seconds). Callers that
   * build several pipelines (one per worker) load one {@link PipelineResources} and use {@link
   * #standard(PipelineResources)}.
   */
  public static Pipeline standard(AnnotatorConfig config) {
    return standard(config, PlaceResources.builtIn());
  }

  /** The standard line-up with resources of its own, the places stage reading {@code places}. */
  public static Pipeline standard(AnnotatorConfig config, PlaceResources places) {
    return standard(PipelineResources.load(config, places));
  }

  /** As {@link #standard(AnnotatorConfig, PlaceResources)}, the events stage set by {@code events}. */
  public static Pipeline standard(AnnotatorConfig config, PlaceResources places, EventsConfig events) {
    return standard(PipelineResources.load(config, places), events);
  }

  /** The standard line-up over shared, loaded resources: cheap, one per worker thread. */
  public static Pipeline standard(PipelineResources resources) {
    return standard(resources, EventsConfig.DEFAULT);
  }

  /** As {@link #standard(PipelineResources)}, the events stage set by {@code events}. */
  public static Pipeline standard(PipelineResources resources, EventsConfig events) {
    return Pipeline.of(
        List.of(
            new CoreNlpAnnotator(resources.corenlp()),
            new TimeResolver(),
            new ActorResolver(resources.actors()),
            new PlaceResolver(resources.places()),
            QuoteFinder.withLearnedCues(resources.cues(), lemma -> resources.lexicon().wordNet().firstVerbSenseFile(lemma),
                lemma -> resources.lexicon().wordNet().firstSenseFile(lemma)),
            eventCoder(resources, events)));
  }

  /** The events stage the settings choose: the learned coder, or the rules alone. */
  private static Stage eventCoder(PipelineResources resources, EventsConfig events) {
    return events.coder() == EventsConfig.Coder.RULES
        ? new EventCoder(resources.events(), new QuotesLayerLookup(), events)
        : LearnedEventCoder.bundled(resources.events(), new QuotesLayerLookup(), events);
  }
}
