package org.tidings.pipeline.events.learn;

/** The encoders a trained event model may name, by name. Stateless. */
public final class Encoders {
  /** The encoder new models are trained with. */
  public static final String DEFAULT = "none";

  private Encoders() {}

  /**
   * The encoder of this name, loaded.
   *
   * @throws IllegalArgumentException when no encoder has this name
   */
  public static SentenceEncoder byName(String name) {
    if (name.equals(SentenceEncoder.NONE.name())) {
      return SentenceEncoder.NONE;
    }
    throw new IllegalArgumentException("unknown encoder '" + name + "'; known: none");
  }
}
