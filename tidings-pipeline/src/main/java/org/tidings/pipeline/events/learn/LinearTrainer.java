package org.tidings.pipeline.events.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no examples to train on");
    }
    int k = labels.size();
    int dim = examples.get(0).features().dense().length;
    Map<String, Integer> counts = new HashMap<>();
    for (Example e : examples) {
      if (e.features().dense().length != dim) {
        throw new IllegalArgumentException("dense parts of different lengths: " + dim + " and " + e.features().dense().length);
      }
      if (!labels.contains(e.label())) {
        throw new IllegalArgumentException("label '" + e.label() + "' is not among " + labels);
      }
      for (String n : e.features().names()) {
        counts.merge(n, 1, Integer::sum);
      }
    }
    Map<String, Integer> index = new HashMap<>();
    counts.keySet().stream().sorted().filter(n -> counts.get(n) >= minCount).forEach(n -> index.put(n, index.size()));
    int[][] rows = new int[examples.size()][];
    int[] gold = new int[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      rows[i] = e.features().names().stream().map(index::get).filter(x -> x != null).mapToInt(Integer::intValue).toArray();
      gold[i] = labels.indexOf(e.label());
    }
    float[][] ws = new float[index.size()][k];
    float[][] gs = new float[index.size()][k];
    float[][] wd = new float[k][dim];
    float[][] gd = new float[k][dim];
    float[] b = new float[k];
    float[] gb = new float[k];
    Random random = new Random(seed);
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    double[] z = new double[k];
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int n : order) {
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
          gb[c] += (float) (g * g);
          b[c] -= (float) (rate * g / Math.sqrt(gb[c] + 1e-8));
          if (g != 0) {
            for (int d = 0; d < dim; d++) {
              double gg = g * x[d] + l2 * wd[c][d];
              gd[c][d] += (float) (gg * gg);
              wd[c][d] -= (float) (rate * gg / Math.sqrt(gd[c][d] + 1e-8));
            }
            for (int f : rows[n]) {
              double gg = g + l2 * ws[f][c];
              gs[f][c] += (float) (gg * gg);
              ws[f][c] -= (float) (rate * gg / Math.sqrt(gs[f][c] + 1e-8));
            }
          }
        }
      }
    }
    Map<String, float[]> sparse = new HashMap<>();
    index.forEach((name, i) -> sparse.put(name, ws[i]));
    return new LinearModel(new ArrayList<>(labels), sparse, wd, b);
  }
}
