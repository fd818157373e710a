package org.tidings.eval.events.outside;

import java.util.stream.IntStream;

/**
 * A confusion matrix over the five {@link PentaClass} classes, gold by predicted, and the figures
 * drawn from it. A sentence with no PLOVER event is predicted {@link PentaClass#NEUTRAL}. Not
 * thread-safe.
 */
final class ClassCounts {
  private final int[][] n = new int[5][5];
  private int coded;

  /**
   * Counts one sentence.
   *
   * @param gold its gold class, 0..4
   * @param predicted the class of its coded PLOVER event, 0..4 (0 when none)
   */
  void add(int gold, int predicted) {
    n[gold][predicted]++;
    coded += predicted == PentaClass.NEUTRAL ? 0 : 1;
  }

  int items() {
    return IntStream.range(0, 5).map(this::gold).sum();
  }

  int gold(int c) {
    return IntStream.range(0, 5).map(p -> n[c][p]).sum();
  }

  int predicted(int c) {
    return IntStream.range(0, 5).map(g -> n[g][c]).sum();
  }

  /** F1 of one class, 0 when it has neither gold nor predictions. */
  double f1(int c) {
    int tp = n[c][c];
    int denominator = gold(c) + predicted(c);
    return denominator == 0 ? 0 : 2.0 * tp / denominator;
  }

  /** Mean F1 over the classes from {@code from} to 4 that have gold sentences. */
  double macroF1(int from) {
    return IntStream.rangeClosed(from, 4).filter(c -> gold(c) > 0).mapToDouble(this::f1).average().orElse(0);
  }

  /** Sentences whose predicted class is the gold one (no event counts as neutral), over all. */
  double accuracy() {
    int items = items();
    return items == 0 ? 0 : (double) IntStream.range(0, 5).map(c -> n[c][c]).sum() / items;
  }

  /** Sentences with a PLOVER event, over all. */
  double coverage() {
    int items = items();
    return items == 0 ? 0 : (double) coded / items;
  }
}
