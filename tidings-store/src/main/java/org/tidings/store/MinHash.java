package org.tidings.store;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Near-duplicate detection for syndicated copies: a MinHash signature of an article's word
 * 3-shingles, and locality-sensitive bands of it.
 *
 * <p>Two texts' signatures agree in a share of positions that estimates the Jaccard similarity of
 * their shingle sets. {@value #HASHES} hashes are cut into {@value #BANDS} bands of {@value #ROWS};
 * articles sharing any band are candidates (a pair at Jaccard 0.8 shares one with probability
 * above 0.999, at 0.5 with about 0.64), and a candidate is a near-duplicate when the signatures
 * agree in at least {@value #THRESHOLD} of positions. A wire story with a changed byline, a
 * re-worded sentence or an added paragraph stays well above it; a different story on the same
 * topic falls far below.
 *
 * <p>Texts with fewer than {@value #MIN_SHINGLES} shingles get no signature: too short to tell a
 * copy from a coincidence.
 *
 * <p>Stateless and thread-safe.
 */
final class MinHash {
  static final int HASHES = 64;
  static final int BANDS = 16;
  static final int ROWS = HASHES / BANDS;
  static final double THRESHOLD = 0.75;
  static final int MIN_SHINGLES = 8;
  private static final int SHINGLE = 3;

  private MinHash() {}

  /** The signature of {@code text}, or null when it has too few words. */
  static long[] signature(String text) {
    long[] shingles = distinctShingles(text);
    if (shingles.length < MIN_SHINGLES) {
      return null;
    }
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = mix(s ^ SEEDS[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** One hash per band, the band's number mixed in so equal values in different bands differ. */
  static long[] bands(long[] signature) {
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = mix(b + 0x9E3779B97F4A7C15L);
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ signature[b * ROWS + r]);
      }
      out[b] = h;
    }
    return out;
  }

  /** The share of positions where two signatures agree: an estimate of the Jaccard similarity. */
  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** A signature as stores written before 2026-11-30 kept it: 16 hex digits a hash; null if malformed. */
  static long[] fromHex(String hex) {
    if (hex == null || hex.length() != HASHES * 16) {
      return null;
    }
    long[] out = new long[HASHES];
    for (int i = 0; i < HASHES; i++) {
      out[i] = HexFormat.fromHexDigitsToLong(hex, i * 16, i * 16 + 16);
    }
    return out;
  }

  /** Hashes of every run of three consecutive words (letters and digits, lower-cased). */
  static Set<Long> shingles(String text) {
    Set<Long> out = new HashSet<>();
    for (long s : distinctShingles(text)) {
      out.add(s);
    }
    return out;
  }

  /**
   * The distinct shingle hashes of {@code text}, sorted. Words are the runs of letters and digits
   * (Unicode categories L and N) of the lower-cased text, each hashed as its String.hashCode and
   * length, without making a String of it: a bulk load signs every article.
   */
  private static long[] distinctShingles(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    long[] out = new long[Math.max(16, lower.length() / 4)];
    int size = 0;
    long[] window = new long[SHINGLE];
    int n = 0;
    int hash = 0;
    int length = 0;
    for (int i = 0; i <= lower.length(); ) {
      int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
      int chars = Character.charCount(cp);
      if (isWordChar(cp)) {
        for (int k = i; k < i + chars; k++) {
          hash = 31 * hash + lower.charAt(k);
        }
        length += chars;
      } else if (length > 0) {
        window[n % SHINGLE] = hash * 0x9E3779B97F4A7C15L + length;
        n++;
        if (n >= SHINGLE) {
          long h = 0;
          for (int k = SHINGLE; k >= 1; k--) {
            h = mix(h * 31 + window[(n - k) % SHINGLE]);
          }
          if (size == out.length) {
            out = java.util.Arrays.copyOf(out, size * 2);
          }
          out[size++] = h;
        }
        hash = 0;
        length = 0;
      }
      i += i < lower.length() ? chars : 1;
    }
    java.util.Arrays.sort(out, 0, size);
    int distinct = 0;
    for (int i = 0; i < size; i++) {
      if (distinct == 0 || out[i] != out[distinct - 1]) {
        out[distinct++] = out[i];
      }
    }
    return java.util.Arrays.copyOf(out, distinct);
  }

  /** Letters and numbers, as the regular expression classes \p{L} and \p{N} have them. */
  private static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** SplitMix64's finaliser: a strong 64-bit mixer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x5EEDL;
    for (int i = 0; i < HASHES; i++) {
      s += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(s);
    }
  }
}
