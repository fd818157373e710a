package org.tidings.pipeline.events.learn;

import java.util.List;
import java.util.Objects;

/**
 * What a learned head sees of one candidate: named indicator features (each worth 1) and an
 * optional dense vector (e.g. a token's encoder vector).
 *
 * <p>Immutable when its arrays are not changed after construction; thread-safe then.
 *
 * @param names indicator features such as {@code "lemma=attack"}, never null; duplicates count
 *     once each time they appear
 * @param dense dense values, never null; empty when the head has no dense part
 */
public record Features(List<String> names, float[] dense) {
  /** No dense part. */
  public static final float[] NO_DENSE = new float[0];

  public Features {
    names = List.copyOf(names);
    Objects.requireNonNull(dense, "dense");
  }
}
