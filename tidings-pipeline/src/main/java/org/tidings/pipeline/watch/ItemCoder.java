package org.tidings.pipeline.watch;

import java.util.Objects;
import java.util.function.Supplier;
import org.tidings.model.Outcome;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.extract.InputItem;

/**
 * Turns input items into outcomes: an article through the pipeline, which is built on the first
 * article (so that a watcher or server that receives nothing never loads the models), a rejected
 * item into its skipped or failed outcome.
 *
 * <p>Not thread-safe: one thread at a time (callers serialise).
 */
public final class ItemCoder {
  private final Supplier<Pipeline> pipelineFactory;
  private Pipeline pipeline;

  /** @param pipelineFactory builds the pipeline, called once, on the first article */
  public ItemCoder(Supplier<Pipeline> pipelineFactory) {
    this.pipelineFactory = Objects.requireNonNull(pipelineFactory);
  }

  /** The outcome of {@code item}. */
  public Outcome code(InputItem item) {
    if (item instanceof InputItem.Read read) {
      if (pipeline == null) {
        pipeline = pipelineFactory.get();
      }
      return pipeline.run(read.article());
    }
    return ((InputItem.Rejected) item).toOutcome();
  }
}
