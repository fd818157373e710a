package org.tidings.store;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Near-duplicate detection for syndicated copies: a MinHash signature of an article's word
 * 3-shingles, and locality-sensitive bands of it.
 *
 * <p>The signature is a one-permutation MinHash with optimal densification (Li, Owen and Zhang
 * 2012; Shrivastava 2017): each shingle's 64-bit hash falls in one of {@value #HASHES} bins by
 * its top six bits, each bin keeps its smallest hash, and an empty bin takes the value of the
 * first filled bin a hash of its number and an attempt count lands on. One hash a shingle instead
 * of {@value #HASHES}: signing was a tenth of a bulk load's CPU. Two texts' signatures agree in a
 * share of positions that estimates the Jaccard similarity of their shingle sets.
 *
 * <p>The signature is cut into {@value #BANDS} bands of {@value #ROWS}; articles sharing any band
 * are candidates (a pair at Jaccard 0.8 shares one with probability above 0.999, at 0.5 with about
 * 0.64), and a candidate is a near-duplicate when the signatures agree in at least {@value
 * #THRESHOLD} of positions. A wire story with a changed byline, a re-worded sentence or an added
 * paragraph stays well above it; a different story on the same topic falls far below.
 *
 * <p>Texts with fewer than {@value #MIN_SHINGLES} shingles get no signature: too short to tell a
 * copy from a coincidence. Signatures are not stored: they are computed again from the text (see
 * {@code Ingester}); the bands are (migration V4 computed those of older stores again).
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
  private static final int BIN_BITS = 6;

  private MinHash() {}

  /** The signature of {@code text}, or null when it has too few shingles. */
  static long[] signature(String text) {
    long[] sig = new long[HASHES];
    boolean[] filled = new boolean[HASHES];
    int shingles = forEachShingle(text, h -> {
      int bin = (int) (h >>> (64 - BIN_BITS));
      if (!filled[bin] || h < sig[bin]) { // hashes in one bin share their top bits, sign included
        sig[bin] = h;
        filled[bin] = true;
      }
    });
    if (shingles < MIN_SHINGLES) {
      return null;
    }
    for (int i = 0; i < HASHES; i++) {
      if (!filled[i]) {
        for (long attempt = 0; ; attempt++) {
          int from = (int) (mix(i * 0x9E3779B97F4A7C15L + attempt) >>> (64 - BIN_BITS));
          if (filled[from]) {
            sig[i] = sig[from];
            break;
          }
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

  /** Hashes of every run of three consecutive words (letters and digits, lower-cased). */
  static Set<Long> shingles(String text) {
    Set<Long> out = new HashSet<>();
    forEachShingle(text, out::add);
    return out;
  }

  /**
   * Hands the hash of each shingle of {@code text} to {@code sink}, repeats included, and returns
   * how many there were. Words are the runs of letters and digits (Unicode categories L and N) of
   * the lower-cased text, each hashed as its String.hashCode and length, without making a String
   * of it: a bulk load signs every article.
   */
  private static int forEachShingle(String text, LongConsumer sink) {
    String lower = text.toLowerCase(Locale.ROOT);
    long[] window = new long[SHINGLE];
    int n = 0;
    int count = 0;
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
          sink.accept(h);
          count++;
        }
        hash = 0;
        length = 0;
      }
      i += i < lower.length() ? chars : 1;
    }
    return count;
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
}
