package org.tidings.eval.events.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.model.Document;
import org.tidings.model.Token;
import org.tidings.pipeline.events.EventCandidates;

/**
 * Ties annotated events to the words of a coded document: the sentence by its characters, the
 * trigger to one candidate token inside it, and each annotated party to the actors of the
 * sentence whose words it names. Stateless.
 */
public final class GoldAlignment {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "its", "his", "her", "their", "s",
      "in", "for", "to", "from", "on", "at", "by", "with");

  private GoldAlignment() {}

  /** An annotated event at a token; -1 when its trigger matches no candidate word. */
  public record Aligned(GoldEvent event, int token) {}

  /** Aligns one article's events; those not found stay with token -1. */
  public static List<Aligned> align(Document doc, EventCandidates candidates, List<GoldEvent> events) {
    String text = doc.article().text();
    List<Aligned> out = new ArrayList<>();
    for (GoldEvent e : events) {
      out.add(new Aligned(e, token(doc, candidates, text, e)));
    }
    return out;
  }

  private static int token(Document doc, EventCandidates candidates, String text, GoldEvent e) {
    int s = text.indexOf(e.sentence());
    if (s < 0 || e.trigger().isEmpty()) {
      return -1;
    }
    int b = text.indexOf(e.trigger(), s);
    if (b < 0 || b + e.trigger().length() > s + e.sentence().length()) {
      return -1;
    }
    int end = b + e.trigger().length();
    int best = -1;
    int bestRank = 9;
    for (Token t : doc.tokens()) {
      if (t.span().end() <= b || t.span().begin() >= end || !candidates.candidate(t.index())) {
        continue;
      }
      int rank = t.pos().startsWith("VB") ? 0 : t.pos().startsWith("NN") ? 1 : 2;
      if (rank < bestRank) {
        best = t.index();
        bestRank = rank;
      }
    }
    if (best >= 0 && !EventCandidates.readable(doc.sentences().get(doc.tokens().get(best).sentence()))) {
      return -1;
    }
    return best;
  }

  /** True when an annotated party names this actor at this mention. */
  public static boolean names(GoldEvent.Party gold, EventCandidates.Party party) {
    if (gold == null || gold.text().isBlank()) {
      return false;
    }
    Set<String> g = words(gold.text());
    Set<String> m = words(party.mention().text());
    Set<String> n = words(party.actor().name());
    if (!m.isEmpty() && g.containsAll(m) || !n.isEmpty() && g.containsAll(n)) {
      return true;
    }
    String last = lastName(party.actor().name());
    return last != null && g.contains(last);
  }

  private static String lastName(String name) {
    String[] parts = name.trim().split("\\s+");
    String last = parts[parts.length - 1];
    return last.length() > 2 && Character.isUpperCase(last.charAt(0)) ? last.toLowerCase(Locale.ROOT) : null;
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!STOP.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }
}
