package org.tidings.pipeline.quotes;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.tidings.model.Dependency;
import org.tidings.model.Token;
import org.tidings.model.TokenRange;
import org.tidings.pipeline.quotes.SpeechCues.Cued;
import org.tidings.pipeline.syntax.PennTag;

/**
 * Cues that are nouns or adjectives: a lexicon noun with a "that" clause ("voiced concerns that
 * ..."), a copular noun ("His response was that ..."), a stance the learned model accepts ({@link
 * NominalCue}: "support for the ban") and a noun introducing a direct quote. Split out of {@link
 * SpeechCues}. One per document; not thread-safe.
 */
final class NominalCues {
  /** Nouns whose first WordNet sense is not of communication or cognition but that report after "is" ("His response was that ..."). */
  private static final Set<String> COPULAR_NOUNS = Set.of("response", "answer", "reply", "pitch", "position", "stance",
      "fear", "worry", "concern", "hope");

  private final Clauses clauses;
  private final CueLexicon lexicon;
  private final LearnedCues learned;
  private final BitSet quoted;
  private final SourceFinder sources;

  NominalCues(Clauses clauses, CueLexicon lexicon, LearnedCues learned, BitSet quoted, SourceFinder sources) {
    this.clauses = clauses;
    this.lexicon = lexicon;
    this.learned = learned;
    this.quoted = quoted;
    this.sources = sources;
  }

  /**
   * "released the following statement:", "Bolton's view:": a noun of saying or thinking right
   * before the colon that opens a quote is its cue; its possessor, else the subject of the verb
   * whose object it is, speaks. Null when the word is no such noun or nobody holds it.
   */
  Cued quoteNoun(int noun) {
    Token t = clauses.token(noun);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (!PennTag.of(t).isNoun() || PennTag.of(t).isProperNoun() || quoted.get(noun)
        || !isSayingNoun(lemma)) {
      return null;
    }
    int holder = clauses.child(noun, Set.of("nmod:poss"));
    if (holder < 0) {
      int verb = clauses.treeParent(noun);
      if (verb >= 0 && clauses.isVerb(verb) && clauses.parse().relationOf(noun).equals("obj")) {
        holder = sources.subjectOutsideQuotes(verb);
      }
    }
    if (holder < 0 || quoted.get(holder)) {
      return null;
    }
    CueLexicon.Cue entry = new CueLexicon.Cue(lemma, CueLexicon.Pos.NOUN, CueLexicon.Kind.SPEECH, Set.of(CueLexicon.Content.CLAUSE));
    return new Cued(new TokenRange(noun, noun + 1), entry, noun, new BitSet(), holder,
        sources.sourcePhrase(holder, new BitSet(), noun), SpeakerRule.NOUN_HOLDER);
  }

  /**
   * A noun or adjective the learned model takes for a cue ("support for the ban", "was critical of
   * the deal"): it reports its complement, its holder speaks; or null.
   */
  Cued learnedNominal(int head) {
    NominalCue n = learned == null ? null : learned.acceptsNominal(clauses, quoted, head);
    if (n == null) {
      return null;
    }
    BitSet content = n.content(clauses);
    clauses.clipToQuote(head, content, quoted);
    clauses.dropPunctuationEdges(content);
    if (content.isEmpty()) {
      return null;
    }
    BitSet source = n.holder().isPresent() ? sources.sourcePhrase(n.holder().getAsInt(), content, head) : new BitSet();
    CueLexicon.Cue entry = new CueLexicon.Cue(clauses.token(head).lemma().toLowerCase(Locale.ROOT), CueLexicon.Pos.NOUN,
        CueLexicon.Kind.BELIEF, LearnedCues.LEARNED_CONTENTS);
    return new Cued(new TokenRange(head, head + 1), entry, head, content, n.holder(), source,
        n.holder().isPresent() ? SpeakerRule.NOUN_HOLDER : SpeakerRule.NONE);
  }

  Cued nounCue(int noun, CueLexicon.Cue entry) {
    int clause = -1;
    for (Dependency d : clauses.parse().children(noun)) {
      if ((d.relation().equals("ccomp") || d.relation().startsWith("acl")) && !d.relation().equals("acl:relcl")
          && clauses.hasThat(d.dependent())) {
        clause = d.dependent();
      }
    }
    if (clause < 0) {
      return null;
    }
    BitSet content = clauses.subtree(clause);
    clauses.dropPunctuationEdges(content);
    int holder = clauses.child(noun, Set.of("nmod:poss"));
    if (holder < 0) {
      int verb = clauses.treeParent(noun);
      if (verb >= 0 && clauses.isVerb(verb) && clauses.parse().relationOf(noun).equals("obj")) {
        holder = clauses.subject(verb);
      }
    }
    BitSet source = holder < 0 ? new BitSet() : sources.sourcePhrase(holder, content, noun);
    return new Cued(new TokenRange(noun, noun + 1), entry, noun, content, holder, source,
        holder < 0 ? SpeakerRule.NONE : SpeakerRule.NOUN_HOLDER);
  }

  /**
   * "Rubio's response was that ...", "The key question is whether ...": a noun of saying or
   * thinking (the lexicon's, {@link #COPULAR_NOUNS}, or one whose first WordNet sense is of
   * communication or cognition)
   * that is the subject of "be" whose clause, opened by "that" or "whether", is the content. The
   * cue runs from the noun to the verb; the noun's possessor holds it. Null otherwise.
   */
  Cued copularNoun(int noun) {
    int be = clauses.treeParent(noun);
    String lemma = clauses.token(noun).lemma().toLowerCase(Locale.ROOT);
    if (be <= noun || !clauses.parse().relationOf(noun).equals("nsubj") || !clauses.token(be).lemma().equalsIgnoreCase("be")
        || !(isSayingNoun(lemma) || COPULAR_NOUNS.contains(lemma))) {
      return null;
    }
    int clause = -1;
    for (Dependency d : clauses.parse().children(be)) {
      if (d.relation().equals("ccomp") && d.dependent() > be && (clauses.hasThat(d.dependent()) || clauses.hasMark(d.dependent(), "whether"))) {
        clause = d.dependent();
      }
    }
    if (clause < 0 || quoted.get(clause)) {
      return null;
    }
    BitSet content = clauses.subtree(clause);
    clauses.dropPunctuationEdges(content);
    int holder = clauses.child(noun, Set.of("nmod:poss"));
    BitSet source = holder < 0 ? new BitSet() : sources.sourcePhrase(holder, content, noun);
    CueLexicon.Cue entry = new CueLexicon.Cue(lemma, CueLexicon.Pos.NOUN, CueLexicon.Kind.BELIEF, Set.of(CueLexicon.Content.CLAUSE));
    return new Cued(new TokenRange(noun, be + 1), entry, noun, content, holder, source,
        holder < 0 ? SpeakerRule.NONE : SpeakerRule.NOUN_HOLDER);
  }

  /** A noun of saying or thinking: the lexicon's, or one whose first WordNet sense is of communication or cognition. */
  private boolean isSayingNoun(String lemma) {
    return lexicon.noun(lemma) != null || learned != null && learned.features().reportsContent(lemma);
  }
}
