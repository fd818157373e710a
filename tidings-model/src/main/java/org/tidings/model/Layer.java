package org.tidings.model;

import java.util.Objects;

/**
 * A typed key for one annotation layer of a {@link Document}: tokens, sentences, mentions, times,
 * and later actors, places, quotes, events. Stages declare the layers they require and produce.
 *
 * <p>Layers compare by name. Immutable and thread-safe.
 *
 * @param <T> the layer's value type
 */
public final class Layer<T> {
  private final String name;

  private Layer(String name) {
    this.name = Objects.requireNonNull(name);
  }

  /** A layer key; the name is the field name in the output JSON. */
  public static <T> Layer<T> named(String name) {
    return new Layer<>(name);
  }

  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Layer<?> other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
