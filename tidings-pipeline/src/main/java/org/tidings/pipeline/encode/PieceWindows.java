package org.tidings.pipeline.encode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a sentence too long for the encoder is cut into windows of whole words: each window holds at
 * most {@code maxPieces} word pieces, the next one starts so that the two share about half a
 * window, and each word takes its vector from the window where it has the most context on its
 * poorer side (the larger of the two smaller piece counts before and after it). With half-window
 * overlap every word but those near the sentence's ends so has at least a quarter window of
 * context on both sides.
 *
 * <p>Window {@code w} covers words {@code [start[w], end[w])}; {@code owner[i]} is the window word
 * {@code i} takes its vector from. Immutable by convention: the arrays are not copied, callers do
 * not change them.
 */
record PieceWindows(int[] start, int[] end, int[] owner) {

  /**
   * Plans the windows of a sentence.
   *
   * @param pieceCounts word pieces of each word, each between 1 and {@code maxPieces}
   * @param maxPieces most pieces in one window, at least 1
   * @throws IllegalArgumentException when a count is out of range
   */
  static PieceWindows plan(int[] pieceCounts, int maxPieces) {
    if (maxPieces < 1) {
      throw new IllegalArgumentException("maxPieces must be >= 1: " + maxPieces);
    }
    int n = pieceCounts.length;
    for (int count : pieceCounts) {
      if (count < 1 || count > maxPieces) {
        throw new IllegalArgumentException("a word has " + count + " pieces, window holds " + maxPieces);
      }
    }
    List<int[]> windows = new ArrayList<>();
    int s = 0;
    while (true) {
      int e = s;
      int sum = 0;
      while (e < n && sum + pieceCounts[e] <= maxPieces) {
        sum += pieceCounts[e++];
      }
      windows.add(new int[] {s, e});
      if (e >= n) {
        break;
      }
      // step back from e while the shared tail stays within half a window, always moving forward
      int next = e;
      int shared = 0;
      while (next - 1 > s && shared + pieceCounts[next - 1] <= maxPieces / 2) {
        shared += pieceCounts[--next];
      }
      s = next;
    }
    int[] start = new int[windows.size()];
    int[] end = new int[windows.size()];
    for (int w = 0; w < start.length; w++) {
      start[w] = windows.get(w)[0];
      end[w] = windows.get(w)[1];
    }
    int[] before = new int[n + 1]; // pieces before word i in the sentence
    for (int i = 0; i < n; i++) {
      before[i + 1] = before[i] + pieceCounts[i];
    }
    int[] owner = new int[n];
    int[] bestContext = new int[n];
    Arrays.fill(bestContext, -1);
    for (int w = 0; w < start.length; w++) {
      for (int i = start[w]; i < end[w]; i++) {
        int left = before[i] - before[start[w]];
        int right = before[end[w]] - before[i + 1];
        int context = Math.min(left, right);
        if (context > bestContext[i]) {
          bestContext[i] = context;
          owner[i] = w;
        }
      }
    }
    return new PieceWindows(start, end, owner);
  }

  /** Number of windows. */
  int size() {
    return start.length;
  }
}
