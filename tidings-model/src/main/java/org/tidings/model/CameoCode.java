package org.tidings.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO event code ("04", "043", "1831"): two to four digits whose first two are one of the 20
 * roots ("01" make a public statement ... "20" use unconventional mass violence). Which codes the
 * codebook defines, with their names and Goldstein values, is the events stage's ontology's
 * business; this type holds a code of the right shape and what the shape alone says: the root, the
 * parent, and the QuadClass of the root. On the wire (JSON records, store columns, exports) the
 * code is its string, {@link #value()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the digits, 2 to 4 of them, the first two "01" to "20"; never null
 */
public record CameoCode(String value) implements Comparable<CameoCode> {
  private static final Pattern SHAPE = Pattern.compile("\\d{2,4}");

  /**
   * @throws IllegalArgumentException when {@code value} is not 2 to 4 digits under a root 01..20
   */
  public CameoCode {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("a CAMEO code is 2 to 4 digits, not '" + value + "'");
    }
    int root = Integer.parseInt(value.substring(0, 2));
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO roots run from 01 to 20, not " + value.substring(0, 2) + " ('" + value + "')");
    }
  }

  /**
   * The code written {@code value}.
   *
   * @throws IllegalArgumentException when it is no CAMEO code's shape
   */
  public static CameoCode of(String value) {
    return new CameoCode(value);
  }

  /** The two-digit root ("04" of "043"); the code itself for a root. */
  public CameoCode root() {
    return isRoot() ? this : new CameoCode(value.substring(0, 2));
  }

  /** True for a root code (two digits). */
  public boolean isRoot() {
    return value.length() == 2;
  }

  /** The code one level up ("043" of "0431", "04" of "043"), or null for a root. */
  public CameoCode parent() {
    return isRoot() ? null : new CameoCode(value.substring(0, value.length() - 1));
  }

  /** True when this code is {@code ancestor} or lies under it ("0431" is under "04" and "043"). */
  public boolean isUnder(CameoCode ancestor) {
    return value.startsWith(ancestor.value);
  }

  /** True when this code's root is one of {@code roots} (two-digit strings such as "04"). */
  public boolean rootIn(java.util.Set<String> roots) {
    return roots.contains(value.substring(0, 2));
  }

  /**
   * The QuadClass of the code's root, as the project's codebook table gives it: 1 verbal
   * cooperation (roots 01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4
   * material conflict (14-20).
   */
  public int quadClass() {
    int root = Integer.parseInt(value.substring(0, 2));
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }

  /** Codes order by their digits: a root before the codes under it. */
  @Override
  public int compareTo(CameoCode other) {
    return value.compareTo(other.value);
  }

  /** The digits. */
  @Override
  public String toString() {
    return value;
  }
}
