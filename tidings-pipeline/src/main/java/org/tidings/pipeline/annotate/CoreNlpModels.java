package org.tidings.pipeline.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The CoreNLP models of one {@link AnnotatorConfig}, loaded once and shared by every {@link
 * CoreNlpAnnotator} made from it: create one per JVM (one per Spark executor) and pass it through
 * constructors, as the batch commands do.
 *
 * <p>Loading runs the heavy models side by side (part-of-speech tagger, CRF, dependency parser
 * model, SUTime rules) instead of one after the other, which takes about a third off start-up on two
 * cores (BENCHMARKS.md). The tagger and CRF land in CoreNLP's own annotator cache, keyed by their
 * settings, where each annotator's {@code StanfordCoreNLP} finds them; the SUTime annotator and
 * our {@link ArcStandardParser} (over CoreNLP's parser model) are held here and shared.
 *
 * <p>Thread-safe and immutable once built. The shared SUTime annotator is used concurrently by
 * several worker threads, as CoreNLP's own multi-threaded pipeline uses it.
 */
public final class CoreNlpModels {
  /** The annotators worth loading on their own thread: each takes a second or more. */
  private static final List<String> HEAVY = List.of("ner", "pos");

  private final AnnotatorConfig config;
  private final TimeAnnotator sutime;
  private final ArcStandardParser parser;

  private CoreNlpModels(AnnotatorConfig config, TimeAnnotator sutime, ArcStandardParser parser) {
    this.config = config;
    this.sutime = sutime;
    this.parser = parser;
  }

  /**
   * Loads the models of {@code config} in parallel and returns when all are ready.
   *
   * @throws RuntimeException as CoreNLP throws it when a model is missing or unreadable
   */
  public static CoreNlpModels load(AnnotatorConfig config) {
    Properties properties = CoreNlpAnnotator.corenlpProperties(config);
    ExecutorService pool = Executors.newFixedThreadPool(HEAVY.size() + 1, CoreNlpModels::daemon);
    try {
      List<CompletableFuture<Void>> warming = new ArrayList<>();
      for (String annotator : HEAVY) {
        if (properties.getProperty("annotators").contains(annotator)) {
          Properties only = new Properties();
          only.putAll(properties);
          only.setProperty("annotators", annotator);
          warming.add(CompletableFuture.runAsync(() -> new StanfordCoreNLP(only, false), pool));
        }
      }
      CompletableFuture<ParserModel> parserModel =
          config.parse() ? CompletableFuture.supplyAsync(ParserModel::loadDefault, pool) : null;
      TimeAnnotator sutime = new TimeAnnotator("sutime", CoreNlpAnnotator.sutimeProperties());
      for (CompletableFuture<Void> f : warming) {
        join(f);
      }
      ArcStandardParser parser = parserModel == null ? null : new ArcStandardParser(join(parserModel));
      return new CoreNlpModels(config, sutime, parser);
    } finally {
      pool.shutdown();
    }
  }

  public AnnotatorConfig config() {
    return config;
  }

  /** The SUTime annotator, shared by all annotators of these models. */
  public TimeAnnotator sutime() {
    return sutime;
  }

  /** The dependency parser shared by all annotators, or null when {@code config().parse()} is off. */
  ArcStandardParser parser() {
    return parser;
  }

  /** A fresh {@code StanfordCoreNLP} over the cached models; cheap after {@link #load}. */
  public StanfordCoreNLP newPipeline() {
    return new StanfordCoreNLP(CoreNlpAnnotator.corenlpProperties(config), false);
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "tidings-corenlp-load");
    t.setDaemon(true);
    return t;
  }
}
