package org.tidings.pipeline.events.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A softmax classifier with one hidden layer of rectified units over the dense part of {@link
 * Features}, and a linear part over its indicator features: {@code softmax(W2 relu(W1 x + b1) +
 * sum of indicator weights + b2)}.
 *
 * <p>Immutable once built; thread-safe. Unknown indicator features are ignored.
 */
public final class MlpModel implements Classifier {
  private final List<String> labels;
  private final Map<String, float[]> sparse;
  private final float[][] w1; // [hidden][dense]
  private final float[] b1;
  private final float[][] w2; // [label][hidden]
  private final float[] b2;

  /**
   * @param labels the classes
   * @param sparse weight per label of each indicator feature
   * @param w1 hidden-layer weights, {@code [hidden][dense]}
   * @param b1 hidden-layer biases
   * @param w2 output weights, {@code [label][hidden]}
   * @param b2 output biases
   */
  public MlpModel(List<String> labels, Map<String, float[]> sparse, float[][] w1, float[] b1, float[][] w2, float[] b2) {
    if (labels.size() < 2 || w2.length != labels.size() || b2.length != labels.size() || w1.length != b1.length) {
      throw new IllegalArgumentException("weights do not match " + labels.size() + " labels");
    }
    this.labels = List.copyOf(labels);
    this.sparse = Map.copyOf(sparse);
    this.w1 = w1;
    this.b1 = b1;
    this.w2 = w2;
    this.b2 = b2;
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  /** The hidden layer's activations for a dense input. */
  double[] hidden(float[] x) {
    if (w1.length > 0 && x.length != w1[0].length) {
      throw new IllegalArgumentException("dense features of length " + x.length + ", the model expects " + w1[0].length);
    }
    double[] h = new double[w1.length];
    for (int j = 0; j < w1.length; j++) {
      double s = b1[j] + MlpTrainer.dot(w1[j], x, x.length);
      h[j] = s > 0 ? s : 0;
    }
    return h;
  }

  @Override
  public double[] probabilities(Features f) {
    double[] h = hidden(f.dense());
    double[] z = new double[labels.size()];
    for (int c = 0; c < z.length; c++) {
      double s = b2[c];
      for (int j = 0; j < h.length; j++) {
        s += w2[c][j] * h[j];
      }
      z[c] = s;
    }
    LinearModel.addIndicators(z, f, sparse);
    return LinearModel.softmax(z);
  }

  @Override
  public ObjectNode toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("kind", "mlp");
    ArrayNode l = root.putArray("labels");
    labels.forEach(l::add);
    ArrayNode a1 = root.putArray("w1");
    for (float[] row : w1) {
      a1.add(LinearModel.floats(row));
    }
    root.set("b1", LinearModel.floats(b1));
    ArrayNode a2 = root.putArray("w2");
    for (float[] row : w2) {
      a2.add(LinearModel.floats(row));
    }
    root.set("b2", LinearModel.floats(b2));
    ObjectNode s = root.putObject("sparse");
    sparse.keySet().stream().sorted().forEach(name -> s.set(name, LinearModel.floats(sparse.get(name))));
    return root;
  }

  static MlpModel fromJson(JsonNode node) {
    List<String> labels = new ArrayList<>();
    node.path("labels").forEach(n -> labels.add(n.asText()));
    Map<String, float[]> sparse = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.path("sparse").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      sparse.put(e.getKey(), LinearModel.floats(e.getValue()));
    }
    return new MlpModel(labels, sparse, rows(node.path("w1")), LinearModel.floats(node.path("b1")),
        rows(node.path("w2")), LinearModel.floats(node.path("b2")));
  }

  private static float[][] rows(JsonNode a) {
    float[][] out = new float[a.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = LinearModel.floats(a.get(i));
    }
    return out;
  }
}
