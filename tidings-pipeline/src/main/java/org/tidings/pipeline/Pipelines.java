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
    return Pipeline.of(List.of(new CoreNlpAnnotator(config), new TimeResolver()));
  }
}
