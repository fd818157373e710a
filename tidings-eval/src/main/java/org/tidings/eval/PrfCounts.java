package org.tidings.eval;

/**
 * Counts of true positives, false positives and false negatives, with precision, recall and F1.
 * Mutable; not thread-safe.
 */
public final class PrfCounts {
  private int truePositives;
  private int falsePositives;
  private int falseNegatives;

  public void add(int tp, int fp, int fn) {
    truePositives += tp;
    falsePositives += fp;
    falseNegatives += fn;
  }

  public int truePositives() {
    return truePositives;
  }

  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  public double recall() {
    int gold = truePositives + falseNegatives;
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
