package org.tidings.pipeline.encode;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A pretrained sentence-transformer encoder run in-process by ONNX Runtime, giving each word of a
 * sentence a contextual vector: the mean of the final hidden states ({@code last_hidden_state}) of
 * the word's word pieces. The one place Tidings runs such an encoder.
 *
 * <p>Words are given as their texts (our CoreNLP tokens' texts); each is tokenized on its own by
 * {@link WordPieceTokenizer}, so the pieces never cross a word boundary, and a word left with no
 * pieces (only control characters, say) is given the {@code [UNK]} piece. A word of more pieces
 * than a window holds (a long URL) keeps its first {@link EncoderModel#maxSequence()} - 2. A
 * sentence longer than one window is cut into overlapping windows of whole words (see
 * {@link PieceWindows}); every word still gets exactly one vector.
 *
 * <p>By default each window is its own run of the model ({@link #DEFAULT_BATCH} is 1), so a
 * word's vector depends on its sentence alone: the models are int8 with dynamic quantization, whose
 * activation scales are taken over the whole batch tensor, so in a padded batch a vector moves with
 * the other sentences of the batch (cosine about 0.99 to the lone one). On this project's 2-core
 * machine batches of one were also faster (MiniLM on one thread: 35 s of CPU for the Wikinews dev
 * corpus against 61 s in batches of 32, which pad each short sentence to the longest of its batch;
 * see BENCHMARKS.md).
 * {@link #load(EncoderModel, int, int)} takes larger batches: the windows of a call are then sorted
 * by length and run in padded batches, and the same input in the same order gives the same output.
 *
 * <p>Thread-safe: one ONNX Runtime session, whose {@code run} is thread-safe, is shared by all
 * callers, and no other state changes after {@link #load}. Each call uses up to
 * {@code threads} cores. {@link #close} must not race with a running {@link #encodeWords}.
 */
public final class TokenEncoder implements AutoCloseable {

  /**
   * Windows {@link #load(EncoderModel, int)} gives the model in one run: one, so no padding and no
   * dependence on other sentences.
   */
  public static final int DEFAULT_BATCH = 1;

  private static final String INPUT_IDS = "input_ids";
  private static final String ATTENTION_MASK = "attention_mask";
  private static final String TOKEN_TYPE_IDS = "token_type_ids";
  private static final String HIDDEN = "last_hidden_state";

  private final EncoderModel model;
  private final WordPieceTokenizer tokenizer;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final boolean takesTokenTypes;
  private final int dimension;
  private final int maxBatch;
  private final AtomicBoolean closed = new AtomicBoolean();

  private TokenEncoder(EncoderModel model, WordPieceTokenizer tokenizer, OrtEnvironment env,
      OrtSession session, boolean takesTokenTypes, int dimension, int maxBatch) {
    this.model = model;
    this.tokenizer = tokenizer;
    this.env = env;
    this.session = session;
    this.takesTokenTypes = takesTokenTypes;
    this.dimension = dimension;
    this.maxBatch = maxBatch;
  }

  /**
   * Loads a model and its tokenizer from the class path into a new ONNX Runtime session that runs
   * one window at a time ({@link #DEFAULT_BATCH}).
   *
   * @param threads ONNX Runtime intra-op threads per call; 0 means one per core
   * @throws IllegalArgumentException when threads is negative
   * @throws UncheckedIOException when a resource is missing or unreadable
   * @throws EncoderException when ONNX Runtime rejects the model, or it lacks the expected inputs
   *     and output
   */
  public static TokenEncoder load(EncoderModel model, int threads) {
    return load(model, threads, DEFAULT_BATCH);
  }

  /**
   * Loads a model and its tokenizer from the class path into a new ONNX Runtime session.
   *
   * @param threads ONNX Runtime intra-op threads per call; 0 means one per core
   * @param maxBatch most windows given to the model in one run, at least 1; above 1 a sentence's
   *     vectors depend slightly on the other sentences of its batch
   * @throws IllegalArgumentException when threads is negative or maxBatch below 1
   * @throws UncheckedIOException when a resource is missing or unreadable
   * @throws EncoderException when ONNX Runtime rejects the model, or it lacks the expected inputs
   *     and output
   */
  public static TokenEncoder load(EncoderModel model, int threads, int maxBatch) {
    Objects.requireNonNull(model, "model");
    if (threads < 0 || maxBatch < 1) {
      throw new IllegalArgumentException("threads must be >= 0 and maxBatch >= 1: " + threads + ", " + maxBatch);
    }
    int intraOp = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    WordPieceTokenizer tokenizer = WordPieceTokenizer.fromResource(model.tokenizerResource());
    byte[] onnx = readResource(model.onnxResource());
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession session;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(intraOp);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // Idle intra-op threads sleep rather than spin: on a shared 2-core machine, beside the
      // pipeline's own workers, spinning made 2 threads 4x slower than 1 (BENCHMARKS.md).
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      session = env.createSession(onnx, options);
    } catch (OrtException e) {
      throw new EncoderException("ONNX Runtime cannot load " + model.label() + " from " + model.onnxResource(), e);
    }
    try {
      Set<String> inputs = session.getInputNames();
      if (!inputs.contains(INPUT_IDS) || !inputs.contains(ATTENTION_MASK)) {
        throw new IllegalStateException("inputs are " + inputs + ", expected " + INPUT_IDS + " and " + ATTENTION_MASK);
      }
      NodeInfo hidden = session.getOutputInfo().get(HIDDEN);
      if (hidden == null || !(hidden.getInfo() instanceof TensorInfo info) || info.getShape().length != 3
          || info.getShape()[2] <= 0) {
        throw new IllegalStateException("outputs are " + session.getOutputInfo() + ", expected " + HIDDEN
            + " [batch, pieces, dimension]");
      }
      return new TokenEncoder(model, tokenizer, env, session, inputs.contains(TOKEN_TYPE_IDS),
          (int) info.getShape()[2], maxBatch);
    } catch (OrtException | IllegalStateException e) {
      closeQuietlyAfter(session, e);
      throw new EncoderException(model.label() + " is not a BERT encoder this class can run", e);
    }
  }

  /** The model this encoder runs. */
  public EncoderModel model() {
    return model;
  }

  /** Length of every vector {@link #encodeWords} returns (384 for the bundled models). */
  public int dimension() {
    return dimension;
  }

  /** Most windows given to the model in one run. */
  public int maxBatch() {
    return maxBatch;
  }

  /** The tokenizer the words are split with. */
  public WordPieceTokenizer tokenizer() {
    return tokenizer;
  }

  /**
   * One contextual vector per word of each sentence.
   *
   * @param sentences each sentence as its words' texts, in order; neither the list, a sentence nor
   *     a word may be null; an empty sentence gets an empty array
   * @return for each sentence, in order, an array of one {@link #dimension()}-long vector per word;
   *     fresh arrays the caller owns
   * @throws EncoderException when ONNX Runtime fails to run a batch
   * @throws IllegalStateException when the encoder is closed
   */
  public List<float[][]> encodeWords(List<List<String>> sentences) {
    Objects.requireNonNull(sentences, "sentences");
    if (closed.get()) {
      throw new IllegalStateException("encoder of " + model.label() + " is closed");
    }
    int maxPieces = model.maxSequence() - 2;
    List<float[][]> out = new ArrayList<>(sentences.size());
    List<Window> windows = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<String> words = Objects.requireNonNull(sentences.get(s), "sentence");
      int[][] pieces = new int[words.size()][];
      int[] counts = new int[words.size()];
      for (int i = 0; i < pieces.length; i++) {
        int[] ids = tokenizer.ids(Objects.requireNonNull(words.get(i), "word"));
        if (ids.length == 0) {
          ids = new int[] {tokenizer.unkId()};
        } else if (ids.length > maxPieces) {
          ids = Arrays.copyOf(ids, maxPieces);
        }
        pieces[i] = ids;
        counts[i] = ids.length;
      }
      out.add(new float[words.size()][]);
      if (pieces.length == 0) {
        continue;
      }
      PieceWindows plan = PieceWindows.plan(counts, maxPieces);
      for (int w = 0; w < plan.size(); w++) {
        windows.add(Window.of(s, w, plan, pieces, tokenizer));
      }
    }
    windows.sort(Comparator.comparingInt((Window w) -> w.ids.length));
    for (int from = 0; from < windows.size(); from += maxBatch) {
      runBatch(windows.subList(from, Math.min(windows.size(), from + maxBatch)), out);
    }
    return out;
  }

  /**
   * The mean of some vectors of equal length, e.g. the word vectors of a phrase.
   *
   * @param vectors at least one vector, all of one length
   * @return a fresh array
   * @throws IllegalArgumentException when there is no vector or their lengths differ
   */
  public static float[] meanPool(float[][] vectors) {
    if (vectors.length == 0) {
      throw new IllegalArgumentException("no vector to pool");
    }
    float[] mean = new float[vectors[0].length];
    for (float[] v : vectors) {
      if (v.length != mean.length) {
        throw new IllegalArgumentException("vectors of lengths " + mean.length + " and " + v.length);
      }
      for (int k = 0; k < v.length; k++) {
        mean[k] += v[k];
      }
    }
    for (int k = 0; k < mean.length; k++) {
      mean[k] /= vectors.length;
    }
    return mean;
  }

  /**
   * Closes the ONNX Runtime session. The process-wide ONNX Runtime environment stays, as other
   * encoders may share it. Idempotent.
   *
   * @throws EncoderException when ONNX Runtime fails to release the session
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        session.close();
      } catch (OrtException e) {
        throw new EncoderException("ONNX Runtime cannot close the session of " + model.label(), e);
      }
    }
  }

  @Override
  public String toString() {
    return "TokenEncoder[" + model.label() + ", " + dimension + "-d, batches of " + maxBatch + "]";
  }

  private void runBatch(List<Window> batch, List<float[][]> out) {
    int rows = batch.size();
    int cols = batch.get(rows - 1).ids.length; // sorted by length: the last is the longest
    long[] ids = new long[rows * cols];
    long[] mask = new long[rows * cols];
    Arrays.fill(ids, tokenizer.padId());
    for (int r = 0; r < rows; r++) {
      int[] windowIds = batch.get(r).ids;
      for (int c = 0; c < windowIds.length; c++) {
        ids[r * cols + c] = windowIds[c];
        mask[r * cols + c] = 1;
      }
    }
    long[] shape = {rows, cols};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put(INPUT_IDS, OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      inputs.put(ATTENTION_MASK, OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      if (takesTokenTypes) {
        inputs.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(env, LongBuffer.wrap(new long[rows * cols]), shape));
      }
      try (OrtSession.Result result = session.run(inputs, Set.of(HIDDEN))) {
        Optional<OnnxValue> value = result.get(HIDDEN);
        if (value.isEmpty() || !(value.get() instanceof OnnxTensor tensor)) {
          throw new IllegalStateException(model.label() + " returned no " + HIDDEN + " tensor");
        }
        FloatBuffer hidden = tensor.getFloatBuffer();
        if (hidden == null || hidden.remaining() != rows * cols * dimension) {
          throw new IllegalStateException(model.label() + " returned " + HIDDEN + " of shape "
              + Arrays.toString(tensor.getInfo().getShape()) + " for input " + Arrays.toString(shape));
        }
        for (int r = 0; r < rows; r++) {
          batch.get(r).collect(hidden, r * cols * dimension, dimension, out);
        }
      }
    } catch (OrtException e) {
      throw new EncoderException("ONNX Runtime failed to run " + model.label() + " on a batch of " + rows
          + " windows of up to " + cols + " pieces", e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private static byte[] readResource(String resource) {
    try (InputStream in = TokenEncoder.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("encoder model not on the class path: " + resource));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read encoder model " + resource, e);
    }
  }

  private static void closeQuietlyAfter(OrtSession session, Exception primary) {
    try {
      session.close();
    } catch (OrtException e) {
      primary.addSuppressed(e);
    }
  }

  /**
   * One window of one sentence as the model sees it: {@code [CLS]}, the pieces of words
   * {@code [from, to)}, {@code [SEP]}; {@code firstPiece[i - from]} is where word i's pieces start
   * in {@code ids}, and {@code owned[i - from]} says whether word i takes its vector from here.
   */
  private record Window(int sentence, int from, int to, int[] ids, int[] firstPiece, boolean[] owned) {

    static Window of(int sentence, int w, PieceWindows plan, int[][] pieces, WordPieceTokenizer tokenizer) {
      int from = plan.start()[w];
      int to = plan.end()[w];
      int length = 2;
      for (int i = from; i < to; i++) {
        length += pieces[i].length;
      }
      int[] ids = new int[length];
      int[] firstPiece = new int[to - from + 1];
      boolean[] owned = new boolean[to - from];
      ids[0] = tokenizer.clsId();
      int at = 1;
      for (int i = from; i < to; i++) {
        firstPiece[i - from] = at;
        owned[i - from] = plan.owner()[i] == w;
        System.arraycopy(pieces[i], 0, ids, at, pieces[i].length);
        at += pieces[i].length;
      }
      firstPiece[to - from] = at;
      ids[at] = tokenizer.sepId();
      return new Window(sentence, from, to, ids, firstPiece, owned);
    }

    /** Averages the owned words' piece states, read from one batch row starting at {@code base}. */
    void collect(FloatBuffer hidden, int base, int dimension, List<float[][]> out) {
      float[][] vectors = out.get(sentence);
      for (int i = from; i < to; i++) {
        if (!owned[i - from]) {
          continue;
        }
        int first = firstPiece[i - from];
        int last = firstPiece[i - from + 1];
        float[] v = new float[dimension];
        for (int p = first; p < last; p++) {
          int offset = base + p * dimension;
          for (int k = 0; k < dimension; k++) {
            v[k] += hidden.get(offset + k);
          }
        }
        float n = last - first;
        for (int k = 0; k < dimension; k++) {
          v[k] /= n;
        }
        vectors[i] = v;
      }
    }
  }
}
