package org.tidings.model;

import java.util.List;
import java.util.Objects;

/**
 * How one input item ended. Every input gives exactly one outcome, so nothing is lost: skipped
 * and failed items keep their reason, where they came from and, when it was read, the article.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Outcome permits Outcome.Coded, Outcome.Skipped, Outcome.Failed {

  /** Where the input came from: file, file:line or URL. */
  String origin();

  /**
   * The article ran through every stage.
   *
   * @param document the annotated article
   * @param warnings things a user should know (e.g. no publication date), never null
   */
  record Coded(Document document, List<String> warnings) implements Outcome {
    public Coded {
      Objects.requireNonNull(document);
      warnings = List.copyOf(warnings);
    }

    @Override
    public String origin() {
      return document.article().origin();
    }
  }

  /**
   * Deliberately not processed (empty, binary, too large, not news text).
   *
   * @param origin where it came from
   * @param stage the step that decided ("input", "clean-up", or a stage name)
   * @param reason readable reason
   * @param article the article when one was read, else null
   */
  record Skipped(String origin, String stage, String reason, Article article) implements Outcome {
    public Skipped {
      Objects.requireNonNull(origin);
      Objects.requireNonNull(stage);
      Objects.requireNonNull(reason);
    }
  }

  /**
   * Processing failed: malformed input, or an error in a stage.
   *
   * @param origin where it came from
   * @param stage the step that failed
   * @param reason readable reason, including the error
   * @param article the article when one was read, else null
   */
  record Failed(String origin, String stage, String reason, Article article) implements Outcome {
    public Failed {
      Objects.requireNonNull(origin);
      Objects.requireNonNull(stage);
      Objects.requireNonNull(reason);
    }
  }
}
