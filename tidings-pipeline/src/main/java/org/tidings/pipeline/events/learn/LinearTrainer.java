package org.tidings.pipeline.events.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fits a {@link LinearModel} by stochastic gradient descent with AdaGrad steps and an L2 penalty
 * on the log-loss. Deterministic: the same examples, settings and seed give the same weights.
 *
 * <p>Not thread-safe; one trainer per fit.
 *
 * @param epochs passes over the examples, at least 1
 * @param rate AdaGrad base step, e.g. 0.1
 * @param l2 L2 penalty per example step, e.g. 1e-5
 * @param minCount indicator features seen fewer times than this are dropped
 * @param seed shuffling seed
 */
public record LinearTrainer(int epochs, double rate, double l2, int minCount, long seed) {

  /** One labelled candidate; {@code weight} scales its loss (e.g. to balance classes). */
  public record Example(Features features, String label, double weight) {}

  public LinearTrainer {
    if (epochs < 1 || rate <= 0 || l2 < 0 || minCount < 1) {
      throw new IllegalArgumentException("bad trainer settings: " + epochs + " " + rate + " " + l2 + " " + minCount);
    }
  }

  /**
   * Fits a model.
   *
   * @param labels the classes; every example's label must be one of them
   * @throws IllegalArgumentException when there are no examples, an unknown label, or dense parts
   *     of different lengths
   */
  public LinearModel fit(List<String> labels, List<Example> examples) {
    int k = labels.size();
    Random random = new Random(seed);
    IndexedExamples data = new IndexedExamples(labels, examples, minCount, random);
    int dim = data.dimension;
    int[][] rows = data.rows;
    int[] gold = data.gold;
    float[][] ws = new float[data.index.size()][k];
    float[][] gs = new float[data.index.size()][k];
    float[][] wd = new float[k][dim];
    float[][] gd = new float[k][dim];
    float[] b = new float[k];
    float[] gb = new float[k];
    double[] z = new double[k];
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int n : data.shuffled()) {
        float[] x = examples.get(n).features().dense();
        double weight = examples.get(n).weight();
        for (int c = 0; c < k; c++) {
          double s = b[c];
          for (int d = 0; d < dim; d++) {
            s += wd[c][d] * x[d];
          }
          for (int f : rows[n]) {
            s += ws[f][c];
          }
          z[c] = s;
        }
        double[] p = LinearModel.softmax(z);
        for (int c = 0; c < k; c++) {
          double g = weight * (p[c] - (c == gold[n] ? 1 : 0));
          AdaGrad.step(b, gb, c, g, rate);
          if (g != 0) {
            for (int d = 0; d < dim; d++) {
              double gg = g * x[d] + l2 * wd[c][d];
              AdaGrad.step(wd[c], gd[c], d, gg, rate);
            }
            for (int f : rows[n]) {
              double gg = g + l2 * ws[f][c];
              AdaGrad.step(ws[f], gs[f], c, gg, rate);
            }
          }
        }
      }
    }
    return new LinearModel(new ArrayList<>(labels), data.byName(ws), wd, b);
  }
}
