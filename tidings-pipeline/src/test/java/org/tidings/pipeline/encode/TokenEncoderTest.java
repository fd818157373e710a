package org.tidings.pipeline.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs the real bundled models; nothing is mocked. */
class TokenEncoderTest {

  private static TokenEncoder minilm;

  @BeforeAll
  static void load() {
    minilm = TokenEncoder.load(EncoderModel.MINILM_L6, 2);
  }

  @AfterAll
  static void close() {
    minilm.close();
  }

  private static List<String> words(String sentence) {
    return List.of(sentence.split(" "));
  }

  @ParameterizedTest
  @EnumSource(EncoderModel.class)
  void everyWordGetsAFinite384dVector(EncoderModel model) {
    try (TokenEncoder encoder = TokenEncoder.load(model, 1)) {
      assertEquals(model, encoder.model());
      assertEquals(384, encoder.dimension());
      List<float[][]> out = encoder.encodeWords(List.of(
          words("Rebels attacked the town on Monday ."), List.of(), List.of("Magnitogorsk", "\u0000", "🙂")));
      assertEquals(3, out.size());
      assertEquals(7, out.get(0).length);
      assertEquals(0, out.get(1).length);
      assertEquals(3, out.get(2).length); // a word of no pieces gets [UNK]'s vector
      for (float[][] sentence : out) {
        for (float[] v : sentence) {
          assertEquals(384, v.length);
          for (float x : v) {
            assertTrue(Float.isFinite(x), model + " gave " + x);
          }
        }
      }
    }
  }

  @Test
  void vectorsDependOnContextButNotOnRepetition() {
    List<float[][]> out = minilm.encodeWords(List.of(
        words("She sat on the river bank ."),
        words("She paid the money into the bank ."),
        words("She sat on the river bank .")));
    float[] river = out.get(0)[5];
    float[] money = out.get(1)[6];
    assertTrue(cosine(river, money) < 0.95, "bank in two senses: cosine " + cosine(river, money));
    for (int i = 0; i < out.get(0).length; i++) {
      assertArrayEquals(out.get(0)[i], out.get(2)[i], "word " + i + " of the repeated sentence");
    }
  }

  @Test
  void batchCompanionsMoveVectorsSlightlyUnlessBatchesHoldOneWindow() {
    List<String> sentence = words("Rebels attacked the town on Monday .");
    List<String> longer = words("Police said the attackers , who fled across the border into a neighbouring"
        + " province , had been armed with rifles and grenades .");
    assertEquals(1, minilm.maxBatch());
    float[][] alone = minilm.encodeWords(List.of(sentence)).get(0);
    float[][] amongOthers = minilm.encodeWords(List.of(longer, sentence, longer)).get(1);
    for (int i = 0; i < alone.length; i++) {
      assertArrayEquals(alone[i], amongOthers[i], "word " + i);
    }
    try (TokenEncoder batching = TokenEncoder.load(EncoderModel.MINILM_L6, 2, 32)) {
      float[][] batched = batching.encodeWords(List.of(sentence, longer)).get(0);
      boolean moved = false;
      for (int i = 0; i < alone.length; i++) {
        // int8 dynamic quantization takes its scales over the whole padded batch
        double c = cosine(alone[i], batched[i]);
        assertTrue(c > 0.97, "word " + i + " alone and padded in a batch: cosine " + c);
        moved |= !Arrays.equals(alone[i], batched[i]);
      }
      assertTrue(moved, "the batch no longer moves the vectors: TokenEncoder's caveat can go");
    }
  }

  @Test
  void aSentenceLongerThanAWindowGetsOneVectorPerWord() {
    List<String> sentence = new ArrayList<>();
    String[] clause = "the delegation from Magnitogorsk , which had travelled overnight , met officials and".split(" ");
    while (minilm.tokenizer().ids(String.join(" ", sentence)).length <= 600) {
      sentence.addAll(Arrays.asList(clause));
    }
    sentence.add(".");
    int pieces = minilm.tokenizer().ids(String.join(" ", sentence)).length;
    assertTrue(pieces > 600 && pieces > 2 * EncoderModel.MINILM_L6.maxSequence(), "pieces " + pieces);
    float[][] out = minilm.encodeWords(List.of(sentence, words("A short one ."))).get(0);
    assertEquals(sentence.size(), out.length);
    for (float[] v : out) {
      assertNotNull(v);
      assertEquals(384, v.length);
    }
    // the windows overlap, so one word type mid-sentence keeps a like vector throughout
    int first = sentence.indexOf("delegation");
    int last = sentence.lastIndexOf("delegation");
    assertTrue(cosine(out[first], out[last]) > 0.5, "cosine " + cosine(out[first], out[last]));
  }

  @ParameterizedTest
  @EnumSource(value = EncoderModel.class, names = {"MINILM_L6", "BGE_SMALL"})
  void attackedIsCloserToAssaultedThanToPraised(EncoderModel model) {
    try (TokenEncoder encoder = TokenEncoder.load(model, 2)) {
      List<float[][]> out = encoder.encodeWords(List.of(
          words("Rebels attacked the town"), words("Rebels assaulted the town"), words("Rebels praised the town")));
      double assaulted = cosine(out.get(0)[1], out.get(1)[1]);
      double praised = cosine(out.get(0)[1], out.get(2)[1]);
      assertTrue(assaulted > praised, model + ": assaulted " + assaulted + ", praised " + praised);
    }
  }

  @Test
  void meanPoolAveragesAndRejectsRaggedInput() {
    assertArrayEquals(new float[] {2f, 3f}, TokenEncoder.meanPool(new float[][] {{1f, 2f}, {3f, 4f}}));
    assertThrows(IllegalArgumentException.class, () -> TokenEncoder.meanPool(new float[0][]));
    assertThrows(IllegalArgumentException.class, () -> TokenEncoder.meanPool(new float[][] {{1f}, {1f, 2f}}));
  }

  @Test
  void aClosedEncoderRefusesWork() {
    TokenEncoder encoder = TokenEncoder.load(EncoderModel.MINILM_L6, 1);
    encoder.close();
    encoder.close();
    assertThrows(IllegalStateException.class, () -> encoder.encodeWords(List.of(List.of("town"))));
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int k = 0; k < a.length; k++) {
      dot += a[k] * b[k];
      na += a[k] * a[k];
      nb += b[k] * b[k];
    }
    return dot / Math.sqrt(na * nb);
  }
}
