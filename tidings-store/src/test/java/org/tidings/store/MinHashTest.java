package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {
  /** The shingles as first written (regular-expression split, one String a word): stored signatures came from it. */
  private static Set<Long> referenceShingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    Set<Long> out = new HashSet<>();
    long[] window = new long[3];
    int n = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      window[n % 3] = w.hashCode() * 0x9E3779B97F4A7C15L + w.length();
      n++;
      if (n >= 3) {
        long h = 0;
        for (int k = 3; k >= 1; k--) {
          h = MinHash.mix(h * 31 + window[(n - k) % 3]);
        }
        out.add(h);
      }
    }
    return out;
  }

  @Test
  void shinglesAreTheSameAsTheRegularExpressionSplit() {
    List<String> texts = List.of(
        "The Prime Minister said on Tuesday that 3,000 troops would leave Kabul by 2021.",
        "  leading, trailing; punctuation!! and   spaces\n\nnew paragraph -- dashes ",
        "İstanbul'da ÇOK büyük bir toplantı yapıldı; Ⅻ legions and ½ of ٣ Arabic digits, naïve café façade.",
        "Emoji 😀 between words 😀😀 and 𝒜 mathematical letters 𝒜𝒝 plus Greek ΑΘΗΝΑ and Русский текст здесь.",
        "a a a a a a a a a a a a repeated repeated repeated",
        "");
    for (String t : texts) {
      assertEquals(referenceShingles(t), MinHash.shingles(t), t);
    }
  }

  @Test
  void nearCopiesAgreeAndDifferentTextsDoNot() {
    String wire = "Government forces shelled the northern town on Monday, killing at least twelve civilians,"
        + " local officials said. The army denied targeting residential areas and blamed rebel fighters"
        + " for the deaths. Aid groups called for an immediate ceasefire.";
    String edited = "By Staff Reporter. " + wire + " More follows.";
    String other = "The central bank raised interest rates by a quarter point on Wednesday, citing persistent"
        + " inflation in services and a tight labour market, and signalled further increases this year.";
    long[] a = MinHash.signature(wire);
    assertTrue(MinHash.similarity(a, MinHash.signature(edited)) >= MinHash.THRESHOLD);
    assertTrue(MinHash.similarity(a, MinHash.signature(other)) < 0.2);
    assertArrayEquals(a, MinHash.signature(wire));
    assertNull(MinHash.signature("too short to sign"));
  }
}
