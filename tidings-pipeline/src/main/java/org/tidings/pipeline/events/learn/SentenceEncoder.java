package org.tidings.pipeline.events.learn;

import java.util.List;

/**
 * Contextual word vectors of sentences, as a pretrained encoder gives them. Implementations say
 * whether they are thread-safe; {@link #NONE} is.
 */
public interface SentenceEncoder {
  /** No encoder: dimension 0, no vectors. */
  SentenceEncoder NONE = new SentenceEncoder() {
    @Override
    public String name() {
      return "none";
    }

    @Override
    public int dimension() {
      return 0;
    }

    @Override
    public List<float[][]> encodeWords(List<List<String>> sentences) {
      return sentences.stream().map(s -> new float[s.size()][0]).toList();
    }
  };

  /** The encoder's model name, recorded in a trained model ("bge-small-en-v1.5-q"). */
  String name();

  /** Length of each vector. */
  int dimension();

  /**
   * One vector per word of each sentence, in order.
   *
   * @param sentences each sentence as its words (tokens as written)
   */
  List<float[][]> encodeWords(List<List<String>> sentences);
}
