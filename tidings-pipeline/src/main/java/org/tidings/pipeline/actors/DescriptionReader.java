package org.tidings.pipeline.actors;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidings.model.ActorCode;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.Mention;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.pipeline.syntax.ParseIndex;
import org.tidings.pipeline.syntax.PennTag;

/**
 * Reads what the text says about an actor from the dependency parse: titles and nationality
 * adjectives before a name ("French President Emmanuel Macron"), possessives ("Tajikistan's
 * national security chief"), appositives ("the Kremlin's envoy to Afghanistan, Zamir Kabulov") and
 * origins ("militants from Iraq and Syria"), and turns them into country and role codes with their
 * evidence.
 *
 * <p>Why the parse and not a token window: a window cannot tell "the Kremlin's envoy" (the envoy's
 * country) from "envoy to Afghanistan" (his destination). Only modifier relations are followed;
 * destinations and partners ({@code nmod:to}, {@code nmod:with}, ...) and clauses are not.
 *
 * <p>Not thread-safe; one per document.
 */
final class DescriptionReader {
  /** Relations that describe a noun phrase's head: its title, nationality, owner and origin. */
  private static final Set<String> DESCRIBING =
      Set.of("amod", "compound", "nmod:poss", "nmod:from", "nmod:in", "nmod:throughout", "nmod:across", "nmod:of", "flat", "nmod:'s", "appos");
  private static final Set<String> TIME_WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "week", "month", "year", "day");
  /** How far below the head a description may reach; deeper material is about something else. */
  private static final int MAX_DEPTH = 3;

  private final Document doc;
  private final ParseIndex parse;
  private final ActorDictionary dictionary;
  private final Mention[] mentionAt;
  private final LocalDate date;

  DescriptionReader(Document doc, ParseIndex parse, ActorDictionary dictionary, Mention[] mentionAt) {
    this.doc = doc;
    this.parse = parse;
    this.dictionary = dictionary;
    this.mentionAt = mentionAt;
    this.date = doc.article().published() == null ? null : doc.article().published().date();
  }

  /**
   * Tokens describing the phrase headed by {@code head}, outside {@code own} (the name itself),
   * in a bit set by token index.
   */
  BitSet describing(int head, org.tidings.model.TokenRange own) {
    BitSet seen = new BitSet();
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {head, 0});
    seen.set(head);
    while (!queue.isEmpty()) {
      int[] at = queue.poll();
      if (at[1] >= MAX_DEPTH) {
        continue;
      }
      for (Dependency d : parse.children(at[0])) {
        int dep = d.dependent();
        String rel = d.relation();
        boolean follow = DESCRIBING.contains(rel) || (at[1] > 0 && rel.startsWith("conj"));
        if (follow && !seen.get(dep) && Math.abs(dep - head) < 25) {
          seen.set(dep);
          queue.add(new int[] {dep, at[1] + 1});
        }
      }
    }
    if (own != null) {
      seen.clear(own.first(), own.end());
    }
    // dates compounded onto a title ("Earlier Wednesday French President") describe the event, not the actor
    for (int i = seen.nextSetBit(0); i >= 0; i = seen.nextSetBit(i + 1)) {
      if (TIME_WORDS.contains(doc.tokens().get(i).lemma().toLowerCase(java.util.Locale.ROOT))) {
        seen.clear(i);
      }
    }
    return seen;
  }

  /** Country, group and role codes from the given description tokens (which may include the head). */
  List<ActorCode> code(BitSet tokens, int head) {
    List<ActorCode> codes = new ArrayList<>();
    List<Token> all = doc.tokens();
    String text = doc.article().text();
    for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
      List<String> region = region(i);
      if (!region.isEmpty()) {
        // "security service chiefs of ex-Soviet states": every member country
        TextSpan at = all.get(i).span();
        for (String country : region) {
          codes.add(new ActorCode(ActorCode.Field.COUNTRY, country, ActorCode.DESCRIPTION, at.of(text), at));
        }
        continue;
      }
      Mention m = mentionAt[i];
      String written;
      TextSpan span;
      if (m != null) {
        if (m.tokens().first() != i && tokens.get(m.tokens().first())) {
          continue; // the mention was read at its first token
        }
        written = m.text();
        span = m.span();
      } else {
        Token t = all.get(i);
        if (!(PennTag.of(t).isAdjective() || PennTag.of(t).isProperNoun()) || !Character.isUpperCase(t.text().charAt(0))) {
          continue;
        }
        written = t.text();
        span = t.span();
      }
      List<ActorDictionary.Sense> senses = dictionary.lookup(written);
      if (senses.isEmpty() && m != null) {
        ActorDictionary.Sense prefix = nationalPrefix(m);
        senses = prefix == null ? senses : List.of(prefix);
      }
      for (ActorDictionary.Sense s : senses) {
        String evidence = span.of(text);
        switch (s.kind()) {
          case COUNTRY, DEMONYM, CAPITAL, METONYM ->
              codes.add(new ActorCode(ActorCode.Field.COUNTRY, s.country(), ActorCode.DESCRIPTION, evidence, span));
          case ORGANISATION -> {
            codes.add(new ActorCode(ActorCode.Field.COUNTRY, s.country(), ActorCode.DESCRIPTION, evidence, span));
            String role = s.roleOn(date);
            if (role != null && s.orgKind().equals("group")) {
              codes.add(new ActorCode(ActorCode.Field.ROLE, role, ActorCode.DESCRIPTION, evidence, span));
            }
          }
          case PERSON -> { }
        }
        break; // the first sense is the entry's main meaning; the others are rarer readings
      }
    }
    codes.addAll(roles(tokens, head));
    return codes;
  }

  /** Members of a group of countries named at token {@code i}, alone or with the word before it. */
  List<String> region(int i) {
    List<Token> all = doc.tokens();
    if (i > 0 && all.get(i - 1).sentence() == all.get(i).sentence()) {
      List<String> two = dictionary.regionMembers(all.get(i - 1).text() + " " + all.get(i).text());
      if (!two.isEmpty()) {
        return two;
      }
    }
    return dictionary.regionMembers(all.get(i).text());
  }

  /**
   * The country a multi-word name starts with, when the dictionary does not know the name itself:
   * "British Defence", "French National Assembly", "Iraqi National Congress". Null otherwise.
   */
  ActorDictionary.Sense nationalPrefix(Mention m) {
    if (m.tokens().size() < 2) {
      return null;
    }
    List<ActorDictionary.Sense> first = dictionary.lookup(doc.tokens().get(m.tokens().first()).text());
    if (first.isEmpty()) {
      return null;
    }
    ActorDictionary.Sense s = first.get(0);
    return s.kind() == ActorDictionary.Kind.COUNTRY || s.kind() == ActorDictionary.Kind.DEMONYM ? s : null;
  }

  /** Role nouns in contiguous runs of description tokens, longest phrase first, by weight. */
  private List<ActorCode> roles(BitSet tokens, int head) {
    List<ActorCode> out = new ArrayList<>();
    List<Token> all = doc.tokens();
    int longest = dictionary.longestRolePhrase();
    int best = -1;
    for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
      for (int len = Math.min(longest, all.size() - i); len >= 1; len--) {
        if (tokens.nextClearBit(i) < i + len) {
          continue;
        }
        ActorDictionary.RoleNoun r = dictionary.role(lemmas(i, i + len));
        if (r != null) {
          TextSpan span = new TextSpan(all.get(i).span().begin(), all.get(i + len - 1).span().end());
          ActorCode code = new ActorCode(ActorCode.Field.ROLE, r.role(), ActorCode.DESCRIPTION, span.of(doc.article().text()), span);
          // the strongest role noun goes first; a weak "leader" never beats "rebel" in "rebel leader"
          if (r.weight() > best) {
            out.add(0, code);
            best = r.weight();
          } else {
            out.add(code);
          }
          i = i + len - 1;
          break;
        }
      }
    }
    return out;
  }

  String lemmas(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(doc.tokens().get(i).lemma().toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }
}
