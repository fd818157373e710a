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

/**
 * The standard stage line-up: annotate, time, actors, places, quotes, events. Two entry points:
 * {@link #standard(PipelineResources, EventsConfig)} over resources loaded once and shared (one
 * pipeline per worker thread), and {@link #standard(AnnotatorConfig)} for a single pipeline with
 * resources of its own and the default settings.
 */
public final class Pipelines {
  private Pipelines() {}

  /**
   * The standard line-up with resources of its own (the built-in gazetteer; loads every model:
   * seconds) and the default events settings. Callers that build several pipelines, or choose the
   * gazetteer or the events settings, load one {@link PipelineResources} and use {@link
   * #standard(PipelineResources, EventsConfig)}.
   */
  public static Pipeline standard(AnnotatorConfig config) {
    return standard(PipelineResources.load(config, PlaceResources.builtIn()), EventsConfig.DEFAULT);
  }

  /**
   * The standard line-up over shared, loaded resources: cheap, one per worker thread; the events
   * stage set by {@code events} ({@link EventsConfig#DEFAULT} for the defaults).
   */
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
