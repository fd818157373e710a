package org.tidings.eval.events.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event agreement as {@code shared/annotation/score_events.py} defines it, so that the project's
 * figures and the reference script's agree on the same files.
 *
 * <p>Matching: same article, same sentence (one inside the other after normalising, or word
 * Jaccard at least 0.6), same PLOVER type; one to one, pairs with more argument agreement first.
 * "Type" counts matched pairs; "parties" also needs both countries (first three letters); "full"
 * also the modality class (asserted and reported are one class, "factual").
 *
 * <p>Stateless and thread-safe.
 */
public final class EventScoring {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  /** Label of a gold event nothing matched in the confusion table. */
  public static final String MISSED = "(missed)";
  /** Label of a coded event no gold event matched in the confusion table. */
  public static final String SPURIOUS = "(spurious)";

  private EventScoring() {}

  /**
   * One event as the scorer compares it.
   *
   * @param sentence the sentence's words
   * @param type PLOVER type, upper case
   * @param trigger the trigger's words ("" when unknown)
   * @param source source country (three letters) or null
   * @param target target country or null
   * @param modality the modality class: factual, intended, negated, hypothetical
   */
  public record Item(String sentence, String type, String trigger, String source, String target, String modality) {
    public Item {
      Objects.requireNonNull(sentence, "sentence");
      Objects.requireNonNull(type, "type");
      trigger = trigger == null ? "" : trigger;
      Objects.requireNonNull(modality, "modality");
    }
  }

  /** Counts over a set of articles; see {@link #score}. */
  public static final class Counts {
    public int gold;
    public int other;
    public int type;
    public int parties;
    public int modality;
    public int full;
    public int sourceWrong;
    public int targetWrong;
    /** Per type: gold count, other count, matched count. */
    public final Map<String, int[]> byType = new TreeMap<>();
    /** Confidence fifth (0..4) to [coded events, right by type], filled by scorers that know it. */
    public final Map<Integer, int[]> reliability = new TreeMap<>();
    /** Gold type (or {@link #SPURIOUS}) to coded type (or {@link #MISSED}) to count. */
    public final Map<String, Map<String, Integer>> confusion = new TreeMap<>();

    public double precision(int hits) {
      return other == 0 ? 0 : (double) hits / other;
    }

    public double recall(int hits) {
      return gold == 0 ? 0 : (double) hits / gold;
    }

    public double f1(int hits) {
      double p = precision(hits);
      double r = recall(hits);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private void confuse(String gold, String coded) {
      confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(coded, 1, Integer::sum);
    }
  }

  /** A gold event as an {@link Item}. */
  public static Item of(GoldEvent e) {
    return new Item(e.sentence(), e.type(), e.trigger(), country(e.source()), country(e.target()),
        modalityClass(e.modality()));
  }

  private static String country(GoldEvent.Party p) {
    if (p == null || p.country() == null || p.country().isBlank()) {
      return null;
    }
    String c = p.country().toUpperCase(Locale.ROOT);
    return c.length() >= 3 ? c.substring(0, 3) : c;
  }

  /** asserted and reported are "factual"; the rest stand for themselves. */
  public static String modalityClass(String m) {
    String s = m == null ? "" : m.toLowerCase(Locale.ROOT);
    return s.equals("asserted") || s.equals("reported") ? "factual" : s;
  }

  /** Lower case, typographic quotes made plain, white space collapsed. */
  static String norm(String s) {
    String t = (s == null ? "" : s).replace('\u00a0', ' ').replace('\u2019', '\'').replace('\u2018', '\'')
        .replace('\u201c', '"').replace('\u201d', '"');
    return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** The reference script's sentence test. */
  public static boolean sameSentence(String a, String b) {
    String na = norm(a);
    String nb = norm(b);
    if (na.isEmpty() || nb.isEmpty()) {
      return false;
    }
    if (na.contains(nb) || nb.contains(na)) {
      return true;
    }
    Set<String> ta = words(na);
    Set<String> tb = words(nb);
    Set<String> union = new HashSet<>(ta);
    union.addAll(tb);
    ta.retainAll(tb);
    return (double) ta.size() / Math.max(1, union.size()) >= 0.6;
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * Scores {@code other} against {@code gold} over the articles of {@code gold} (an article
   * {@code other} lacks counts as all misses), adding into {@code counts}.
   */
  public static void score(Map<String, List<Item>> gold, Map<String, List<Item>> other, Counts counts) {
    for (Map.Entry<String, List<Item>> doc : gold.entrySet()) {
      match(doc.getValue(), other.getOrDefault(doc.getKey(), List.of()), counts);
    }
  }

  private record Pair(double score, int g, int o) {}

  /** One article's events matched one to one, counts added. */
  static void match(List<Item> gold, List<Item> other, Counts c) {
    c.gold += gold.size();
    c.other += other.size();
    gold.forEach(g -> c.byType.computeIfAbsent(g.type(), k -> new int[3])[0]++);
    other.forEach(o -> c.byType.computeIfAbsent(o.type(), k -> new int[3])[1]++);
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < other.size(); j++) {
        Item g = gold.get(i);
        Item o = other.get(j);
        if (g.type().equals(o.type()) && sameSentence(g.sentence(), o.sentence())) {
          String tg = norm(g.trigger());
          String to = norm(o.trigger());
          double s = (Objects.equals(g.source(), o.source()) ? 1 : 0) + (Objects.equals(g.target(), o.target()) ? 1 : 0)
              + (g.modality().equals(o.modality()) ? 1 : 0) + 0.5 * (to.contains(tg) || tg.contains(to) ? 1 : 0);
          pairs.add(new Pair(-s, i, j));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::score).thenComparingInt(Pair::g).thenComparingInt(Pair::o));
    Set<Integer> usedG = new HashSet<>();
    Set<Integer> usedO = new HashSet<>();
    for (Pair p : pairs) {
      if (usedG.contains(p.g()) || usedO.contains(p.o())) {
        continue;
      }
      usedG.add(p.g());
      usedO.add(p.o());
      Item g = gold.get(p.g());
      Item o = other.get(p.o());
      boolean src = Objects.equals(g.source(), o.source());
      boolean tgt = Objects.equals(g.target(), o.target());
      boolean mod = g.modality().equals(o.modality());
      c.type++;
      c.byType.get(g.type())[2]++;
      c.parties += src && tgt ? 1 : 0;
      c.modality += mod ? 1 : 0;
      c.full += src && tgt && mod ? 1 : 0;
      c.sourceWrong += src ? 0 : 1;
      c.targetWrong += tgt ? 0 : 1;
      c.confuse(g.type(), g.type());
    }
    for (int i = 0; i < gold.size(); i++) {
      if (usedG.contains(i)) {
        continue;
      }
      Item g = gold.get(i);
      String coded = MISSED;
      for (int j = 0; j < other.size(); j++) {
        Item o = other.get(j);
        String tg = norm(g.trigger());
        String to = norm(o.trigger());
        if (!usedO.contains(j) && !to.isEmpty() && (to.contains(tg) || tg.contains(to)) && sameSentence(g.sentence(), o.sentence())) {
          coded = o.type();
          break;
        }
      }
      c.confuse(g.type(), coded);
    }
    for (int j = 0; j < other.size(); j++) {
      if (!usedO.contains(j)) {
        c.confuse(SPURIOUS, other.get(j).type());
      }
    }
  }
}
