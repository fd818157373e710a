package org.tidings.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.tidings.model.Article;
import org.tidings.model.Outcome;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.PipelineConfig;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.places.PlaceResources;

/**
 * The pipelines of one executor JVM: the models, gazetteer and lexicons are loaded once, lazily,
 * by the first task that needs them (seconds and GBs: never once per task or per article), and the
 * pipelines over them are pooled: a task borrows one for each article and gives it back (a
 * pipeline is not thread-safe, so one is never used by two threads at once). At most as many are
 * made as tasks run at once. Not one per thread: Spark may start a task on a new thread, which
 * would build yet another pipeline.
 *
 * <p>A JVM-wide holder is the one static registry in Tidings: Spark ships tasks, not objects with
 * a lifetime, so an executor has no other place to keep what its tasks share. It holds the
 * settings of the first job that asked; a JVM runs one job's settings at a time.
 *
 * <p>Thread-safe.
 */
final class ExecutorPipelines {
  private static Loaded loaded;
  private static final java.util.concurrent.atomic.AtomicLong CODED = new java.util.concurrent.atomic.AtomicLong();

  /** What one JVM loaded, and for which settings. */
  private record Loaded(Settings settings, PipelineConfig config, PipelineResources resources, Queue<Pipeline> idle) {}

  /**
   * The settings a job ships to its executors: plain paths, read there.
   *
   * @param configFile the JSON settings file ({@code --config}), readable on every executor; null for the defaults
   * @param gazetteer a gazetteer file readable on every executor; null for the built-in one
   */
  record Settings(String configFile, String gazetteer) implements Serializable {
    private static final long serialVersionUID = 1L;

    PipelineConfig config() {
      return configFile == null ? PipelineConfig.DEFAULT : PipelineConfig.read(Path.of(configFile));
    }

    PlaceResources places() {
      return gazetteer == null ? PlaceResources.builtIn() : PlaceResources.fromFile(Path.of(gazetteer));
    }
  }

  private ExecutorPipelines() {}

  /**
   * Codes one article with an idle pipeline of the pool (made when none is idle), loading the JVM's
   * resources first if no task has yet. Never throws for a problem with the article.
   */
  static Outcome code(Settings settings, Article article) {
    Loaded loaded = load(settings);
    Pipeline pipeline = loaded.idle().poll();
    if (pipeline == null) {
      pipeline = Pipelines.standard(loaded.resources(), loaded.config().events());
    }
    try {
      CODED.incrementAndGet();
      return pipeline.run(article);
    } finally {
      loaded.idle().offer(pipeline);
    }
  }

  /** Articles this JVM has run through a pipeline (a task run again by Spark codes its articles again). */
  static long coded() {
    return CODED.get();
  }

  /** The JVM's settings read from {@code settings} (the first job's). */
  static PipelineConfig config(Settings settings) {
    return load(settings).config();
  }

  /** The JVM's loaded resources (for code that runs the pipeline beside the job, such as its tests). */
  static PipelineResources resources(Settings settings) {
    return load(settings).resources();
  }

  private static synchronized Loaded load(Settings settings) {
    Objects.requireNonNull(settings, "settings");
    if (loaded == null) {
      PipelineConfig config = settings.config();
      PipelineResources resources = PipelineResources.load(config.annotator(), settings.places());
      loaded = new Loaded(settings, config, resources, new ConcurrentLinkedQueue<>());
    } else if (!loaded.settings().equals(settings)) {
      throw new IllegalStateException("this JVM's pipelines were loaded with " + loaded.settings()
          + "; a job with " + settings + " needs executors of its own");
    }
    return loaded;
  }
}
