package org.tidings.eval.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.tidings.eval.PrfCounts;
import org.tidings.eval.quotes.PolnearDocument.Attribution;
import org.tidings.model.TextSpan;

/**
 * Attribution scores over many documents: precision, recall and F1 of each role (source, cue,
 * content), by exact match and by overlap, and speaker accuracy on direct quotes.
 *
 * <ul>
 *   <li>Per role, gold and predicted attributions are matched one to one, as many pairs as can be (a maximum matching);
 *       an attribution without the role (no source) takes no part for that role.
 *   <li>Overlap: the two share at least one character. Exact: equal after trimming spaces,
 *       quotation marks and edge punctuation from every piece and joining pieces separated by
 *       nothing else, so {@code "Not easy,"} equals {@code Not easy}.
 *   <li>Speaker accuracy: over gold direct quotes (content opening with a quotation mark) that have
 *       a source and that a predicted attribution's content overlaps (the one overlapping most);
 *       right when the predicted speaker's words, or any mention of the predicted speaker's actor,
 *       overlap the gold source. Coverage is the share of such gold quotes found at all.
 * </ul>
 *
 * <p>Mutable; not thread-safe.
 */
final class AttributionCounts {
  /**
   * A predicted attribution.
   *
   * @param roles its source, cue and content
   * @param speakerMentions every mention of the speaker's actor (or coreference chain), for the
   *     speaker check; may be empty
   */
  record Predicted(Attribution roles, List<TextSpan> speakerMentions) {}

  private static final String MARKS = " \t\r\n\"'\u201C\u201D\u2018\u2019\u00AB\u00BB`.,;:";

  private final Map<String, PrfCounts> roles = new LinkedHashMap<>();
  private int directGold;
  private int directFound;
  private int directRight;

  AttributionCounts() {
    for (String role : List.of("source", "cue", "content")) {
      roles.put(role + " exact", new PrfCounts());
      roles.put(role + " overlap", new PrfCounts());
    }
  }

  void add(String text, List<Attribution> gold, List<Predicted> predicted) {
    List<Attribution> p = predicted.stream().map(Predicted::roles).toList();
    role("source", text, gold, p, Attribution::source);
    role("cue", text, gold, p, Attribution::cue);
    role("content", text, gold, p, Attribution::content);
    speakers(text, gold, predicted);
  }

  private void role(String name, String text, List<Attribution> gold, List<Attribution> predicted, Function<Attribution, List<TextSpan>> part) {
    List<List<TextSpan>> g = gold.stream().map(part).filter(s -> !s.isEmpty()).toList();
    List<List<TextSpan>> p = predicted.stream().map(part).filter(s -> !s.isEmpty()).toList();
    match(roles.get(name + " overlap"), g, p, AttributionCounts::overlaps);
    List<List<TextSpan>> gn = g.stream().map(s -> normalise(text, s)).toList();
    List<List<TextSpan>> pn = p.stream().map(s -> normalise(text, s)).toList();
    match(roles.get(name + " exact"), gn, pn, List::equals);
  }

  /**
   * Counts a maximum one-to-one matching of gold and predicted spans under {@code same} (Kuhn's
   * augmenting paths): a greedy first-fit in text order would lose a pair whenever an earlier gold
   * span takes a prediction that a later one needed (nested contents, a cue shared by two quotes).
   */
  private static void match(PrfCounts counts, List<List<TextSpan>> gold, List<List<TextSpan>> predicted,
      BiPredicate<List<TextSpan>, List<TextSpan>> same) {
    List<List<Integer>> edges = new ArrayList<>();
    for (List<TextSpan> g : gold) {
      List<Integer> e = new ArrayList<>();
      for (int i = 0; i < predicted.size(); i++) {
        if (same.test(g, predicted.get(i))) {
          e.add(i);
        }
      }
      edges.add(e);
    }
    int[] owner = new int[predicted.size()];
    java.util.Arrays.fill(owner, -1);
    int tp = 0;
    for (int g = 0; g < gold.size(); g++) {
      if (augment(g, edges, owner, new boolean[predicted.size()])) {
        tp++;
      }
    }
    counts.add(tp, predicted.size() - tp, gold.size() - tp);
  }

  private static boolean augment(int g, List<List<Integer>> edges, int[] owner, boolean[] seen) {
    for (int p : edges.get(g)) {
      if (!seen[p]) {
        seen[p] = true;
        if (owner[p] < 0 || augment(owner[p], edges, owner, seen)) {
          owner[p] = g;
          return true;
        }
      }
    }
    return false;
  }

  private void speakers(String text, List<Attribution> gold, List<Predicted> predicted) {
    for (Attribution g : gold) {
      if (g.source().isEmpty() || g.content().isEmpty() || !isDirect(text, g.content())) {
        continue;
      }
      directGold++;
      Predicted best = null;
      int bestShared = 0;
      for (Predicted p : predicted) {
        int shared = shared(g.content(), p.roles().content());
        if (shared > bestShared) {
          best = p;
          bestShared = shared;
        }
      }
      if (best == null) {
        continue;
      }
      directFound++;
      List<TextSpan> speaker = new ArrayList<>(best.roles().source());
      speaker.addAll(best.speakerMentions());
      if (overlaps(g.source(), speaker)) {
        directRight++;
      }
    }
  }

  /** A direct quote: its first piece opens with a quotation mark, or just after one. */
  static boolean isDirect(String text, List<TextSpan> content) {
    TextSpan first = content.stream().min(TextSpan::compareTo).orElseThrow();
    int i = first.begin();
    while (i < first.end() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    boolean opens = i < text.length() && isQuoteMark(text.charAt(i));
    boolean after = first.begin() > 0 && isQuoteMark(text.charAt(first.begin() - 1));
    return opens || after;
  }

  private static boolean isQuoteMark(char c) {
    return "\"\u201C\u201D\u00AB".indexOf(c) >= 0;
  }

  static boolean overlaps(List<TextSpan> a, List<TextSpan> b) {
    for (TextSpan x : a) {
      for (TextSpan y : b) {
        if (x.overlaps(y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int shared(List<TextSpan> a, List<TextSpan> b) {
    int n = 0;
    for (TextSpan x : a) {
      for (TextSpan y : b) {
        n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.begin(), y.begin()));
      }
    }
    return n;
  }

  /** Pieces trimmed of spaces, marks and edge punctuation, sorted, with touching pieces joined. */
  static List<TextSpan> normalise(String text, List<TextSpan> spans) {
    List<TextSpan> trimmed = new ArrayList<>();
    for (TextSpan s : spans) {
      int b = s.begin();
      int e = Math.min(s.end(), text.length());
      while (b < e && MARKS.indexOf(text.charAt(b)) >= 0) {
        b++;
      }
      while (e > b && MARKS.indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      }
      if (e > b) {
        trimmed.add(new TextSpan(b, e));
      }
    }
    trimmed.sort(TextSpan::compareTo);
    List<TextSpan> joined = new ArrayList<>();
    for (TextSpan s : trimmed) {
      if (!joined.isEmpty()) {
        TextSpan last = joined.get(joined.size() - 1);
        if (onlyMarksBetween(text, last.end(), s.begin())) {
          joined.set(joined.size() - 1, new TextSpan(last.begin(), Math.max(last.end(), s.end())));
          continue;
        }
      }
      joined.add(s);
    }
    return joined;
  }

  private static boolean onlyMarksBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (MARKS.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Metrics in display order, each name prefixed with {@code prefix}. */
  Map<String, Double> metrics(String prefix) {
    Map<String, Double> m = new LinkedHashMap<>();
    roles.forEach((name, c) -> {
      m.put(prefix + name + " P", c.precision());
      m.put(prefix + name + " R", c.recall());
      m.put(prefix + name + " F1", c.f1());
    });
    m.put(prefix + "direct speaker accuracy", directFound == 0 ? 0 : (double) directRight / directFound);
    m.put(prefix + "direct speaker coverage", directGold == 0 ? 0 : (double) directFound / directGold);
    m.put(prefix + "direct quotes (gold)", (double) directGold);
    return m;
  }
}
