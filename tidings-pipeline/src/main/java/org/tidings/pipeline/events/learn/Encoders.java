package org.tidings.pipeline.events.learn;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tidings.pipeline.encode.EncoderModel;
import org.tidings.pipeline.encode.TokenEncoder;

/**
 * The encoders a trained event model may name, by name: "none", or an {@link EncoderModel} in
 * lower case with dashes ("bge-small", "minilm-l6", "e5-small"). Stateless.
 */
public final class Encoders {
  /** The encoder new models are trained with. */
  public static final String DEFAULT = "minilm-l6";

  private Encoders() {}

  /**
   * The encoder of this name, loaded, running on one core per call (pipelines run one per worker
   * thread).
   *
   * @throws IllegalArgumentException when no encoder has this name
   */
  public static SentenceEncoder byName(String name) {
    return byName(name, 1);
  }

  /**
   * The encoder of this name, loaded, each call using up to {@code threads} cores.
   *
   * @throws IllegalArgumentException when no encoder has this name
   */
  public static SentenceEncoder byName(String name, int threads) {
    if (name.equals(SentenceEncoder.NONE.name())) {
      return SentenceEncoder.NONE;
    }
    for (EncoderModel m : EncoderModel.values()) {
      if (name(m).equals(name)) {
        return adapt(TokenEncoder.load(m, threads), name);
      }
    }
    throw new IllegalArgumentException("unknown encoder '" + name + "'; known: none, "
        + Arrays.stream(EncoderModel.values()).map(Encoders::name).collect(Collectors.joining(", ")));
  }

  /** "BGE_SMALL" as "bge-small". */
  static String name(EncoderModel m) {
    return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static SentenceEncoder adapt(TokenEncoder encoder, String name) {
    return new SentenceEncoder() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int dimension() {
        return encoder.dimension();
      }

      @Override
      public List<float[][]> encodeWords(List<List<String>> sentences) {
        return encoder.encodeWords(sentences);
      }
    };
  }
}
