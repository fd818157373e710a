package org.tidings.pipeline.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.tidings.model.Dependency;
import org.tidings.model.Token;
import org.tidings.pipeline.syntax.PennTag;

/**
 * A noun or adjective that may carry an attribution of its own, as PolNeAR marks stances and
 * evidence: "Trump's support for the ban", "criticism of the deal from Democrats", "has come out in
 * support of Cruz", "was critical of Obama's stance", "is optimistic that he will win". What it
 * reports is its complement (a "that" clause, a to-infinitive, or the object of a preposition after
 * it); who holds it is its possessor, a "from"/"by" phrase, its own subject (a copula), or the
 * subject of the verb it is the object of or hangs on. Whether it is a cue is the learned model's
 * call ({@link CueFeatures}, {@link CueModel}); this record only reads the parse.
 *
 * @param head the noun or adjective token
 * @param complement head token of what it reports
 * @param form "that", "to", "clause" or "prep"
 * @param preposition the preposition's lemma for form "prep", else ""
 * @param holder head token of who holds it; empty when the parse names none
 * @param holderKind "poss", "from", "subj", "gov-subj", "modified" or "none"
 * @param governor the verb the noun is the object of or hangs on; empty when none
 */
record NominalCue(int head, int complement, String form, String preposition, OptionalInt holder, String holderKind,
    OptionalInt governor) {
  /** Prepositions whose object a stance noun or adjective may report ("support for", "critical of"). */
  private static final Set<String> CONTENT_PREPOSITIONS = Set.of("of", "for", "on", "against", "about", "to", "over",
      "with", "toward", "towards", "at", "in", "behind", "regarding");
  /** Prepositions introducing who holds it ("criticism from Democrats"). */
  private static final Set<String> HOLDER_PREPOSITIONS = Set.of("from", "by", "among");

  /**
   * The nominal cue headed at {@code head}, or null when the token is no common noun or adjective
   * or has no complement after it.
   */
  static NominalCue read(Clauses clauses, int head) {
    Token t = clauses.token(head);
    boolean noun = PennTag.of(t) == PennTag.NN || PennTag.of(t) == PennTag.NNS;
    boolean adjective = PennTag.of(t).isAdjective();
    if (!noun && !adjective) {
      return null;
    }
    int complement = -1;
    String form = null;
    String preposition = "";
    int holder = -1;
    String holderKind = "none";
    for (Dependency d : clauses.parse().children(head)) {
      int c = d.dependent();
      String rel = d.relation();
      if (c <= head) {
        continue;
      }
      if (rel.equals("ccomp") || rel.startsWith("acl") && !rel.equals("acl:relcl")) {
        String mark = mark(clauses, c);
        String f = mark.equals("that") ? "that" : mark.equals("to") ? "to" : rel.equals("ccomp") ? "clause" : null;
        if (f != null && (form == null || form.equals("prep"))) {
          complement = c;
          form = f;
          preposition = "";
        }
      } else if ((rel.startsWith("nmod") && !rel.equals("nmod:poss") || rel.startsWith("obl"))) {
        int cas = clauses.child(c, Set.of("case"));
        String p = cas < 0 ? "" : clauses.token(cas).lemma().toLowerCase(Locale.ROOT);
        if (cas > head && CONTENT_PREPOSITIONS.contains(p) && form == null) {
          complement = c;
          form = "prep";
          preposition = p;
        } else if (HOLDER_PREPOSITIONS.contains(p) && holder < 0) {
          holder = c;
          holderKind = "from";
        }
      }
    }
    if (complement < 0) {
      return null;
    }
    int poss = clauses.child(head, Set.of("nmod:poss"));
    int subject = clauses.subject(head);
    int governor = -1;
    int parent = clauses.treeParent(head);
    String relation = clauses.parse().relationOf(head);
    if (parent >= 0 && clauses.isVerb(parent) && (relation.equals("obj") || relation.startsWith("obl")
        || relation.startsWith("nmod"))) {
      governor = parent;
    }
    if (poss >= 0) {
      holder = poss;
      holderKind = "poss";
    } else if (holder >= 0) {
      holderKind = "from";
    } else if (subject >= 0) {
      holder = subject;
      holderKind = "subj";
    } else if (governor >= 0 && clauses.subject(governor) >= 0) {
      holder = clauses.subject(governor);
      holderKind = "gov-subj";
    } else if (adjective && parent >= 0 && (relation.startsWith("amod") || relation.startsWith("acl"))) {
      holder = parent;
      holderKind = "modified";
    }
    return new NominalCue(head, complement, form, preposition, present(holder), holderKind, present(governor));
  }

  /** A token index the reading above kept as -1 for none, as an OptionalInt. */
  private static OptionalInt present(int token) {
    return token < 0 ? OptionalInt.empty() : OptionalInt.of(token);
  }

  /** What it reports: the complement's tokens, without the preposition that opens it. */
  BitSet content(Clauses clauses) {
    BitSet content = clauses.subtree(complement);
    if (form.equals("prep")) {
      int cas = clauses.child(complement, Set.of("case"));
      if (cas >= 0) {
        content.clear(cas);
      }
    }
    content.clear(0, head + 1);
    return content;
  }

  private static String mark(Clauses clauses, int clause) {
    for (Dependency d : clauses.parse().children(clause)) {
      if (d.relation().equals("mark")) {
        return clauses.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }
}
