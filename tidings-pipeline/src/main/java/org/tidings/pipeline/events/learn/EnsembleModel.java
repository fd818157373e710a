package org.tidings.pipeline.events.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The mean of the class probabilities of several classifiers fitted on the same examples with
 * different seeds (a seed ensemble): steadier than any one of them.
 *
 * <p>Immutable and thread-safe when its members are.
 */
public final class EnsembleModel implements Classifier {
  private final List<Classifier> members;

  /**
   * @param members at least one classifier, all with the same labels in the same order
   * @throws IllegalArgumentException when there is none or their labels differ
   */
  public EnsembleModel(List<Classifier> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an ensemble needs at least one member");
    }
    for (Classifier m : members) {
      if (!m.labels().equals(members.get(0).labels())) {
        throw new IllegalArgumentException("ensemble members have different labels: " + m.labels() + " and "
            + members.get(0).labels());
      }
    }
    this.members = List.copyOf(members);
  }

  /** The members, in the order they were fitted. */
  public List<Classifier> members() {
    return members;
  }

  @Override
  public List<String> labels() {
    return members.get(0).labels();
  }

  @Override
  public double[] probabilities(Features f) {
    double[] sum = new double[labels().size()];
    for (Classifier m : members) {
      double[] p = m.probabilities(f);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += p[i];
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= members.size();
    }
    return sum;
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("kind", "ensemble");
    ArrayNode a = root.putArray("members");
    members.forEach(m -> a.add(m.toJson()));
    return root;
  }

  static EnsembleModel fromJson(JsonNode node) {
    List<Classifier> out = new ArrayList<>();
    node.path("members").forEach(m -> out.add(Classifier.fromJson(m)));
    return new EnsembleModel(out);
  }
}
