package org.tidings.eval;

import java.nio.file.Path;

/**
 * Scores Tidings on one public benchmark. A scorer reads the gold data at a path, runs the parts of
 * the pipeline its task needs, and reports metrics.
 *
 * <p>Implementations are used by one thread at a time.
 */
public interface Scorer {

  /** Suite name as typed on the command line, e.g. "ner-conll". */
  String suite();

  /** One line saying what the suite measures and what data it takes. */
  String description();

  /**
   * Scores the data.
   *
   * @param data gold data: a file or directory, as the suite's description says
   * @throws IllegalArgumentException when the data is missing or not of the suite's form
   */
  EvalReport score(Path data);

  /**
   * The same suite with the gold answers of its first step given, so that a later step is scored
   * alone (e.g. geo: toponym resolution on the gold spans).
   *
   * @throws IllegalArgumentException when the suite has no such mode
   */
  default Scorer oracle() {
    throw new IllegalArgumentException("suite '" + suite() + "' has no --oracle mode");
  }

  /**
   * Scores the data with options. Suites that honour options override this; the default accepts
   * only {@link EvalOptions#NONE}.
   *
   * @throws IllegalArgumentException when the data is bad or an option is not supported by the suite
   */
  default EvalReport score(Path data, EvalOptions options) {
    if (!options.isDefault()) {
      throw new IllegalArgumentException("suite '" + suite() + "' supports neither --baseline nor --limit");
    }
    return score(data);
  }
}
