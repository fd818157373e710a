package org.tidings.pipeline.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidings.model.ActorCode;
import org.tidings.model.ActorMention;
import org.tidings.model.Document;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.model.TokenRange;
import org.tidings.pipeline.syntax.ParseIndex;
import org.tidings.pipeline.syntax.PennTag;

/**
 * Step 2 of {@link ActorResolver}: merges candidates that are one real-world actor (same
 * dictionary entry, a surname to exactly one fuller name, "the Russian leader" to the latest person
 * of that country and role, a collective to an earlier one, he/she to the nearest preceding person
 * subject). Thread-safe: keeps no per-document state.
 */
final class MentionMerger {
  static final Set<String> MALE_FEMALE = Set.of("he", "him", "his", "she", "her", "hers");
  static final Set<String> GROUP_PARTS = Set.of("leadership", "movement", "fighter", "militant", "regime", "member");
  /** How many sentences back a pronoun looks for its person. */
  static final int PRONOUN_WINDOW = 3;

  void pronouns(Document doc, ParseIndex parse, List<Candidate> candidates) {
    List<Token> tokens = doc.tokens();
    List<Candidate> people = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.isPerson() || (c.kind == ActorMention.Kind.NOMINAL && c.roleNoun != null && c.roleNoun.agent().equals("person") && !c.plural)) {
        people.add(c);
      }
    }
    people.sort((a, b) -> Integer.compare(a.tokens.first(), b.tokens.first()));
    for (Sentence s : doc.sentences()) {
      if (!s.segment().isContent()) {
        continue;
      }
      for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
        Token t = tokens.get(i);
        if (!PennTag.of(t).isPronoun() || !MALE_FEMALE.contains(t.text().toLowerCase(Locale.ROOT))) {
          continue;
        }
        Candidate antecedent = antecedent(people, parse, i, s.index());
        if (antecedent == null) {
          continue; // unresolved pronouns make no actor of their own
        }
        Candidate p = new Candidate(ActorMention.Kind.PRONOUN, new TokenRange(i, i + 1), i, s.index(), "", null, null, false);
        p.parent = antecedent.root();
        candidates.add(p);
        people.add(p);
        people.sort((a, b) -> Integer.compare(a.tokens.first(), b.tokens.first()));
      }
    }
  }

  /**
   * The person a pronoun refers to: in its own sentence, the nearest earlier person; else, in the
   * nearest earlier sentence with a person, its subject if it has one, else its last person.
   * Quote attribution ("..., he added") needs exactly this; gender is not checked.
   */
  static Candidate antecedent(List<Candidate> people, ParseIndex parse, int pronoun, int sentence) {
    Candidate sameSentence = null;
    for (Candidate c : people) {
      if (c.sentence == sentence && c.tokens.end() <= pronoun) {
        sameSentence = c;
      }
    }
    if (sameSentence != null) {
      return sameSentence;
    }
    for (int s = sentence - 1; s >= Math.max(0, sentence - PRONOUN_WINDOW); s--) {
      Candidate lastInSentence = null;
      for (Candidate c : people) {
        if (c.sentence == s) {
          if (CandidateFinder.SUBJECT.contains(parse.relationOf(c.head))) {
            return c;
          }
          lastInSentence = c;
        }
      }
      if (lastInSentence != null) {
        return lastInSentence;
      }
    }
    return null;
  }

  void merge(Document doc, List<Candidate> candidates, ParseIndex parse) {
    List<Token> tokens = doc.tokens();
    Map<String, Candidate> byEntry = new HashMap<>();
    Map<String, List<Candidate>> personNames = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (c.kind == ActorMention.Kind.PRONOUN) {
        continue;
      }
      if (c.sense != null && c.kind != ActorMention.Kind.NOMINAL) {
        Candidate first = byEntry.putIfAbsent(c.sense.kind().name() + ":" + c.sense.id(), c);
        if (first != null) {
          c.mergeInto(first);
        }
      }
      if (c.kind == ActorMention.Kind.NAME) {
        String full = ActorDictionary.key(text(doc, c.tokens));
        personNames.computeIfAbsent((c.isPerson() ? "P:" : "O:") + full, k -> new ArrayList<>()).add(c);
      }
    }
    for (List<Candidate> same : personNames.values()) {
      for (Candidate c : same) {
        c.mergeInto(same.get(0));
      }
    }
    // a shorter person name merges with the one fuller name ending with it ("Putin" -> "Vladimir Putin")
    for (Candidate c : candidates) {
      if (c.kind != ActorMention.Kind.NAME || !c.isPerson()) {
        continue;
      }
      String shortName = ActorDictionary.key(tokens.get(c.tokens.end() - 1).text());
      Candidate match = null;
      boolean ambiguous = false;
      for (List<Candidate> group : personNames.values()) {
        Candidate o = group.get(0);
        if (o.root() == c.root() || !o.isPerson() || o.tokens.size() <= c.tokens.size()) {
          continue;
        }
        if (ActorDictionary.key(tokens.get(o.tokens.end() - 1).text()).equals(shortName)) {
          if (match != null && match.root() != o.root()) {
            ambiguous = true;
          }
          match = o;
        }
      }
      if (match != null && !ambiguous) {
        c.mergeInto(match);
      }
    }
    for (int idx = 0; idx < candidates.size(); idx++) {
      Candidate c = candidates.get(idx);
      if (c.kind != ActorMention.Kind.NOMINAL || c.roleNoun == null || c.root() != c) {
        continue;
      }
      Candidate target = null;
      for (Candidate o : candidates) {
        if (o.root() == c.root() || o.tokens.first() >= c.tokens.first() || o.kind == ActorMention.Kind.PRONOUN) {
          continue;
        }
        target = nominalAntecedent(doc, c, o, tokens, target);
      }
      Candidate group = groupNamedInside(c, candidates);
      if (group != null) {
        c.mergeInto(group);
      } else if (target != null) {
        c.mergeInto(target);
      }
    }
  }

  /** Keeps the latest earlier candidate {@code o} that the nominal {@code c} can refer back to. */
  static Candidate nominalAntecedent(Document doc, Candidate c, Candidate o, List<Token> tokens, Candidate best) {
    List<String> cc = c.countries(ActorCode.DESCRIPTION);
    String determiner = tokens.get(c.tokens.first()).lemma().toLowerCase(Locale.ROOT);
    if (c.plural && o.kind == ActorMention.Kind.NOMINAL && o.roleNoun != null && o.plural
        && o.roleNoun.phrase().equals(c.roleNoun.phrase())
        && (cc.isEmpty() || cc.equals(o.countries(ActorCode.DESCRIPTION)))) {
      return o;
    }
    if (!c.plural && determiner.equals("the") && c.roleNoun.agent().equals("person") && o.isPerson()
        && !cc.isEmpty()) {
      List<String> oc = new ArrayList<>(o.root().countries(ActorCode.DESCRIPTION));
      oc.addAll(o.root().countries(ActorCode.DICTIONARY));
      for (Candidate member : List.of(o)) {
        oc.addAll(member.countries(ActorCode.DICTIONARY));
      }
      if (oc.containsAll(cc)) {
        return o;
      }
    }
    return best;
  }

  /** For "the new Taliban leadership": the organisation named inside a group-part nominal. */
  static Candidate groupNamedInside(Candidate c, List<Candidate> candidates) {
    if (!GROUP_PARTS.contains(c.roleNoun.phrase())) {
      return null;
    }
    for (Candidate o : candidates) {
      if (o != c && o.kind == ActorMention.Kind.NAME && o.sense != null
          && o.sense.kind() == ActorDictionary.Kind.ORGANISATION
          && c.tokens.first() <= o.tokens.first() && o.tokens.end() <= c.tokens.end()) {
        return o;
      }
    }
    return null;
  }

  static String text(Document doc, TokenRange r) {
    List<Token> t = doc.tokens();
    return new TextSpan(t.get(r.first()).span().begin(), t.get(r.end() - 1).span().end()).of(doc.article().text());
  }
}
