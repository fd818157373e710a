package org.tidings.pipeline.extract;

import org.tidings.model.Article;
import org.tidings.model.Outcome;

/** One item read from an input: an article ready for the pipeline, or the reason there is none. */
public sealed interface InputItem permits InputItem.Read, InputItem.Rejected {

  /** Where it came from: file, file:line or URL. */
  String origin();

  /** A cleaned article. */
  record Read(Article article) implements InputItem {
    @Override
    public String origin() {
      return article.origin();
    }
  }

  /**
   * Input that could not become an article.
   *
   * @param origin where it came from
   * @param reason readable reason
   * @param failed true for broken input (malformed JSON, invalid UTF-8, bad date), false for input
   *     deliberately passed over (empty, binary, too large)
   */
  record Rejected(String origin, String reason, boolean failed) implements InputItem {
    /** The outcome this rejection stands for: Failed or Skipped, at stage "input". */
    public Outcome toOutcome() {
      return failed
          ? new Outcome.Failed(origin, "input", reason, null)
          : new Outcome.Skipped(origin, "input", reason, null);
    }
  }
}
