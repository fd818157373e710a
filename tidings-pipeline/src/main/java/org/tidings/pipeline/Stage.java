package org.tidings.pipeline;

import java.util.Set;
import org.tidings.model.Document;
import org.tidings.model.Layer;

/**
 * One step of the pipeline: reads the layers it {@link #requires()} and returns the document with
 * the layers it {@link #produces()} added. A {@link Pipeline} checks these declarations when it is
 * assembled.
 *
 * <p>Implementations keep no per-document state. A stage instance is used by one thread at a time
 * unless its Javadoc says it is thread-safe; the batch runner gives each worker its own pipeline.
 */
public interface Stage {

  /** Short name used in outcomes and logs, e.g. "annotate". */
  String name();

  /** Layers that must be present before this stage runs. */
  Set<Layer<?>> requires();

  /** Layers this stage adds. */
  Set<Layer<?>> produces();

  /**
   * Adds this stage's layers.
   *
   * @throws SkipArticle when the article should not be processed further, with the reason
   * @throws RuntimeException on any failure; the pipeline records it as a {@code Failed} outcome
   */
  Document process(Document document);
}
