package org.tidings.pipeline;

/**
 * Thrown by a stage that decides an article is not to be processed (e.g. it is empty, or too
 * large). The pipeline turns it into a {@code Skipped} outcome carrying this message.
 */
public final class SkipArticle extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SkipArticle(String reason) {
    super(reason, null, false, false);
  }
}
