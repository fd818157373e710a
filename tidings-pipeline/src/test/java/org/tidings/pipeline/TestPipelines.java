package org.tidings.pipeline;

import org.tidings.pipeline.events.EventsConfig;
import org.tidings.pipeline.places.PlaceResources;

import org.tidings.pipeline.annotate.AnnotatorConfig;

/**
 * The standard pipeline for tests, built once per test JVM because loading CoreNLP's models takes
 * about ten seconds. Pipelines are not thread-safe; JUnit runs this module's tests on one thread.
 */
public final class TestPipelines {
  private TestPipelines() {}

  private static final class Holder {
    static final PipelineResources RESOURCES = PipelineResources.load(AnnotatorConfig.DEFAULT, PlaceResources.builtIn());
    static final Pipeline STANDARD = Pipelines.standard(RESOURCES, EventsConfig.DEFAULT);
    static final Pipeline RULES = Pipelines.standard(RESOURCES, EventsConfig.DEFAULT.withCoder(EventsConfig.Coder.RULES));
  }

  /** The standard pipeline with the rule event coder instead of the default one (its tests). */
  public static Pipeline rules() {
    return Holder.RULES;
  }

  /** The resources both pipelines share. */
  public static PipelineResources resources() {
    return Holder.RESOURCES;
  }

  /** {@link Pipelines#standard} with the default annotator settings. */
  public static Pipeline standard() {
    return Holder.STANDARD;
  }
}
