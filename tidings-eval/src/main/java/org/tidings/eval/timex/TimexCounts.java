package org.tidings.eval.timex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TempEval-3 counts for time expressions, summed over documents. Extents match strictly when the
 * character spans are identical and relaxed when they overlap; matching is one-to-one, identical
 * spans first. Type and value are judged on relaxed matches only, as TE3 does: their accuracy is
 * over relaxed matches, their F1 counts a relaxed match as correct only when the attribute is equal
 * too.
 *
 * <p>Mutable; not thread-safe.
 */
public final class TimexCounts {
  private int gold;
  private int predicted;
  private int strict;
  private int relaxed;
  private int typeCorrect;
  private int valueCorrect;

  /**
   * One gold/predicted pair of a relaxed match.
   *
   * @param gold the gold annotation
   * @param predicted the system annotation paired with it (spans overlap)
   */
  public record Match(TimexAnnotation gold, TimexAnnotation predicted) {}

  /**
   * Adds one document's annotations and returns its relaxed matches (for error analysis).
   *
   * @param goldTimexes gold annotations of the document
   * @param predictedTimexes system annotations of the same text
   */
  public List<Match> add(List<TimexAnnotation> goldTimexes, List<TimexAnnotation> predictedTimexes) {
    gold += goldTimexes.size();
    predicted += predictedTimexes.size();
    List<Match> matches = match(goldTimexes, predictedTimexes);
    for (Match m : matches) {
      relaxed++;
      if (m.gold().span().equals(m.predicted().span())) {
        strict++;
      }
      if (m.gold().type().equals(m.predicted().type())) {
        typeCorrect++;
      }
      if (m.gold().value().equals(m.predicted().value())) {
        valueCorrect++;
      }
    }
    return matches;
  }

  /** One-to-one relaxed matching: identical spans are paired first, then overlaps in text order. */
  static List<Match> match(List<TimexAnnotation> goldTimexes, List<TimexAnnotation> predictedTimexes) {
    TimexAnnotation[] pairedWith = new TimexAnnotation[goldTimexes.size()];
    boolean[] used = new boolean[predictedTimexes.size()];
    for (int g = 0; g < goldTimexes.size(); g++) {
      for (int p = 0; p < predictedTimexes.size(); p++) {
        if (!used[p] && predictedTimexes.get(p).span().equals(goldTimexes.get(g).span())) {
          used[p] = true;
          pairedWith[g] = predictedTimexes.get(p);
          break;
        }
      }
    }
    for (int g = 0; g < goldTimexes.size(); g++) {
      if (pairedWith[g] != null) {
        continue;
      }
      for (int p = 0; p < predictedTimexes.size(); p++) {
        if (!used[p] && predictedTimexes.get(p).span().overlaps(goldTimexes.get(g).span())) {
          used[p] = true;
          pairedWith[g] = predictedTimexes.get(p);
          break;
        }
      }
    }
    List<Match> matches = new ArrayList<>();
    for (int g = 0; g < goldTimexes.size(); g++) {
      if (pairedWith[g] != null) {
        matches.add(new Match(goldTimexes.get(g), pairedWith[g]));
      }
    }
    return matches;
  }

  /**
   * The ten TE3 metrics, fractions in 0..1: strict and relaxed extent precision/recall/F1, type and
   * value accuracy (over relaxed matches) and type and value F1.
   */
  public Map<String, Double> metrics() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("strict_precision", ratio(strict, predicted));
    m.put("strict_recall", ratio(strict, gold));
    m.put("strict_f1", f1(strict));
    m.put("relaxed_precision", ratio(relaxed, predicted));
    m.put("relaxed_recall", ratio(relaxed, gold));
    m.put("relaxed_f1", f1(relaxed));
    m.put("type_accuracy", ratio(typeCorrect, relaxed));
    m.put("type_f1", f1(typeCorrect));
    m.put("value_accuracy", ratio(valueCorrect, relaxed));
    m.put("value_f1", f1(valueCorrect));
    return m;
  }

  public int gold() {
    return gold;
  }

  public int predicted() {
    return predicted;
  }

  private double f1(int correct) {
    double p = ratio(correct, predicted);
    double r = ratio(correct, gold);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
