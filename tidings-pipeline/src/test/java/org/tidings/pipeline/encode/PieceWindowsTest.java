package org.tidings.pipeline.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PieceWindowsTest {

  @Test
  void aSentenceThatFitsIsOneWindowOwningEveryWord() {
    PieceWindows plan = PieceWindows.plan(new int[] {1, 2, 3}, 6);
    assertEquals(1, plan.size());
    assertArrayEquals(new int[] {0}, plan.start());
    assertArrayEquals(new int[] {3}, plan.end());
    assertArrayEquals(new int[] {0, 0, 0}, plan.owner());
  }

  @Test
  void longSentencesOverlapByHalfAWindowAndWordsGoToTheirMostCentralWindow() {
    int[] ones = new int[10];
    Arrays.fill(ones, 1);
    PieceWindows plan = PieceWindows.plan(ones, 4);
    // [0,4) [2,6) [4,8) [6,10)
    assertArrayEquals(new int[] {0, 2, 4, 6}, plan.start());
    assertArrayEquals(new int[] {4, 6, 8, 10}, plan.end());
    // word 3 has no context on its right in window 0 and one piece on each side in window 1
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 2, 2, 3, 3, 3}, plan.owner());
  }

  @Test
  void everyWordIsInSomeWindowOfAtMostMaxPieces() {
    int[] counts = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3};
    int max = 12;
    PieceWindows plan = PieceWindows.plan(counts, max);
    for (int w = 0; w < plan.size(); w++) {
      int sum = 0;
      for (int i = plan.start()[w]; i < plan.end()[w]; i++) {
        sum += counts[i];
      }
      assertTrue(sum <= max, "window " + w + " holds " + sum);
      assertTrue(w == 0 || plan.start()[w] > plan.start()[w - 1], "windows move forward");
    }
    assertEquals(counts.length, plan.end()[plan.size() - 1]);
    for (int i = 0; i < counts.length; i++) {
      int w = plan.owner()[i];
      assertTrue(plan.start()[w] <= i && i < plan.end()[w], "word " + i + " outside its window");
    }
  }

  @Test
  void wordsOfNoPiecesOrMorePiecesThanAWindowAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> PieceWindows.plan(new int[] {1, 0}, 4));
    assertThrows(IllegalArgumentException.class, () -> PieceWindows.plan(new int[] {5}, 4));
  }
}
