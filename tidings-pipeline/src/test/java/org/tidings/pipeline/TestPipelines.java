package org.tidings.pipeline;

import org.tidings.pipeline.annotate.AnnotatorConfig;

/**
 * The standard pipeline for tests, built once per test JVM because loading CoreNLP's models takes
 * about ten seconds. Pipelines are not thread-safe; JUnit runs this module's tests on one thread.
 */
public final class TestPipelines {
  private TestPipelines() {}

  private static final class Holder {
    static final Pipeline STANDARD = Pipelines.standard(AnnotatorConfig.DEFAULT);
  }

  /** {@link Pipelines#standard} with the default annotator settings. */
  public static Pipeline standard() {
    return Holder.STANDARD;
  }
}
