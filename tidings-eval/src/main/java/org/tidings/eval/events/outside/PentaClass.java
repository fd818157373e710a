package org.tidings.eval.events.outside;

import java.util.List;
import java.util.Map;

/**
 * The five coarse classes of the ConfliBERT CAMEO sentences and the PLOVER types each holds. The
 * classes group CAMEO roots as QuadClass does, with statements and appeals apart and CAMEO 16
 * (reduce relations) counted as verbal conflict:
 *
 * <pre>
 * 0 neutral             CAMEO 01-02           no PLOVER type (PLOVER drops statements and appeals)
 * 1 verbal cooperation  CAMEO 03-05           AGREE CONSULT SUPPORT
 * 2 material coop.      CAMEO 06-08           COOPERATE AID CONCEDE RETREAT
 * 3 verbal conflict     CAMEO 09-13, 16       ACCUSE REQUEST REJECT THREATEN SANCTION
 * 4 material conflict   CAMEO 14-15, 17-20    PROTEST MOBILIZE COERCE ASSAULT
 * </pre>
 *
 * Each PLOVER type falls in one class because the CAMEO codes CAMEO2PLOVER 2021 maps to it share
 * a class (its one CAMEO 16 code mapped to COERCE excepted). Stateless and thread-safe.
 */
public final class PentaClass {
  /** The class of a sentence without a PLOVER event: statements, appeals, nothing coded. */
  public static final int NEUTRAL = 0;
  /** Class names by number, 0..4. */
  public static final List<String> NAMES = List.of(
      "neutral", "verbal.cooperation", "material.cooperation", "verbal.conflict", "material.conflict");

  private static final Map<String, Integer> OF_PLOVER = Map.ofEntries(
      Map.entry("AGREE", 1), Map.entry("CONSULT", 1), Map.entry("SUPPORT", 1),
      Map.entry("COOPERATE", 2), Map.entry("AID", 2), Map.entry("CONCEDE", 2), Map.entry("RETREAT", 2),
      Map.entry("ACCUSE", 3), Map.entry("REQUEST", 3), Map.entry("REJECT", 3), Map.entry("THREATEN", 3),
      Map.entry("SANCTION", 3),
      Map.entry("PROTEST", 4), Map.entry("MOBILIZE", 4), Map.entry("COERCE", 4), Map.entry("ASSAULT", 4));

  private PentaClass() {}

  /**
   * The class of a PLOVER type.
   *
   * @param ploverType one of the 16 PLOVER 2021 types; null or anything else (DROPPED, "none") is
   *     {@link #NEUTRAL}
   */
  public static int ofPlover(String ploverType) {
    return ploverType == null ? NEUTRAL : OF_PLOVER.getOrDefault(ploverType, NEUTRAL);
  }

  /**
   * The class of a two-digit CAMEO root, "01".."20".
   *
   * @throws IllegalArgumentException when the root is not one of the 20
   */
  public static int ofCameoRoot(String root) {
    int r;
    try {
      r = Integer.parseInt(root);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a CAMEO root: '" + root + "'", e);
    }
    if (root.length() != 2 || r < 1 || r > 20) {
      throw new IllegalArgumentException("not a CAMEO root: '" + root + "'");
    }
    if (r <= 2) {
      return 0;
    }
    if (r <= 5) {
      return 1;
    }
    if (r <= 8) {
      return 2;
    }
    return r <= 13 || r == 16 ? 3 : 4;
  }
}
