package org.tidings.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.tidings.model.Outcome;
import org.tidings.pipeline.BatchRunner;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.StageTimings;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.events.EventsConfig;
import org.tidings.pipeline.extract.InputDefaults;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;
import org.tidings.pipeline.places.PlaceResources;

/**
 * The end-to-end throughput run: reads a corpus with {@link InputReader}, runs
 * {@link Pipelines#standard} over it on several threads ({@link BatchRunner}, one pipeline per
 * thread sharing one {@link PlaceResources}, models loaded lazily by the workers, as the ingest
 * command does) and measures start-up, rates, heap and outcomes into a {@link BenchReport}.
 *
 * <p>Heap peaks are reset when the run starts and cover the whole JVM, so run it in a JVM doing
 * nothing else. Not thread-safe: one run at a time per JVM.
 *
 * @param corpus a file or directory {@link InputReader} reads (typically JSONL)
 * @param limit read at most this many input items; 0 means all
 * @param threads worker threads; 0 means one per core
 * @param annotator CoreNLP stage settings
 * @param events events stage settings (which coder)
 */
public record ThroughputRun(Path corpus, int limit, int threads, AnnotatorConfig annotator, EventsConfig events) {

  public ThroughputRun {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(events, "events");
    if (limit < 0 || threads < 0) {
      throw new IllegalArgumentException("limit and threads must be >= 0");
    }
  }

  /** The standard pipeline with {@link AnnotatorConfig#DEFAULT}, as {@code tidings bench} runs. */
  public static ThroughputRun standard(Path corpus, int limit, int threads) {
    return standard(corpus, limit, threads, EventsConfig.DEFAULT);
  }

  /** As {@link #standard(Path, int, int)}, the events stage set by {@code events}. */
  public static ThroughputRun standard(Path corpus, int limit, int threads, EventsConfig events) {
    return new ThroughputRun(corpus, limit, threads, AnnotatorConfig.DEFAULT, events);
  }

  /** Worker threads used: {@link #threads}, or one per core. */
  public int effectiveThreads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  /**
   * Runs the corpus and measures it. Times are taken from this JVM's start.
   *
   * @throws IllegalArgumentException when the corpus does not exist
   * @throws IllegalStateException when a worker cannot build its pipeline (e.g. a model is missing)
   */
  public BenchReport run() {
    HeapPeak.reset();
    long jvmStart = jvmStartNanos();
    int workers = effectiveThreads();
    // One gazetteer for all worker pipelines, as the ingest command does.
    PlaceResources places = PlaceResources.builtIn();
    // One set of resources for all workers; CoreNLP models load in parallel before the first article.
    PipelineResources resources = PipelineResources.load(annotator, places);
    double ready = (System.nanoTime() - jvmStart) / 1e9;
    StageTimings timings = new StageTimings();
    Supplier<Pipeline> factory = () -> Pipelines.standard(resources, events).timed(timings);
    InputReader reader = new InputReader(new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS), InputDefaults.NONE);
    Tally tally = new Tally(jvmStart);
    try (Stream<InputItem> read = reader.read(corpus);
        BatchRunner runner = new BatchRunner(workers, factory, BatchRunner.window(workers))) {
      Stream<InputItem> items = limit > 0 ? read.limit(limit) : read;
      Iterator<InputItem> it = items.iterator();
      runner.run(it, tally::add);
    }
    double total = (System.nanoTime() - jvmStart) / 1e9;
    return new BenchReport(
        corpus.toString(), workers, tally.inputs, tally.coded, tally.skipped, tally.failed, tally.tokens, ready,
        tally.firstCoded < 0 ? Double.NaN : tally.firstCoded, total,
        HeapPeak.megabytes(), HeapPeak.maxMegabytes(), null, 0, timings.seconds());
  }

  /** {@link System#nanoTime()} at the moment the JVM started (as near as the JVM tells). */
  static long jvmStartNanos() {
    return System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
  }

  /** Counts outcomes as the runner delivers them (on the calling thread only). */
  private static final class Tally {
    private final long origin;
    int inputs;
    int coded;
    int skipped;
    int failed;
    long tokens;
    double firstCoded = -1;

    Tally(long origin) {
      this.origin = origin;
    }

    void add(Outcome outcome) {
      inputs++;
      if (outcome instanceof Outcome.Coded c) {
        if (coded++ == 0) {
          firstCoded = (System.nanoTime() - origin) / 1e9;
        }
        tokens += c.document().tokens().size();
      } else if (outcome instanceof Outcome.Skipped) {
        skipped++;
      } else {
        failed++;
      }
    }
  }
}
