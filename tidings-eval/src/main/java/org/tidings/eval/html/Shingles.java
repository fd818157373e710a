package org.tidings.eval.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word 4-gram shingle matching as the Zyte article-extraction benchmark defines it: tokens are
 * runs of Unicode word characters (case kept), shingles are counted with multiplicity, and one
 * page's true positives, false positives and false negatives are normalised to sum to 1 so that
 * long pages weigh no more than short ones.
 *
 * <p>Stateless and thread-safe.
 */
public final class Shingles {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private Shingles() {}

  /** Normalised counts of one page; all zero when both texts have no tokens. */
  public record Match(double tp, double fp, double fn) {}

  /** Means over pages and their harmonic mean. */
  public record Summary(double precision, double recall, double f1) {}

  /** Compares one gold body with one predicted body. */
  public static Match match(String gold, String predicted) {
    Map<List<String>, Integer> g = count(gold);
    Map<List<String>, Integer> p = count(predicted);
    Set<List<String>> keys = new HashSet<>(g.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> k : keys) {
      int gc = g.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(gc, pc);
      fp += Math.max(0, pc - gc);
      fn += Math.max(0, gc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Match(tp / sum, fp / sum, fn / sum) : new Match(0, 0, 0);
  }

  /** Shingle counts; a text of fewer than four tokens is one shorter shingle. */
  static Map<List<String>, Integer> count(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Precision and recall averaged over pages, F1 their harmonic mean. */
  public static Summary summarise(List<Match> matches) {
    double p = 0;
    int pn = 0;
    double r = 0;
    int rn = 0;
    for (Match m : matches) {
      if (m.tp + m.fp > 0) {
        p += precision(m);
        pn++;
      }
      if (m.tp + m.fn > 0) {
        r += recall(m);
        rn++;
      }
    }
    double precision = pn == 0 ? 0 : p / pn;
    double recall = rn == 0 ? 0 : r / rn;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Summary(precision, recall, f1);
  }

  static double precision(Match m) {
    if (m.fp == 0 && m.fn == 0) {
      return 1;
    }
    return m.tp + m.fp == 0 ? 0 : m.tp / (m.tp + m.fp);
  }

  static double recall(Match m) {
    if (m.fp == 0 && m.fn == 0) {
      return 1;
    }
    return m.tp + m.fn == 0 ? 0 : m.tp / (m.tp + m.fn);
  }
}
