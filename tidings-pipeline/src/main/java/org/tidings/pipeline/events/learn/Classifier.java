package org.tidings.pipeline.events.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A trained classifier over {@link Features}: {@link LinearModel} or {@link MlpModel}.
 * Implementations are immutable and thread-safe.
 */
public interface Classifier {
  /** The classes, in the order of {@link #probabilities}. */
  List<String> labels();

  /** Class probabilities summing to 1. */
  double[] probabilities(Features f);

  /** Index of a label, or -1. */
  default int indexOf(String label) {
    return labels().indexOf(label);
  }

  /** The classifier as JSON, with a {@code kind} field that {@link #fromJson} reads. */
  ObjectNode toJson();

  /**
   * Reads what {@link #toJson()} wrote (a model without {@code kind} is linear).
   *
   * @throws IllegalArgumentException when the JSON is no classifier
   */
  static Classifier fromJson(JsonNode node) {
    return node.path("kind").asText("linear").equals("mlp") ? MlpModel.fromJson(node) : LinearModel.fromJson(node);
  }
}
