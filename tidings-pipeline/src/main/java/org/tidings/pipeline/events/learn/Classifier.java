package org.tidings.pipeline.events.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A trained classifier over {@link Features}: {@link LinearModel}, {@link MlpModel} or an {@link
 * EnsembleModel} of them.
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
    return switch (node.path("kind").asText("linear")) {
      case "mlp" -> MlpModel.fromJson(node);
      case "ensemble" -> EnsembleModel.fromJson(node);
      case "linear" -> LinearModel.fromJson(node);
      default -> throw new IllegalArgumentException("unknown classifier kind '" + node.path("kind").asText() + "'");
    };
  }
}
