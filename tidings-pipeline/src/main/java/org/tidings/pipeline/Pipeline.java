package org.tidings.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Layer;
import org.tidings.model.Outcome;

/**
 * Stages in order, checked once when assembled: every layer a stage requires is produced by an
 * earlier stage, and no layer is produced twice. {@link #run} never throws for a bad article: any
 * exception, or a stage that does not add the layers it declares, becomes a {@link Outcome.Failed}
 * naming the stage.
 *
 * <p>Not thread-safe when its stages are not (CoreNLP-backed stages are used by one thread at a
 * time); the batch runner gives each worker thread its own pipeline.
 */
public final class Pipeline {
  private final List<Stage> stages;
  /** Where stage times go, or null when not timed. */
  private final StageTimings timings;

  private Pipeline(List<Stage> stages, StageTimings timings) {
    this.stages = List.copyOf(stages);
    this.timings = timings;
  }

  /**
   * Assembles and checks a pipeline.
   *
   * @throws IllegalArgumentException naming the stage and layer when a requirement is unmet or a
   *     layer is produced twice
   */
  public static Pipeline of(List<? extends Stage> stages) {
    Set<Layer<?>> available = new HashSet<>();
    for (Stage stage : stages) {
      for (Layer<?> needed : stage.requires()) {
        if (!available.contains(needed)) {
          throw new IllegalArgumentException(
              "stage '" + stage.name() + "' requires layer '" + needed + "', which no earlier stage produces");
        }
      }
      for (Layer<?> made : stage.produces()) {
        if (!available.add(made)) {
          throw new IllegalArgumentException(
              "stage '" + stage.name() + "' produces layer '" + made + "', already produced earlier");
        }
      }
    }
    return new Pipeline(new ArrayList<>(stages), null);
  }

  /** The same stages, adding each stage's time per article to {@code timings} (for benchmarks). */
  public Pipeline timed(StageTimings timings) {
    return new Pipeline(stages, Objects.requireNonNull(timings, "timings"));
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Runs every stage on one article; never throws for a problem with the article. */
  public Outcome run(Article article) {
    Document document = Document.of(article);
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      try {
        long start = timings == null ? 0 : System.nanoTime();
        document = stage.process(document);
        if (timings != null) {
          timings.add(stage.name(), i, System.nanoTime() - start);
        }
        String broken = brokenPromise(stage, document);
        if (broken != null) {
          return new Outcome.Failed(article.origin(), stage.name(), broken, article);
        }
      } catch (SkipArticle skip) {
        return new Outcome.Skipped(article.origin(), stage.name(), skip.getMessage(), article);
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        return new Outcome.Failed(article.origin(), stage.name(), describe(e), article);
      }
    }
    List<String> warnings = new ArrayList<>();
    if (article.published() == null) {
      warnings.add("no publication date: relative time expressions are left unresolved");
    }
    return new Outcome.Coded(document, warnings);
  }

  /** Why the stage broke its declaration, or null when it kept it: a later stage relies on it. */
  private static String brokenPromise(Stage stage, Document document) {
    if (document == null) {
      return "stage returned no document";
    }
    for (Layer<?> made : stage.produces()) {
      if (!document.has(made)) {
        return "stage did not produce layer '" + made + "'";
      }
    }
    return null;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
