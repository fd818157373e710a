package org.tidings.pipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueModelTest {

  private static CueModel read(String text) throws IOException {
    return CueModel.read(new BufferedReader(new StringReader(text)));
  }

  @Test
  void probabilityIsTheLogisticOfTheSummedWeights() throws IOException {
    CueModel m = read("# a comment\nthreshold\t0.5\nbias\t-1.0\nl=criticize\t2.5\nc=obj\t0.5\n");
    assertEquals(1 / (1 + Math.exp(-2.0)), m.probability(List.of("bias", "l=criticize", "c=obj")), 1e-12);
    assertEquals(1 / (1 + Math.exp(1.0)), m.probability(List.of("bias", "l=unknown")), 1e-12);
    assertTrue(m.accepts(List.of("bias", "l=criticize")));
    assertFalse(m.accepts(List.of("bias")));
    assertFalse(m.withThresholds(0.9, 0).accepts(List.of("bias", "l=criticize")));
  }

  @Test
  void lexiconVerbsAreRejectedOnlyBelowTheRejectThreshold() throws IOException {
    CueModel m = read("threshold\t0.5\nreject\t0.3\nlex:bias\t0.0\nlex:s=pronoun\t-2.0\n");
    assertEquals(0.3, m.reject());
    assertTrue(m.rejects(List.of("lex:bias", "lex:s=pronoun")));
    assertFalse(m.rejects(List.of("lex:bias")));
    assertFalse(read("threshold\t0.5\nlex:s=pronoun\t-9.0\n").rejects(List.of("lex:s=pronoun"))); // no reject line: never
  }

  @Test
  void nounsAndAdjectivesAreAcceptedOnlyAtTheNominalThreshold() throws IOException {
    CueModel m = read("threshold\t0.5\nnominal\t0.6\nn:bias\t0.0\nn:l=support\t1.0\n");
    assertEquals(0.6, m.nominal());
    assertTrue(m.acceptsNominal(List.of("n:bias", "n:l=support"))); // 0.73
    assertFalse(m.acceptsNominal(List.of("n:bias"))); // 0.5
    assertFalse(read("threshold\t0.5\nn:l=support\t9.0\n").acceptsNominal(List.of("n:l=support"))); // no line: never
    assertThrows(IllegalArgumentException.class, () -> read("threshold\t0.5\nnominal\t0\n"));
  }

  @Test
  void lexiconVerbsAreWidenedOnlyAtTheWidenThreshold() throws IOException {
    CueModel m = read("threshold\t0.5\nwiden\t0.6\nlex:bias\t0.0\nlex:l=want|frame=obj\t1.0\n");
    assertEquals(0.6, m.widen());
    assertTrue(m.widens(List.of("lex:bias", "lex:l=want|frame=obj"))); // 0.73
    assertFalse(m.widens(List.of("lex:bias"))); // 0.5
    assertFalse(read("threshold\t0.5\nlex:bias\t9.0\n").widens(List.of("lex:bias"))); // no line: never
    assertFalse(m.withWidenThreshold(1).widens(List.of("lex:bias", "lex:l=want|frame=obj")));
    assertThrows(IllegalArgumentException.class, () -> read("threshold\t0.5\nwiden\t0\n"));
  }

  @Test
  void malformedModelsAreRejected() {
    IllegalArgumentException noThreshold = assertThrows(IllegalArgumentException.class, () -> read("bias\t1\n"));
    assertTrue(noThreshold.getMessage().contains("threshold"), noThreshold.getMessage());
    IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class, () -> read("threshold\t0.5\nbias\tx\n"));
    assertTrue(notANumber.getMessage().contains("line 2"), notANumber.getMessage());
    assertThrows(IllegalArgumentException.class, () -> read("threshold\t0.5\nbias\t1\nbias\t2\n"));
    assertThrows(IllegalArgumentException.class, () -> read("threshold\t1.5\n"));
  }

  @Test
  void bundledModelWeighsLemmasAndFrames() {
    CueModel m = CueModel.bundled();
    assertTrue(m.threshold() > 0 && m.threshold() < 1);
    assertTrue(m.weights().containsKey("bias"));
    assertTrue(m.weights().keySet().stream().anyMatch(f -> f.startsWith("l=")));
    assertTrue(m.weights().keySet().stream().anyMatch(f -> f.startsWith("wn=verb.communication")));
  }
}
