package org.tidings.pipeline.events;

import org.tidings.pipeline.events.learn.Encoders;
import org.tidings.pipeline.events.learn.EventModel;
import org.tidings.pipeline.events.learn.SentenceEncoder;
import org.tidings.pipeline.lexicon.LexiconResources;
import org.tidings.pipeline.lexicon.WordNetSenses;
import org.tidings.pipeline.places.Countries;
import org.tidings.pipeline.places.PlaceResources;

/**
 * The registry of the events stage's resources: the CAMEO/PLOVER ontology, the lexicon, WordNet
 * (through the shared {@link LexiconResources}) and (through the places registry) the countries of
 * the places layer. Each is loaded once, on
 * first use; create one registry per JVM (one per Spark executor) and pass it through
 * constructors. There is no static instance.
 *
 * <p>Thread-safe: concurrent first calls load each resource once.
 */
public final class EventResources {
  private final PlaceResources places;
  private volatile CameoOntology ontology;
  private volatile CameoLexicon lexicon;
  private final LexiconResources words;
  private volatile EventConfidence confidence;
  private volatile Learned learned;

  /**
   * The learned coder's parts: its model and the encoder the model was trained with.
   *
   * @param model the trained heads
   * @param encoder the encoder named by the model
   */
  public record Learned(EventModel model, SentenceEncoder encoder) {}

  /** Over the places registry, with WordNet of its own (tests, tools). */
  public EventResources(PlaceResources places) {
    this(places, new LexiconResources());
  }

  /** Over the places registry and the WordNet shared with the other stages. */
  public EventResources(PlaceResources places, LexiconResources words) {
    this.places = places;
    this.words = words;
  }

  /**
   * Starts loading WordNet (about 6 s, see BENCHMARKS.md) on a daemon thread and returns at once,
   * so the load overlaps with CoreNLP's. A failure there is not lost: the load is simply retried,
   * and its error thrown, by the first {@link #wordNet()} call of the stage.
   *
   * @return this registry
   */
  public EventResources loadInBackground() {
    Thread loader = new Thread(() -> {
      try {
        wordNet();
        lexicon();
      } catch (RuntimeException e) {
        // retried and reported by the events stage's own call (see Javadoc)
      }
    }, "tidings-wordnet-load");
    loader.setDaemon(true);
    loader.start();
    return this;
  }

  public CameoOntology ontology() {
    CameoOntology o = ontology;
    if (o == null) {
      synchronized (this) {
        if (ontology == null) {
          ontology = CameoOntology.bundled();
        }
        o = ontology;
      }
    }
    return o;
  }

  public CameoLexicon lexicon() {
    CameoLexicon l = lexicon;
    if (l == null) {
      CameoOntology o = ontology();
      synchronized (this) {
        if (lexicon == null) {
          lexicon = CameoLexicon.bundled(o);
        }
        l = lexicon;
      }
    }
    return l;
  }

  /** WordNet, from the shared registry (loaded on the first call there). */
  public WordNetSenses wordNet() {
    return words.wordNet();
  }

  /** The learned event confidence model (bundled). */
  public EventConfidence confidence() {
    EventConfidence c = confidence;
    if (c == null) {
      synchronized (this) {
        if (confidence == null) {
          confidence = EventConfidence.bundled();
        }
        c = confidence;
      }
    }
    return c;
  }

  /**
   * The bundled learned event model and its encoder, loaded on first use (the encoder's weights:
   * about a second).
   *
   * @throws IllegalStateException when the project ships no model or its encoder cannot be loaded
   */
  public Learned learned() {
    Learned l = learned;
    if (l == null) {
      synchronized (this) {
        if (learned == null) {
          EventModel model = EventModel.bundled();
          learned = new Learned(model, Encoders.byName(model.encoder()));
        }
        l = learned;
      }
    }
    return l;
  }

  /** Countries as the places layer knows them (the places stage's gazetteer). */
  public Countries countries() {
    return places.countries();
  }
}
