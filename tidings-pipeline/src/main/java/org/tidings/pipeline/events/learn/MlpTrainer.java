package org.tidings.pipeline.events.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fits an {@link MlpModel} by stochastic gradient descent with AdaGrad steps and an L2 penalty.
 * Deterministic: the same examples, settings and seed give the same weights.
 *
 * <p>Not thread-safe; one trainer per fit.
 *
 * @param hidden number of hidden units, at least 1
 * @param epochs passes over the examples, at least 1
 * @param rate AdaGrad base step
 * @param l2 L2 penalty per example step
 * @param minCount indicator features seen fewer times than this are dropped
 * @param seed initialisation and shuffling seed
 */
public record MlpTrainer(int hidden, int epochs, double rate, double l2, int minCount, long seed) {

  public MlpTrainer {
    if (hidden < 1 || epochs < 1 || rate <= 0 || l2 < 0 || minCount < 1) {
      throw new IllegalArgumentException("bad trainer settings");
    }
  }

  /**
   * Fits a model.
   *
   * @throws IllegalArgumentException when there are no examples, an unknown label, or dense parts
   *     of different lengths
   */
  public MlpModel fit(List<String> labels, List<LinearTrainer.Example> examples) {
    int k = labels.size();
    Random random = new Random(seed);
    IndexedExamples data = new IndexedExamples(labels, examples, minCount, random);
    int dim = data.dimension;
    int[][] rows = data.rows;
    int[] gold = data.gold;
    float[][] w1 = new float[hidden][dim];
    float[][] g1 = new float[hidden][dim];
    float[] b1 = new float[hidden];
    float[] gb1 = new float[hidden];
    double scale = Math.sqrt(2.0 / Math.max(1, dim));
    for (float[] row : w1) {
      for (int i = 0; i < dim; i++) {
        row[i] = (float) (random.nextGaussian() * scale);
      }
    }
    float[][] w2 = new float[k][hidden];
    float[][] g2 = new float[k][hidden];
    double scale2 = Math.sqrt(1.0 / hidden);
    for (float[] row : w2) {
      for (int j = 0; j < hidden; j++) {
        row[j] = (float) (random.nextGaussian() * scale2);
      }
    }
    float[] b2 = new float[k];
    float[] gb2 = new float[k];
    float[][] ws = new float[data.index.size()][k];
    float[][] gs = new float[data.index.size()][k];
    double[] h = new double[hidden];
    double[] z = new double[k];
    double[] dh = new double[hidden];
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int n : data.shuffled()) {
        float[] x = examples.get(n).features().dense();
        double weight = examples.get(n).weight();
        for (int j = 0; j < hidden; j++) {
          double s = b1[j] + dot(w1[j], x, dim);
          h[j] = s > 0 ? s : 0;
        }
        for (int c = 0; c < k; c++) {
          double s = b2[c];
          for (int j = 0; j < hidden; j++) {
            s += w2[c][j] * h[j];
          }
          for (int f : rows[n]) {
            s += ws[f][c];
          }
          z[c] = s;
        }
        double[] p = LinearModel.softmax(z);
        java.util.Arrays.fill(dh, 0);
        for (int c = 0; c < k; c++) {
          double g = weight * (p[c] - (c == gold[n] ? 1 : 0));
          AdaGrad.step(b2, gb2, c, g, rate);
          for (int j = 0; j < hidden; j++) {
            dh[j] += g * w2[c][j];
            double gg = g * h[j] + l2 * w2[c][j];
            AdaGrad.step(w2[c], g2[c], j, gg, rate);
          }
          for (int f : rows[n]) {
            double gg = g + l2 * ws[f][c];
            AdaGrad.step(ws[f], gs[f], c, gg, rate);
          }
        }
        for (int j = 0; j < hidden; j++) {
          if (h[j] <= 0) {
            continue;
          }
          double g = dh[j];
          AdaGrad.step(b1, gb1, j, g, rate);
          stepRow(w1[j], g1[j], x, (float) g, (float) l2, (float) rate, dim);
        }
      }
    }
    return new MlpModel(new ArrayList<>(labels), data.byName(ws), w1, b1, w2, b2);
  }

  /** {@code w . x} over the first {@code n} values, in four running sums (the same order every run). */
  static double dot(float[] w, float[] x, int n) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int d = 0;
    for (; d + 3 < n; d += 4) {
      s0 += w[d] * x[d];
      s1 += w[d + 1] * x[d + 1];
      s2 += w[d + 2] * x[d + 2];
      s3 += w[d + 3] * x[d + 3];
    }
    for (; d < n; d++) {
      s0 += w[d] * x[d];
    }
    return (double) s0 + s1 + s2 + s3;
  }

  /** AdaGrad steps of one hidden unit's input weights for the unit's gradient {@code g}, in float. */
  private static void stepRow(float[] w, float[] squares, float[] x, float g, float l2, float rate, int n) {
    for (int d = 0; d < n; d++) {
      float gg = g * x[d] + l2 * w[d];
      squares[d] += gg * gg;
      w[d] -= rate * gg / (float) Math.sqrt(squares[d] + 1e-8f);
    }
  }
}
