package org.tidings.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article and the annotation layers stages have added to it. Each stage returns a new document
 * with its own layer added ({@link #with}); no stage edits a layer another stage made.
 *
 * <p>Immutable and thread-safe.
 */
public final class Document {
  private final Article article;
  private final Map<Layer<?>, Object> layers;

  private Document(Article article, Map<Layer<?>, Object> layers) {
    this.article = Objects.requireNonNull(article);
    this.layers = layers;
  }

  /** A document with no layers yet. */
  public static Document of(Article article) {
    return new Document(article, Map.of());
  }

  public Article article() {
    return article;
  }

  /**
   * A copy with {@code layer} set to {@code value}.
   *
   * @throws IllegalStateException if the layer is already present (layers are written once)
   */
  public <T> Document with(Layer<T> layer, T value) {
    Objects.requireNonNull(value, "value");
    if (layers.containsKey(layer)) {
      throw new IllegalStateException("layer '" + layer + "' is already set");
    }
    Map<Layer<?>, Object> next = new LinkedHashMap<>(layers);
    next.put(layer, value);
    return new Document(article, Collections.unmodifiableMap(next));
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /**
   * The layer's value.
   *
   * @throws IllegalStateException if no stage produced it
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Layer<T> layer) {
    Object value = layers.get(layer);
    if (value == null) {
      throw new IllegalStateException("layer '" + layer + "' was not produced");
    }
    return (T) value;
  }

  /** Layer names in the order stages added them. */
  public List<String> layerNames() {
    return layers.keySet().stream().map(Layer::name).toList();
  }

  public List<Token> tokens() {
    return get(Layers.TOKENS);
  }

  public List<Sentence> sentences() {
    return get(Layers.SENTENCES);
  }

  public List<Mention> mentions() {
    return get(Layers.MENTIONS);
  }

  public List<TimeRef> times() {
    return get(Layers.TIMES);
  }
}
