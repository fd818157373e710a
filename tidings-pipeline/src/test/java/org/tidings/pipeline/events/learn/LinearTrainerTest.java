package org.tidings.pipeline.events.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The softmax trainer learns what its examples say, the same way for the same seed. */
class LinearTrainerTest {
  private static final List<String> LABELS = List.of("NONE", "ATTACK", "PRAISE");

  /** Words decide the label; the dense part carries a noisy copy of the answer. */
  private static List<LinearTrainer.Example> examples(long seed) {
    Random r = new Random(seed);
    List<LinearTrainer.Example> out = new ArrayList<>();
    String[][] words = {{"l=say", "l=go", "l=rain"}, {"l=attack", "l=shell", "l=bomb"}, {"l=praise", "l=hail", "l=laud"}};
    for (int i = 0; i < 600; i++) {
      int label = r.nextInt(3);
      String w = words[label][r.nextInt(3)];
      float[] dense = {label == 1 ? 1f : 0f, (float) r.nextGaussian() * 0.1f};
      out.add(new LinearTrainer.Example(new Features(List.of(w, "p=VB"), dense), LABELS.get(label), 1));
    }
    return out;
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      best = p[i] > p[best] ? i : best;
    }
    return best;
  }

  @Test
  void learnsWordsAndDenseValues() {
    LinearModel m = new LinearTrainer(5, 0.1, 1e-6, 1, 7).fit(LABELS, examples(1));
    assertEquals("ATTACK", LABELS.get(argmax(m.probabilities(new Features(List.of("l=shell"), new float[] {1, 0})))));
    assertEquals("PRAISE", LABELS.get(argmax(m.probabilities(new Features(List.of("l=laud"), new float[] {0, 0})))));
    double[] unseen = m.probabilities(new Features(List.of("l=never-seen"), new float[] {1, 0}));
    assertEquals("ATTACK", LABELS.get(argmax(unseen)), "the dense part alone still speaks");
    assertEquals(1.0, unseen[0] + unseen[1] + unseen[2], 1e-9);
  }

  @Test
  void theSameSeedGivesTheSameModelAndJsonKeepsIt() {
    LinearModel a = new LinearTrainer(3, 0.1, 1e-6, 1, 7).fit(LABELS, examples(2));
    LinearModel b = new LinearTrainer(3, 0.1, 1e-6, 1, 7).fit(LABELS, examples(2));
    Features f = new Features(List.of("l=bomb", "p=VB"), new float[] {0.5f, 0.2f});
    assertArrayEquals(a.probabilities(f), b.probabilities(f), 0.0);
    LinearModel back = LinearModel.fromJson(a.toJson());
    assertArrayEquals(a.probabilities(f), back.probabilities(f), 1e-4);
  }

  @Test
  void rareFeaturesAreDroppedAndBadInputRefused() {
    List<LinearTrainer.Example> ex = new ArrayList<>(examples(3));
    ex.add(new LinearTrainer.Example(new Features(List.of("l=once"), new float[] {0, 0}), "PRAISE", 1));
    LinearModel m = new LinearTrainer(2, 0.1, 1e-6, 2, 7).fit(LABELS, ex);
    assertEquals(10, m.sparseSize(), "nine words and p=VB; l=once is seen once and gets no weight");
    assertThrows(IllegalArgumentException.class, () -> new LinearTrainer(2, 0.1, 0, 1, 7)
        .fit(LABELS, List.of(new LinearTrainer.Example(new Features(List.of("x"), new float[0]), "OTHER", 1))));
    assertThrows(IllegalArgumentException.class, () -> m.probabilities(new Features(List.of("l=bomb"), new float[3])));
  }
}
