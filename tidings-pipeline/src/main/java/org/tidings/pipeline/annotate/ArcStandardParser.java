package org.tidings.pipeline.annotate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy arc-standard dependency parsing (Nivre 2004) driven by the neural classifier of Chen and
 * Manning (2014), over a {@link ParserModel}: our own inference for the models CoreNLP's
 * {@code depparse} annotator uses, with the same features, transitions and tie-breaking, so it
 * gives the same trees (BENCHMARKS.md, "Dependency parser", records the agreement), several times
 * faster because the network runs on transposed float rows the JIT vectorises.
 *
 * <p>Token indexes follow the parser's convention: 0 is the artificial root, words are 1..n.
 *
 * <p>Thread-safe: the model is immutable and every call works on its own arrays.
 */
public final class ArcStandardParser {
  private static final int NONE = -1;

  private final ParserModel model;

  public ArcStandardParser(ParserModel model) {
    this.model = model;
  }

  /**
   * The tree of one sentence.
   *
   * @param heads for word {@code i} (0-based), the 1-based index of its head, 0 for the root
   * @param labels for word {@code i} (0-based), the relation to its head (the root label for 0)
   */
  public record Tree(int[] heads, String[] labels) {}

  /**
   * Parses one tagged sentence.
   *
   * @param words the tokens' text, never null
   * @param tags their Penn Treebank tags, same length
   * @throws IllegalArgumentException when the lists differ in length
   */
  public Tree parse(List<String> words, List<String> tags) {
    if (words.size() != tags.size()) {
      throw new IllegalArgumentException("words and tags differ in length");
    }
    State s = new State(words, tags);
    int transitions = model.transitions();
    int labels = model.labelCount() - 1;
    int[] features = new int[ParserModel.FEATURES];
    float[] hidden = new float[model.hiddenSize()];
    float[] scores = new float[transitions];
    Map<Integer, float[]> misses = new HashMap<>();
    while (!(s.stackSize == 1 && s.next > s.n)) {
      int forced = s.onlyTransition(labels);
      if (forced >= 0) {
        s.apply(forced, labels); // the network's choice among one applicable transition
        continue;
      }
      s.features(features);
      model.score(features, hidden, scores, misses);
      int best = NONE;
      float bestScore = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < transitions; t++) {
        if (scores[t] > bestScore && s.canApply(t, labels)) {
          bestScore = scores[t];
          best = t;
        }
      }
      s.apply(best, labels);
    }
    int[] heads = Arrays.copyOfRange(s.head, 1, s.n + 1);
    String[] names = new String[s.n];
    for (int i = 1; i <= s.n; i++) {
      names[i - 1] = model.label(s.label[i]);
    }
    return new Tree(heads, names);
  }

  /** Parser state: stack, buffer (the words from {@code next} on) and the arcs built so far. */
  private final class State {
    final int n;
    final int[] wordIds;
    final int[] tagIds;
    final int[] stack;
    int stackSize;
    int next = 1;
    final int[] head;
    final int[] label;

    State(List<String> words, List<String> tags) {
      n = words.size();
      wordIds = new int[n + 1];
      tagIds = new int[n + 1];
      wordIds[0] = model.wordId(ParserModel.ROOT);
      tagIds[0] = model.tagId(ParserModel.ROOT);
      for (int i = 1; i <= n; i++) {
        wordIds[i] = model.wordId(words.get(i - 1));
        tagIds[i] = model.tagId(tags.get(i - 1));
      }
      stack = new int[n + 1];
      stack[stackSize++] = 0;
      head = new int[n + 1];
      label = new int[n + 1];
      Arrays.fill(head, NONE);
    }

    int stack(int k) {
      return k < stackSize ? stack[stackSize - 1 - k] : NONE;
    }

    int buffer(int k) {
      int i = next + k;
      return i <= n ? i : NONE;
    }

    int leftChild(int k, int count) {
      if (k < 0 || k > n) {
        return NONE;
      }
      int c = 0;
      for (int i = 1; i < k; i++) {
        if (head[i] == k && ++c == count) {
          return i;
        }
      }
      return NONE;
    }

    int rightChild(int k, int count) {
      if (k < 0 || k > n) {
        return NONE;
      }
      int c = 0;
      for (int i = n; i > k; i--) {
        if (head[i] == k && ++c == count) {
          return i;
        }
      }
      return NONE;
    }

    int word(int i) {
      return i == NONE ? model.wordId(ParserModel.NULL) : wordIds[i];
    }

    int tag(int i) {
      return i == NONE ? model.tagId(ParserModel.NULL) : tagIds[i];
    }

    int arcLabel(int i) {
      return model.labelId(i <= 0 ? 0 : label[i]);
    }

    /** The 48 feature values of Chen and Manning's template, in the model's order. */
    void features(int[] f) {
      for (int j = 2; j >= 0; j--) {
        int i = stack(j);
        f[2 - j] = word(i);
        f[ParserModel.WORD_FEATURES + 2 - j] = tag(i);
      }
      for (int j = 0; j <= 2; j++) {
        int i = buffer(j);
        f[3 + j] = word(i);
        f[ParserModel.WORD_FEATURES + 3 + j] = tag(i);
      }
      for (int j = 0; j <= 1; j++) {
        int k = stack(j);
        int lc = leftChild(k, 1);
        int rc = rightChild(k, 1);
        int[] children = {lc, rc, leftChild(k, 2), rightChild(k, 2), leftChild(lc, 1), rightChild(rc, 1)};
        for (int c = 0; c < children.length; c++) {
          int i = children[c];
          int slot = 6 + 6 * j + c;
          f[slot] = word(i);
          f[ParserModel.WORD_FEATURES + slot] = tag(i);
          f[ParserModel.WORD_FEATURES + ParserModel.TAG_FEATURES + 6 * j + c] = arcLabel(i);
        }
      }
    }

    /**
     * The one applicable transition, or -1 when there is a choice: shift while the stack holds
     * at most one word besides the root and the buffer is not empty; the right arc to the root
     * when the buffer is empty and one word is left. Skipping the network there leaves the tree
     * unchanged (the greedy choice among one candidate is that candidate) and saves about three
     * of every sentence's 2n scorings.
     */
    int onlyTransition(int labels) {
      if (stackSize <= 2 && next <= n) {
        return 2 * labels;
      }
      if (stackSize == 2) {
        return labels; // R(root label): label index 1 is the root label
      }
      return -1;
    }

    /** Transitions: 0..L-1 left arcs, L..2L-1 right arcs (label = t mod L + 1), 2L shift. */
    boolean canApply(int t, int labels) {
      if (t < 2 * labels) {
        boolean left = t < labels;
        int arcLabel = t % labels + 1;
        int h = left ? stack(0) : stack(1);
        if (h < 0 || (h == 0) != (arcLabel == 1)) {
          return false;
        }
        return left ? stackSize > 2 : stackSize > 2 || (stackSize == 2 && next > n);
      }
      return next <= n;
    }

    void apply(int t, int labels) {
      if (t < labels) {
        int dependent = stack(1);
        head[dependent] = stack(0);
        label[dependent] = t % labels + 1;
        stack[stackSize - 2] = stack[stackSize - 1];
        stackSize--;
      } else if (t < 2 * labels) {
        int dependent = stack(0);
        head[dependent] = stack(1);
        label[dependent] = t % labels + 1;
        stackSize--;
      } else {
        stack[stackSize++] = next++;
      }
    }
  }
}
