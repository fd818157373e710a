package org.tidings.pipeline.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The weights of a Chen and Manning (2014) neural transition parser, read from a model file in the
 * text format of CoreNLP's {@code nndep} models (CoreNLP's {@code english_UD.gz} is the default),
 * laid out for fast inference by {@link ArcStandardParser}.
 *
 * <p>The network: 48 input features (18 words, 18 part-of-speech tags, 12 arc labels of the stack
 * and buffer positions), each an embedding of {@link #embeddingSize()} floats; a hidden layer of
 * {@link #hiddenSize()} units with a cube activation; one output score per transition. Weights
 * are stored transposed (one row of {@code hiddenSize} floats per input dimension, one row of
 * transition scores per hidden unit) so that the inner loops are plain {@code a[i] += x * b[i]}
 * over contiguous floats, which the JIT compiles to SIMD instructions. The hidden-layer
 * contribution of the most frequent (feature position, value) pairs — the list the model file
 * ships — and of every tag and label is computed once at load ({@link #savedRows}).
 *
 * <p>Immutable and thread-safe once loaded; share one instance per JVM. Loading costs about a
 * second of CPU and {@code (precomputed + 2,400) x hiddenSize x 4} bytes of heap (see
 * BENCHMARKS.md, "Dependency parser").
 */
public final class ParserModel {
  /** CoreNLP's English Universal Dependencies model, in its models jar. */
  public static final String DEFAULT_RESOURCE = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  /** Precomputed (position, value) pairs kept from the model's list, most frequent first. */
  public static final int DEFAULT_PRECOMPUTED = 30_000;

  static final String UNKNOWN = "-UNKNOWN-";
  static final String NULL = "-NULL-";
  static final String ROOT = "-ROOT-";
  static final int WORD_FEATURES = 18;
  static final int TAG_FEATURES = 18;
  static final int LABEL_FEATURES = 12;
  static final int FEATURES = WORD_FEATURES + TAG_FEATURES + LABEL_FEATURES;

  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> tagIds;
  private final String[] labels;
  private final int firstLabelId;
  private final int embeddingSize;
  private final int hiddenSize;
  private final float[][] embeddings;
  private final float[][] inputWeights;
  private final float[] bias;
  private final float[][] outputWeights;
  private final int[][] savedIndex;
  private final float[][] saved;

  private ParserModel(
      Map<String, Integer> wordIds,
      Map<String, Integer> tagIds,
      String[] labels,
      int firstLabelId,
      float[][] embeddings,
      float[][] inputWeights,
      float[] bias,
      float[][] outputWeights,
      List<Integer> precomputed) {
    this.wordIds = wordIds;
    this.tagIds = tagIds;
    this.labels = labels;
    this.firstLabelId = firstLabelId;
    this.embeddings = embeddings;
    this.inputWeights = inputWeights;
    this.bias = bias;
    this.outputWeights = outputWeights;
    this.embeddingSize = embeddings[0].length;
    this.hiddenSize = bias.length;
    this.savedIndex = new int[FEATURES][embeddings.length];
    for (int[] row : savedIndex) {
      Arrays.fill(row, -1);
    }
    List<int[]> pairs = new ArrayList<>();
    for (int key : precomputed) {
      pairs.add(new int[] {key % FEATURES, key / FEATURES});
    }
    for (int position = WORD_FEATURES; position < FEATURES; position++) {
      int from = position < WORD_FEATURES + TAG_FEATURES ? wordIds.size() : firstLabelId;
      int to = position < WORD_FEATURES + TAG_FEATURES ? firstLabelId : embeddings.length;
      for (int value = from; value < to; value++) {
        pairs.add(new int[] {position, value});
      }
    }
    List<float[]> rows = new ArrayList<>();
    for (int[] pair : pairs) {
      if (savedIndex[pair[0]][pair[1]] >= 0) {
        continue;
      }
      float[] row = new float[hiddenSize];
      computeContribution(row, pair[0], pair[1]);
      savedIndex[pair[0]][pair[1]] = rows.size();
      rows.add(row);
    }
    this.saved = rows.toArray(new float[0][]);
  }

  /** Loads {@link #DEFAULT_RESOURCE} from the class path with {@link #DEFAULT_PRECOMPUTED} pairs. */
  public static ParserModel loadDefault() {
    return load(DEFAULT_RESOURCE, DEFAULT_PRECOMPUTED);
  }

  /**
   * Reads a model in CoreNLP's nndep text format (gzipped when the name ends in {@code .gz}).
   *
   * @param resource class-path location of the model
   * @param precomputed how many of the model's precomputed (position, value) pairs to keep
   * @throws UncheckedIOException when the resource is missing or unreadable
   * @throws IllegalArgumentException when the file is not an nndep model
   */
  public static ParserModel load(String resource, int precomputed) {
    InputStream raw = ParserModel.class.getClassLoader().getResourceAsStream(resource);
    if (raw == null) {
      throw new UncheckedIOException(new IOException("parser model not on the class path: " + resource));
    }
    try (InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      return read(new ModelText(in.readAllBytes(), resource), precomputed);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parser model " + resource, e);
    }
  }

  private static ParserModel read(ModelText in, int keep) {
    String line = in.line();
    if (line.startsWith("language=")) {
      in.line(); // tlp=: the language pack is English either way
      line = in.line();
    }
    int words = in.header(line, "dict");
    int tags = in.header(in.line(), "pos");
    int labelCount = in.header(in.line(), "label");
    int embeddingSize = in.header(in.line(), "embeddingSize");
    int hiddenSize = in.header(in.line(), "hiddenSize");
    int tokens = in.header(in.line(), "numTokens");
    int precomputedCount = in.header(in.line(), "preComputed");
    if (tokens != FEATURES) {
      throw in.error("expected " + FEATURES + " features, found " + tokens);
    }
    int total = words + tags + labelCount;
    float[][] embeddings = new float[total][];
    Map<String, Integer> wordIds = new HashMap<>(words * 2);
    Map<String, Integer> tagIds = new HashMap<>();
    String[] labels = new String[labelCount];
    for (int id = 0; id < total; id++) {
      String name = in.word();
      if (id < words) {
        wordIds.put(name, id);
      } else if (id < words + tags) {
        tagIds.put(name, id);
      } else {
        labels[id - words - tags] = name;
      }
      embeddings[id] = in.floats(embeddingSize);
    }
    // The file holds W1 one input dimension a line (hiddenSize values): already the transposed layout.
    float[][] inputWeights = new float[tokens * embeddingSize][];
    for (int d = 0; d < inputWeights.length; d++) {
      inputWeights[d] = in.floats(hiddenSize);
    }
    float[] bias = in.floats(hiddenSize);
    float[][] outputWeights = new float[hiddenSize][];
    for (int h = 0; h < hiddenSize; h++) {
      outputWeights[h] = in.floats(labelCount * 2 - 1);
    }
    List<Integer> precomputed = new ArrayList<>();
    int wanted = Math.min(precomputedCount, keep);
    while (precomputed.size() < wanted) {
      precomputed.add(in.integer());
    }
    return new ParserModel(
        wordIds, tagIds, labels, words + tags, embeddings, inputWeights, bias, outputWeights, precomputed);
  }

  /**
   * Adds the hidden-layer contribution of {@code value} at feature {@code position} to {@code
   * hidden}, keeping the contributions the model has not precomputed in {@code cache} (key:
   * position x values + value) for the rest of the sentence: a buffer word stays in its slot
   * through several transitions, so most of them are asked for again.
   */
  private void addContribution(float[] hidden, int position, int value, Map<Integer, float[]> cache) {
    int row = savedIndex[position][value];
    if (row >= 0) {
      add(hidden, saved[row]);
      return;
    }
    float[] computed =
        cache.computeIfAbsent(
            position * embeddings.length + value,
            key -> {
              float[] fresh = new float[hiddenSize];
              computeContribution(fresh, position, value);
              return fresh;
            });
    add(hidden, computed);
  }

  private static void add(float[] hidden, float[] row) {
    for (int h = 0; h < hidden.length; h++) {
      hidden[h] += row[h];
    }
  }

  private void computeContribution(float[] hidden, int position, int value) {
    float[] e = embeddings[value];
    int base = position * embeddingSize;
    for (int k = 0; k < embeddingSize; k++) {
      float x = e[k];
      float[] w = inputWeights[base + k];
      for (int h = 0; h < hidden.length; h++) {
        hidden[h] += x * w[h];
      }
    }
  }

  /**
   * Writes the score of every transition for the given feature values into {@code scores}, using
   * and filling {@code cache} as {@link #addContribution} does.
   */
  void score(int[] features, float[] hidden, float[] scores, Map<Integer, float[]> cache) {
    System.arraycopy(bias, 0, hidden, 0, hiddenSize);
    for (int position = 0; position < FEATURES; position++) {
      addContribution(hidden, position, features[position], cache);
    }
    Arrays.fill(scores, 0f);
    for (int h = 0; h < hiddenSize; h++) {
      float a = hidden[h];
      a = a * a * a;
      float[] w = outputWeights[h];
      for (int t = 0; t < scores.length; t++) {
        scores[t] += a * w[t];
      }
    }
  }

  int wordId(String word) {
    Integer id = wordIds.get(word);
    return id != null ? id : wordIds.get(UNKNOWN);
  }

  int tagId(String tag) {
    Integer id = tagIds.get(tag);
    return id != null ? id : tagIds.get(UNKNOWN);
  }

  /** Embedding id of the label with index {@code label} in {@link #label}; 0 is {@code -NULL-}. */
  int labelId(int label) {
    return firstLabelId + label;
  }

  /** Label names; index 0 is {@code -NULL-}, index 1 the root label. */
  String label(int index) {
    return labels[index];
  }

  int labelCount() {
    return labels.length;
  }

  /** Number of transitions: a left and a right arc per label other than {@code -NULL-}, and shift. */
  int transitions() {
    return labels.length * 2 - 1;
  }

  public int hiddenSize() {
    return hiddenSize;
  }

  public int embeddingSize() {
    return embeddingSize;
  }

  /** Rows of precomputed hidden-layer contributions held (each {@link #hiddenSize()} floats). */
  public int savedRows() {
    return saved.length;
  }
}
