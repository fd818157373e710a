package org.tidings.pipeline;

import java.util.Objects;
import org.tidings.pipeline.actors.ActorDictionary;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.annotate.CoreNlpModels;
import org.tidings.pipeline.events.EventResources;
import org.tidings.pipeline.events.EventsConfig;
import org.tidings.pipeline.lexicon.LexiconResources;
import org.tidings.pipeline.places.PlaceResources;
import org.tidings.pipeline.quotes.CueLexicon;

/**
 * Everything the standard stages load once and share: CoreNLP models, the gazetteer, the actor
 * dictionary, the speech-cue lexicon, WordNet (shared by quotes and events), the event ontology and lexicon. Create one per JVM (one per Spark executor)
 * with {@link #load} and hand it to {@link Pipelines#standard(PipelineResources, EventsConfig)} for every
 * worker's pipeline; there is no static instance.
 *
 * <p>Thread-safe: every part is immutable once loaded or loads itself once under a lock.
 *
 * @param corenlp the annotation models, loaded
 * @param places the gazetteer registry (may still be loading in the background)
 * @param actors the actor dictionary
 * @param cues the speech-cue lexicon of the quotes stage
 * @param events the event registry (its lexicon may still be loading in the background)
 * @param lexicon WordNet, shared by the quotes and events stages (may still be loading in the background)
 */
public record PipelineResources(
    CoreNlpModels corenlp,
    PlaceResources places,
    ActorDictionary actors,
    CueLexicon cues,
    EventResources events,
    LexiconResources lexicon) {

  public PipelineResources {
    Objects.requireNonNull(corenlp, "corenlp");
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(cues, "cues");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(lexicon, "lexicon");
  }

  /**
   * Starts the gazetteer and WordNet loading in the background, loads the CoreNLP models (in
   * parallel) and the actor dictionary meanwhile, and returns when the CoreNLP models are ready.
   *
   * @throws RuntimeException as the loaders throw it when a model or resource is missing
   */
  public static PipelineResources load(AnnotatorConfig config, PlaceResources places) {
    places.loadInBackground();
    LexiconResources lexicon = new LexiconResources();
    EventResources events = new EventResources(places, lexicon).loadInBackground();
    CoreNlpModels corenlp = CoreNlpModels.load(config);
    return new PipelineResources(corenlp, places, ActorDictionary.load(), CueLexicon.bundled(), events, lexicon);
  }
}
