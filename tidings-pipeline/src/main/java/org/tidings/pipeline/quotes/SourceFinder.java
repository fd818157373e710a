package org.tidings.pipeline.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.tidings.model.Dependency;
import org.tidings.model.Token;
import org.tidings.pipeline.syntax.PennTag;

/**
 * Who said it: the source phrase of a cue, read from the parse: its subject outside quotation
 * marks, the speaker of an inverted cue ("said O'Neill"), the agent of a passive cue, a subject
 * shared with the verb the cue hangs on, the antecedent of a relative pronoun, and whether a noun
 * names someone (an addressee, not a thing said). Split out of {@link SpeechCues}. One per
 * document; not thread-safe.
 */
final class SourceFinder {
  private static final Set<String> HANGS_FROM = Set.of("xcomp", "advcl", "dep", "conj", "conj:and", "parataxis", "ccomp");
  /** Relations the parser gives the speaker of an inverted cue ('said O'Neill') instead of nsubj. */
  private static final Set<String> INVERTED_SPEAKER = Set.of("obj", "xcomp", "dep", "iobj", "nsubj:pass", "obl");

  private final Clauses clauses;
  private final BitSet quoted;
  private final LearnedCues learned;

  SourceFinder(Clauses clauses, BitSet quoted, LearnedCues learned) {
    this.clauses = clauses;
    this.quoted = quoted;
    this.learned = learned;
  }

  /**
   * True when the noun phrase at {@code head} names somebody, so that as a cue's object it is the
   * addressee: a pronoun, a person or organisation, or a noun whose first WordNet sense is a person
   * or group ("reporters", "the crowd").
   */
  boolean namesSomeone(int head) {
    Token t = clauses.token(head);
    return ContentClauses.isPartyWord(t)
        || PennTag.of(t).isNoun() && learned != null && learned.features().namesSomeone(t.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "an architect, who said he was stiffed": a cue in a relative clause has the antecedent as its
   * subject; the source phrase runs on to the relative pronoun, the speaker's word in the cue's
   * own clause.
   */
  void throughRelativePronoun(int subject, int cue, BitSet source) {
    int first = source.nextSetBit(0);
    for (Dependency d : clauses.parse().children(subject)) {
      int pronoun = d.dependent();
      if (d.relation().equals("ref") && first >= 0 && pronoun > subject && pronoun < cue) {
        source.set(first, pronoun + 1);
      }
    }
  }

  /** The "by" phrase of a passive cue (its head), or -1. */
  int agent(int verb) {
    for (Dependency d : clauses.parse().children(verb)) {
      if (d.relation().startsWith("obl") && d.dependent() > verb) {
        int c = clauses.child(d.dependent(), Set.of("case"));
        if (c >= 0 && clauses.token(c).lemma().equalsIgnoreCase("by")) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  /**
   * The cue's subject, skipping any inside quotation marks when the cue is outside them ("My
   * hope," he said: "he"); a cue inside a quote may have its subject there too ("I said").
   */
  int subjectOutsideQuotes(int predicate) {
    for (Dependency d : clauses.parse().children(predicate)) {
      if (Clauses.SUBJECTS.contains(d.relation()) && (quoted.get(predicate) || !quoted.get(d.dependent()))) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * '"...," said Caddell': the parser often reads the speaker after an inverted cue as its object.
   * Taken as the speaker when the content comes before the cue, or the cue has none but follows a
   * closing quotation mark or opens its sentence (the tokenizer split '"...?" said Obama.' after
   * the mark), and the object is right after it.
   */
  int invertedObject(int verb, BitSet content) {
    int contentStart = content.nextSetBit(0);
    boolean contentBefore = contentStart >= 0 && contentStart <= verb;
    if (!contentBefore && !(content.isEmpty() && (clauses.opensSentence(verb) || clauses.followsQuote(verb, quoted)))) {
      return -1;
    }
    for (Dependency d : clauses.parse().children(verb)) {
      int t = d.dependent();
      String pos = clauses.token(t).pos();
      if (t > verb && t <= verb + 4 && INVERTED_SPEAKER.contains(d.relation()) && !quoted.get(t)
          && (pos.startsWith("NN") || pos.equals("PRP"))) {
        return t;
      }
    }
    return -1;
  }

  /**
   * "Trump said praise from Putin would not affect his policy": the parser sometimes makes a cue
   * with its own subject the clausal subject of its content's predicate. Returns that predicate
   * (after the cue), or -1.
   */
  int clausalSubjectOf(int verb) {
    int head = clauses.treeParent(verb);
    int subject = clauses.subject(verb);
    // "What he said was true" is a true clausal subject: there the cue's phrase opens before its subject
    return head > verb && clauses.parse().relationOf(verb).equals("csubj") && subject >= 0 && subject < verb
        && !quoted.get(verb) && clauses.subtree(verb).nextSetBit(0) == clauses.subtree(subject).nextSetBit(0) ? head : -1;
  }

  /**
   * "X, he said", "X, said Putin" and "The test, North Korea said, was its biggest": the cue is a
   * parataxis of its content, with a subject of its own.
   */
  boolean isInverted(int verb) {
    int head = clauses.treeParent(verb);
    int subject = clauses.subject(verb);
    return head >= 0 && clauses.parse().relationOf(verb).equals("parataxis") && subject >= 0
        && !(clauses.isPassive(verb) && !PennTag.of(clauses.token(subject)).isPronoun()); // "..., the republics have been targeted by ..."
  }

  /**
   * For a cue with no subject: the subject of the nearest verb it hangs from, or of a verb hanging
   * from it as parataxis ('"It is possible," he added, warning that ...' parsed with "warning" as
   * the root). Subjects inside quotation marks are skipped.
   */
  int sharedSubject(int verb) {
    for (Dependency d : clauses.parse().children(verb)) {
      if (d.relation().equals("parataxis") && d.dependent() < verb && clauses.isVerb(d.dependent())) {
        int subject = subjectOutsideQuotes(d.dependent());
        if (subject >= 0) {
          return subject;
        }
      }
    }
    int at = verb;
    for (int hops = 0; hops < 3; hops++) {
      String rel = clauses.parse().relationOf(at);
      int gov = clauses.treeParent(at);
      if (gov < 0 || !(HANGS_FROM.contains(rel) || rel.startsWith("advcl") || rel.startsWith("conj"))) {
        return -1;
      }
      int subject = subjectOutsideQuotes(gov);
      if (subject >= 0) {
        return subject;
      }
      at = gov;
    }
    return -1;
  }

  /** The source's phrase: its subtree, without anything inside the content or the cue. */
  BitSet sourcePhrase(int subject, BitSet content, int cue) {
    BitSet source = clauses.subtree(subject);
    source.andNot(content);
    source.clear(cue);
    // keep the part on the subject's side of the cue, contiguous around the subject
    int first = subject;
    while (first - 1 >= 0 && source.get(first - 1)) {
      first--;
    }
    int last = subject;
    while (source.get(last + 1)) {
      last++;
    }
    BitSet kept = new BitSet();
    kept.set(first, last + 1);
    clauses.dropPunctuationEdges(kept);
    return kept;
  }
}
