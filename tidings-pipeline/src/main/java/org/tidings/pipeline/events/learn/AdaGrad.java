package org.tidings.pipeline.events.learn;

/** One AdaGrad step, as both trainers take it. Stateless. */
final class AdaGrad {
  private AdaGrad() {}

  /**
   * Moves {@code weights[i]} against {@code gradient}, scaled by the root of the squared gradients
   * accumulated in {@code squares[i]} (which this adds to).
   */
  static void step(float[] weights, float[] squares, int i, double gradient, double rate) {
    squares[i] += (float) (gradient * gradient);
    weights[i] -= (float) (rate * gradient / Math.sqrt(squares[i] + 1e-8));
  }
}
