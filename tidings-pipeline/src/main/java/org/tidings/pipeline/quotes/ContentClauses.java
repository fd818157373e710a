package org.tidings.pipeline.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.tidings.model.Dependency;
import org.tidings.model.Sentence;
import org.tidings.model.Token;
import org.tidings.model.TokenRange;
import org.tidings.pipeline.syntax.NerTag;
import org.tidings.pipeline.syntax.PennTag;

/**
 * What a cue reports, read from the parse: its content clause ("said [Russia will invite ...]"),
 * a clause right after, after a comma or before it, a to-infinitive, a thing said as its object, a
 * reason after it ("accused X [of ...]"), a colon, and the words that belong to the cue itself
 * (its particle, "called for"). Split out of {@link SpeechCues}, which decides what is a cue. One
 * per document; not thread-safe.
 */
final class ContentClauses {
  private static final Set<String> CONTENT_CLAUSE = Set.of("ccomp", "csubj");
  /** Verbs of asking, whose "if" or "whether" clause is what was asked, not a condition. */
  private static final Set<String> ASKING = Set.of("ask", "wonder", "question", "inquire", "query");
  /** Relations the parser may give a content clause it did not recognise as ccomp. */
  private static final Set<String> CLAUSE_LIKE = Set.of("obj", "xcomp", "dep", "parataxis");
  /** Prepositions whose object is never what a cue reports. */
  private static final Set<String> NOT_CONTENT = Set.of("at", "in", "on", "with", "during", "after", "before", "from", "by",
      "since", "into", "until", "near", "outside", "inside");
  /** Relations under which such a word hangs when the parser takes it for the content's. */
  static final Set<String> MARK_RELATIONS = Set.of("mark", "case");
  /** Relations of what a verb itself says or does to something after it. */
  private static final Set<String> OWN_COMPLEMENTS = Set.of("obj", "xcomp", "ccomp");
  /** Verbs of talking whose "to" phrase is the addressee, not what was said. */
  private static final Set<String> ADDRESSED_WITH_TO = Set.of("talk", "speak", "explain", "complain", "write", "say",
      "lie", "reach", "admit", "confess", "report", "describe", "mention", "boast", "brag", "apologize");
  /** Prepositions of what an object was accused of, thanked for or described as. */
  private static final Set<String> REASON_PREPOSITIONS = Set.of("of", "for", "as", "over", "about");
  /** Finite verbs and modals. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  /** Most words from a clause's first word to its finite verb for {@link #clauseRightAfter}. */
  private static final int CLAUSE_START_WORDS = 6;
  /** Relations the parser gives the question an asking verb reports ("asked if she believed ..."). */
  private static final Set<String> QUESTION_CLAUSE = Set.of("advcl:if", "advcl:whether");
  /** Words the parser may take for the mark of a to-infinitive that belong to the cue ("called for X to"). */
  static final Set<String> CUE_MARKS = Set.of("for", "on");
  /** Prepositions that open a clause a verb points to or speaks of ("pointed to Obama endorsing ..."). */
  private static final Set<String> PREPOSITIONAL_CLAUSES = Set.of("to", "for", "of", "about", "over", "against");
  /** Conjunctions that open a clause of circumstance, never of content ({@link #isCircumstance}). */
  private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "because", "since", "as", "when",
      "whereas", "unless", "after", "before", "once", "until");
  /** Parts of speech that open a clause's subject right after a cue ("said he", "said the party"). */
  private static final Set<String> CLAUSE_OPENERS = Set.of("PRP", "NNP", "NNPS", "DT", "NN", "NNS", "CD", "EX", "PRP$", "JJ");

  private final Clauses clauses;
  private final CueLexicon lexicon;
  private final BitSet quoted;

  ContentClauses(Clauses clauses, CueLexicon lexicon, BitSet quoted) {
    this.clauses = clauses;
    this.lexicon = lexicon;
    this.quoted = quoted;
  }

  /** A personal pronoun, or a word tagged as a person or organisation: a party, never a thing said. */
  static boolean isPartyWord(Token t) {
    return PennTag.of(t) == PennTag.PRP || NerTag.of(t) == NerTag.PERSON || NerTag.of(t) == NerTag.ORGANIZATION;
  }

  /** What a passive cue is about: its passive subject, or the noun its participle modifies. */
  BitSet passiveTheme(int verb) {
    int subject = clauses.child(verb, Set.of("nsubj:pass"));
    if (subject >= 0) {
      // "it was reported (that) ...": an expletive "it" is no theme
      return clauses.token(subject).lemma().equalsIgnoreCase("it") ? new BitSet() : clauses.subtree(subject);
    }
    int noun = clauses.treeParent(verb);
    if (noun < 0 || !clauses.parse().relationOf(verb).equals("acl")) {
      return new BitSet();
    }
    BitSet theme = clauses.subtree(noun);
    theme.andNot(clauses.subtree(verb));
    return theme;
  }

  /** The cue verb with its particle ("pointed out", "called for"). */
  TokenRange cueTokens(int verb) {
    int end = verb + 1;
    int prt = clauses.child(verb, Set.of("compound:prt"));
    if (prt == verb + 1) {
      end = prt + 1;
    }
    return new TokenRange(verb, end);
  }

  /**
   * An oblique right after the cue whose preposition follows the cue ("called for a ban", "spoke
   * of a crisis"), or -1. Prepositions of place, time, company and agency ("spoke at the rally",
   * "said in a statement") do not introduce what was said; after a verb of talking, "to" gives the
   * addressee, and the oblique right after it is taken ("talks to Megyn Kelly about bullying").
   */
  int prepositionalObject(int verb, int cueEnd) {
    boolean addresses = ADDRESSED_WITH_TO.contains(clauses.token(verb).lemma().toLowerCase(Locale.ROOT));
    int at = cueEnd;
    for (Dependency d : clauses.parse().children(verb)) {
      if (d.relation().startsWith("obl") && d.dependent() > verb) {
        int c = clauses.child(d.dependent(), Set.of("case"));
        String preposition = c < 0 ? "" : clauses.token(c).lemma().toLowerCase(Locale.ROOT);
        if (c == at && addresses && preposition.equals("to")) {
          at = clauses.subtree(d.dependent()).length();
        } else if (c == at && !NOT_CONTENT.contains(preposition)) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  /**
   * "accused Republicans of placing ...", "thanked him for stepping up", "described Trump as a
   * sociopath": the cue's oblique (or adverbial clause) opened by of, for, as, over or about right
   * at {@code from} (the end of its object) says what the object was accused of or thanked for;
   * empty when none.
   */
  BitSet reasonAfter(int verb, int from) {
    for (Dependency d : clauses.parse().children(verb)) {
      int c = d.relation().startsWith("obl") ? clauses.child(d.dependent(), Set.of("case"))
          : d.relation().startsWith("advcl") ? clauses.child(d.dependent(), MARK_RELATIONS) : -1;
      if (c == from && REASON_PREPOSITIONS.contains(clauses.token(c).lemma().toLowerCase(Locale.ROOT))) {
        return clauses.subtree(d.dependent());
      }
    }
    return new BitSet();
  }

  int prepositionEnd(int object) {
    return clauses.child(object, Set.of("case")) + 1;
  }

  /**
   * The to-infinitive a cue reports: its xcomp ("vowed to help"), or an adverbial clause the parser
   * made of "called for contestants to wear", "called on people to protest" or "called for reducing
   * the rate" (starting right after the cue or its particle).
   */
  int toInfinitive(int verb) {
    int x = clauses.child(verb, Set.of("xcomp"));
    if (x >= 0 && clauses.isVerb(x) && hasMarkTo(x)) {
      return x;
    }
    int end = cueTokens(verb).end();
    for (Dependency d : clauses.parse().children(verb)) {
      int a = d.dependent();
      if (!d.relation().startsWith("advcl") || a <= verb || !clauses.isVerb(a) || clauses.subtree(a).nextSetBit(0) != end) {
        continue;
      }
      boolean gerund = PennTag.of(clauses.token(a)) == PennTag.VBG && CUE_MARKS.contains(clauses.token(end).lemma().toLowerCase(Locale.ROOT));
      if (hasMarkTo(a) && clauses.subject(a) >= 0 || gerund) {
        return a; // "called for female contestants to wear ...", "called for reducing the rate"
      }
    }
    return -1;
  }

  private boolean hasMarkTo(int clause) {
    for (Dependency d : clauses.parse().children(clause)) {
      if (d.relation().equals("mark") && clauses.token(d.dependent()).lemma().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  int colonAfter(int verb, Sentence s) {
    int next = verb + 1;
    while (next < s.tokens().end() && next <= verb + 3 && !clauses.token(next).text().equals(":")) {
      next++;
    }
    return next < s.tokens().end() - 1 && clauses.token(next).text().equals(":") ? next : -1;
  }

  /**
   * "While the Taliban has said it does not pose a threat, ...": the parser hung the cue from its
   * content as an adverbial clause. The content is the clause that starts right after the cue,
   * up to its first comma.
   */
  BitSet misattachedClause(int verb, Sentence s) {
    BitSet content = new BitSet();
    int head = clauses.treeParent(verb);
    if (head <= verb || !clauses.parse().relationOf(verb).startsWith("advcl")) {
      return content;
    }
    int subject = clauses.subject(head);
    if (subject != verb + 1 && !(subject > verb && subject <= verb + 3)) {
      return content;
    }
    int end = verb + 1;
    while (end < s.tokens().end() && !clauses.token(end).text().equals(",") && !clauses.token(end).text().equals(";")) {
      end++;
    }
    content.set(verb + 1, end);
    return content;
  }

  /**
   * The cue's content clause child (ccomp, csubj): the first after the cue, else the first; -1 when
   * none ("Archer, wearing a T-shirt covered in buttons, said he's proud ...": the parser may hang
   * a clause before the cue from it too).
   */
  int contentClause(int verb) {
    int first = -1;
    boolean asks = ASKING.contains(clauses.token(verb).lemma().toLowerCase(Locale.ROOT));
    for (Dependency d : clauses.parse().children(verb)) {
      if (CONTENT_CLAUSE.contains(d.relation()) || asks && QUESTION_CLAUSE.contains(d.relation())) {
        if (d.dependent() > verb) {
          return d.dependent();
        }
        if (first < 0) {
          first = d.dependent();
        }
      }
    }
    return first;
  }

  /**
   * "He said the party would win": a clause that starts right after the
   * cue (a subject word, then a finite verb before any punctuation or cue noun, within {@value
   * #CLAUSE_START_WORDS} words) runs to the sentence's end, whatever the parser attached it to;
   * empty when none starts there.
   */
  BitSet clauseRightAfter(int verb, Sentence s) {
    int start = verb + 1;
    int end = s.tokens().end();
    if (start < end && clauses.token(start).lemma().equalsIgnoreCase("that")) {
      start++;
    }
    if (start >= end || quoted.get(start) || !CLAUSE_OPENERS.contains(clauses.token(start).pos()) || clauses.isPassive(verb)) {
      return new BitSet(); // "chances of them being found alive were diminishing": no passive cue reports what follows
    }
    for (int i = start; i < end && i <= start + CLAUSE_START_WORDS; i++) {
      if (clauses.isPunct(i) || lexicon.noun(clauses.token(i).lemma()) != null) {
        break; // "voiced concerns that ...": the noun is the cue
      }
      if (FINITE.contains(clauses.token(i).pos())) {
        BitSet content = Clauses.tokenSet(start, end);
        clauses.dropPunctuationEdges(content);
        return content;
      }
    }
    return new BitSet();
  }

  /**
   * The first token after a cue that is neither punctuation nor inside one of the cue's own
   * modifiers (a prepositional or adverbial phrase: "said for weeks", "said Tuesday"), or -1 at the
   * sentence's end.
   */
  private int nextAfterModifiers(int verb) {
    BitSet skip = new BitSet();
    for (Dependency d : clauses.parse().children(verb)) {
      String rel = d.relation();
      if (d.dependent() > verb && (rel.startsWith("obl") || rel.equals("advmod") || rel.endsWith("tmod"))) {
        skip.or(clauses.subtree(d.dependent()));
      }
    }
    int end = clauses.sentenceOf(verb).end();
    for (int i = verb + 1; i < end; i++) {
      if (!skip.get(i) && !clauses.isPunct(i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "said the same thing", "said so", "repeated the claim": a noun phrase right after a clause cue
   * that is no addressee (no person, organisation or pronoun; not the object of a cue that takes a
   * to-infinitive, as "tell" and "ask") and holds no verb is what was said, when the cue's subject
   * comes before it; empty when there is none.
   */
  BitSet thingSaid(int verb, CueLexicon.Cue entry) {
    int subject = clauses.subject(verb);
    if (entry.takes(CueLexicon.Content.TO) || subject < 0 || subject > verb) {
      // "told reporters", "asked him": the object of such a cue is its addressee; "..., said one
      // GOP source": after its content, a cue's object is its speaker
      return new BitSet();
    }
    for (Dependency d : clauses.parse().children(verb)) {
      int head = d.dependent();
      Token t = clauses.token(head);
      if (head == verb + 1 && d.relation().equals("advmod") && t.lemma().equalsIgnoreCase("so")) {
        BitSet so = new BitSet();
        so.set(head);
        return so;
      }
      if (!d.relation().equals("obj") || head <= verb || quoted.get(head) || isPartyWord(t) || lexicon.noun(t.lemma()) != null) {
        continue;
      }
      BitSet sub = clauses.subtree(head);
      if (sub.nextSetBit(0) <= verb + 2 && !hasVerbOrSubject(sub)) {
        sub.or(reasonAfter(verb, sub.length()));
        return sub;
      }
    }
    return new BitSet();
  }

  /**
   * "Clinton says there needs to be a law": the parser sometimes hangs the content clause from the
   * cue as object, xcomp or dep. Taken when such a child's phrase starts right after the cue; after
   * a quotation only when the child heads a clause (a verb, or a word with a subject), as a noun
   * there is the speaker of an inverted cue ('"...," said Tim Hess, who introduced ...').
   */
  BitSet clauseAfter(int verb) {
    BitSet content = new BitSet();
    boolean adjacent = false;
    int next = nextAfterModifiers(verb);
    for (Dependency d : clauses.parse().children(verb)) {
      int head = d.dependent();
      if (lexicon.noun(clauses.token(head).lemma()) != null) {
        continue; // "voiced concerns that ...": the noun is the cue
      }
      boolean clauseHead = clauses.isVerb(head) || clauses.subject(head) >= 0 || !clauses.followsQuote(verb, quoted);
      if (head > verb && clauseHead && CLAUSE_LIKE.contains(d.relation()) && clauses.treeParent(head) == verb) {
        BitSet sub = clauses.subtree(d.dependent());
        int start = sub.nextSetBit(0);
        adjacent |= start == verb + 1 || start == verb + 2 && clauses.token(verb + 1).lemma().equalsIgnoreCase("that")
            || start == next; // "has said for weeks he's ...", "says, win or lose ..., he's staying"
        if (start == verb + 2 && clauses.token(verb + 1).lemma().equalsIgnoreCase("there")) {
          adjacent = true; // "says there needs to be a law": the parser hung "there" from the cue
          sub.set(verb + 1);
        }
        content.or(sub);
      }
    }
    if (!adjacent || !hasVerbOrSubject(content)) {
      return new BitSet();
    }
    return content;
  }

  /**
   * What the verb itself says or does something to, after it: its object, clause or
   * to-infinitive, else a clause or an oblique whose preposition opens right after it ("pointed to
   * Obama endorsing Clinton", "responded to Calderon's remarks"); -1 when none.
   */
  int ownComplement(int verb) {
    int own = clauses.child(verb, OWN_COMPLEMENTS);
    if (own > verb) {
      return own;
    }
    int end = cueTokens(verb).end();
    int clause = prepositionalClause(verb, end);
    return clause >= 0 ? clause : prepositionalObject(verb, end);
  }

  /** An adverbial clause opened right at {@code end} by to, for, of, about, over or against ("pointed to Obama endorsing Clinton"), or -1. */
  int prepositionalClause(int verb, int end) {
    for (Dependency d : clauses.parse().children(verb)) {
      int opener = d.relation().startsWith("advcl") ? clauses.child(d.dependent(), MARK_RELATIONS) : -1;
      if (opener == end && PREPOSITIONAL_CLAUSES.contains(clauses.token(opener).lemma().toLowerCase(Locale.ROOT))) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * "..., sources said.": a cue ending its sentence, with its subject right before it and a comma
   * before that, reports the clause before the comma; not when an object, clause or prepositional
   * object of its own follows it ("Rattling off promises ..., she promised a country of new
   * opportunities"; {@link #ownComplement}).
   */
  BitSet clauseBefore(int verb, Sentence s) {
    BitSet content = new BitSet();
    int subject = clauses.subject(verb);
    int after = ownComplement(verb);
    if (subject < 0 || subject > verb || after > verb) {
      return content;
    }
    BitSet subjectPhrase = clauses.subtree(subject);
    int comma = subjectPhrase.nextSetBit(0) - 1;
    if (comma <= s.tokens().first() || !clauses.token(comma).text().equals(",")) {
      return content;
    }
    for (Dependency d : clauses.parse().children(verb)) {
      if (d.dependent() < comma && clauses.treeParent(d.dependent()) == verb && !d.relation().equals("punct")
          && !isCircumstance(d)) {
        content.or(clauses.subtree(d.dependent()));
      }
    }
    return hasVerbOrSubject(content) ? content : new BitSet();
  }

  /**
   * True for an adverbial clause opened by a conjunction of time, cause or concession ("While the
   * Taliban has said ..., the republics have been targeted"): the circumstances of a cue, never
   * what it reports.
   */
  private boolean isCircumstance(Dependency d) {
    if (!d.relation().startsWith("advcl")) {
      return false;
    }
    int mark = clauses.child(d.dependent(), Set.of("mark"));
    return mark >= 0 && SUBORDINATORS.contains(clauses.token(mark).lemma().toLowerCase(Locale.ROOT));
  }

  boolean hasVerbOrSubject(BitSet tokens) {
    for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
      if (clauses.isVerb(i)) {
        return true;
      }
    }
    return false;
  }
}
