package org.tidings.pipeline.events.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A multinomial logistic (softmax) classifier over {@link Features}: one weight per label for
 * each known indicator feature and each dense dimension, plus a bias per label.
 *
 * <p>Immutable once built; thread-safe. Unknown indicator features are ignored at prediction.
 */
public final class LinearModel implements Classifier {
  private final List<String> labels;
  private final Map<String, float[]> sparse;
  private final float[][] dense;
  private final float[] bias;

  /**
   * @param labels the classes, in output order; at least two
   * @param sparse weight per label of each indicator feature (arrays of {@code labels.size()})
   * @param dense weight per label ({@code dense[label][dimension]}); every row the same length
   * @param bias per label
   */
  public LinearModel(List<String> labels, Map<String, float[]> sparse, float[][] dense, float[] bias) {
    if (labels.size() < 2) {
      throw new IllegalArgumentException("a classifier needs two labels or more: " + labels);
    }
    if (dense.length != labels.size() || bias.length != labels.size()) {
      throw new IllegalArgumentException("weights do not match the " + labels.size() + " labels");
    }
    this.labels = List.copyOf(labels);
    this.sparse = Map.copyOf(sparse);
    this.dense = dense;
    this.bias = bias;
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  /** Number of dense dimensions the model expects (0 when it has none). */
  public int denseDimension() {
    return dense[0].length;
  }

  /**
   * Class probabilities, in {@link #labels()} order, summing to 1.
   *
   * @throws IllegalArgumentException when the dense part's length is not the model's
   */
  @Override
  public double[] probabilities(Features f) {
    int k = labels.size();
    if (f.dense().length != dense[0].length) {
      throw new IllegalArgumentException(
          "dense features of length " + f.dense().length + ", the model expects " + dense[0].length);
    }
    double[] z = new double[k];
    for (int c = 0; c < k; c++) {
      double s = bias[c];
      float[] w = dense[c];
      float[] x = f.dense();
      for (int i = 0; i < x.length; i++) {
        s += w[i] * x[i];
      }
      z[c] = s;
    }
    addIndicators(z, f, sparse);
    return softmax(z);
  }

  /** Adds each known indicator feature's weights to the scores; unknown ones are ignored. */
  static void addIndicators(double[] z, Features f, Map<String, float[]> sparse) {
    for (String name : f.names()) {
      float[] w = sparse.get(name);
      if (w != null) {
        for (int c = 0; c < z.length; c++) {
          z[c] += w[c];
        }
      }
    }
  }

  static double[] softmax(double[] z) {
    double max = Arrays.stream(z).max().orElse(0);
    double sum = 0;
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** Number of indicator features with weights. */
  public int sparseSize() {
    return sparse.size();
  }

  /** The model as JSON: labels, bias, dense rows, and indicator weights (sorted by name). */
  @Override
  public ObjectNode toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("kind", "linear");
    ArrayNode l = root.putArray("labels");
    labels.forEach(l::add);
    root.set("bias", floats(bias));
    ArrayNode d = root.putArray("dense");
    for (float[] row : dense) {
      d.add(floats(row));
    }
    ObjectNode s = root.putObject("sparse");
    sparse.keySet().stream().sorted().forEach(name -> s.set(name, floats(sparse.get(name))));
    return root;
  }

  /**
   * Reads what {@link #toJson()} wrote.
   *
   * @throws IllegalArgumentException when the JSON is not such a model
   */
  public static LinearModel fromJson(JsonNode node) {
    List<String> labels = new ArrayList<>();
    node.path("labels").forEach(n -> labels.add(n.asText()));
    float[] bias = floats(node.path("bias"));
    JsonNode d = node.path("dense");
    float[][] dense = new float[d.size()][];
    for (int i = 0; i < d.size(); i++) {
      dense[i] = floats(d.get(i));
    }
    Map<String, float[]> sparse = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.path("sparse").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      sparse.put(e.getKey(), floats(e.getValue()));
    }
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("not a linear model: no labels");
    }
    return new LinearModel(labels, sparse, dense, bias);
  }

  static ArrayNode floats(float[] values) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode(values.length);
    for (float v : values) {
      a.add(Math.round(v * 1e5) / 1e5);
    }
    return a;
  }

  static float[] floats(JsonNode a) {
    float[] out = new float[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) a.get(i).asDouble();
    }
    return out;
  }

  /** Label names to their sparse-weight counts, for a model card. */
  public Map<String, Integer> summary() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("labels", labels.size());
    m.put("indicatorFeatures", sparse.size());
    m.put("denseDimension", denseDimension());
    return m;
  }
}
