package org.tidings.pipeline.events.learn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Training examples checked and indexed for a trainer: each example's kept indicator features as
 * indices, its label as an index, and a seeded shuffle of the example order. Not thread-safe; one
 * per fit.
 */
final class IndexedExamples {
  /** Indicator feature name to its index (features seen at least the minimum count). */
  final Map<String, Integer> index = new HashMap<>();
  /** Per example, the indices of its kept indicator features. */
  final int[][] rows;
  /** Per example, the index of its label. */
  final int[] gold;
  /** Length of every example's dense part. */
  final int dimension;
  private final int[] order;
  private final Random random;

  /**
   * @throws IllegalArgumentException when there are no examples, an unknown label, or dense parts
   *     of different lengths
   */
  IndexedExamples(List<String> labels, List<LinearTrainer.Example> examples, int minCount, Random random) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no examples to train on");
    }
    dimension = examples.get(0).features().dense().length;
    Map<String, Integer> counts = new HashMap<>();
    for (LinearTrainer.Example e : examples) {
      if (e.features().dense().length != dimension) {
        throw new IllegalArgumentException(
            "dense parts of different lengths: " + dimension + " and " + e.features().dense().length);
      }
      if (!labels.contains(e.label())) {
        throw new IllegalArgumentException("label '" + e.label() + "' is not among " + labels);
      }
      e.features().names().forEach(n -> counts.merge(n, 1, Integer::sum));
    }
    counts.keySet().stream().sorted().filter(n -> counts.get(n) >= minCount).forEach(n -> index.put(n, index.size()));
    rows = new int[examples.size()][];
    gold = new int[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      LinearTrainer.Example e = examples.get(i);
      rows[i] = e.features().names().stream().map(index::get).filter(x -> x != null).mapToInt(Integer::intValue).toArray();
      gold[i] = labels.indexOf(e.label());
    }
    this.random = random;
    order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
  }

  /** The example indices in a fresh shuffled order (Fisher-Yates with the seeded generator). */
  int[] shuffled() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /** The trained indicator weights by feature name. */
  Map<String, float[]> byName(float[][] weights) {
    Map<String, float[]> out = new HashMap<>();
    index.forEach((name, i) -> out.put(name, weights[i]));
    return out;
  }
}
