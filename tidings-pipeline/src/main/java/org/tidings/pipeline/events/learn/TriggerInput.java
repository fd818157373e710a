package org.tidings.pipeline.events.learn;

import java.util.Locale;

/**
 * What the trigger head reads of the encoder's vectors for one candidate word.
 *
 * <ul>
 *   <li>{@link #WORD}: the word's own vector ({@code dimension} values);
 *   <li>{@link #CONTEXT}: the word's vector, then its syntactic governor's (zeros at the root),
 *       then the mean of its sentence's vectors ({@code 3 * dimension} values).
 * </ul>
 */
public enum TriggerInput {
  WORD,
  CONTEXT;

  /** Length of the dense input for encoder vectors of length {@code dimension}. */
  public int width(int dimension) {
    return this == WORD ? dimension : 3 * dimension;
  }

  /** The name used in model files and on the command line: "word" or "context". */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The input named {@code id}.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static TriggerInput byId(String id) {
    for (TriggerInput t : values()) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown trigger input '" + id + "' (word or context)");
  }
}
