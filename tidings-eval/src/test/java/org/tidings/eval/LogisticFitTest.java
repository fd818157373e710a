package org.tidings.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The logistic fit through CoreNLP's classifier: weights point the way the labels do. */
class LogisticFitTest {

  @Test
  void aFeatureSeenWithPositivesWeighsForThemAndOneSeenWithNegativesAgainst() {
    List<LogisticFit.Example> data = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      data.add(new LogisticFit.Example(List.of("bias", "said"), true));
      data.add(new LogisticFit.Example(List.of("bias", "built"), false));
    }
    data.add(new LogisticFit.Example(List.of("bias", "said"), false));
    Map<String, Double> w = LogisticFit.weights(data, 1.0, 1e-3);
    assertTrue(w.get("said") > 0.5, w::toString);
    assertTrue(w.get("built") < -0.5, w::toString);
    assertFalse(w.containsKey("unseen"));
  }

  @Test
  void tinyWeightsAreLeftOut() {
    List<LogisticFit.Example> data = List.of(new LogisticFit.Example(List.of("a"), true),
        new LogisticFit.Example(List.of("a"), false));
    assertTrue(LogisticFit.weights(data, 1.0, 1e-3).isEmpty(), "a feature on both sides equally weighs nothing");
  }
}
