package org.tidings.pipeline.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.model.TokenRange;
import org.tidings.pipeline.syntax.PennTag;

/**
 * Finds cues and what they report in the dependency parse: a cue verb with its content clause and
 * subject ("Kabulov said Russia will invite ..."), a noun cue with a "that" clause ("voiced
 * concerns that ..."), and "according to X". A cue verb is a lexicon verb, unless the learned
 * {@link CueModel} rejects that use of it, or a verb the lexicon lacks that the model accepts; the
 * model also takes stance nouns and adjectives with their complement ({@link NominalCue}: "support
 * for the ban", "was critical of the deal"). Only content sentences are read.
 *
 * <p>This class decides what is a cue (verb cues, quote-introducing verbs, trailing cues,
 * "according to") and puts the parts together; what a cue reports is read by {@link
 * ContentClauses}, who said it by {@link SourceFinder}, noun and adjective cues by {@link
 * NominalCues}, cues made by a line's layout by {@link LineCues}. One per document; not
 * thread-safe.
 */
final class SpeechCues {
  /**
   * One cue and what it reports.
   *
   * @param cue the cue's tokens
   * @param entry its lexicon entry
   * @param head the cue's head token (the verb, the noun, or the source of "according to")
   * @param content tokens of what is reported; empty when the cue has none in its own sentence
   * @param subject head token of the source's phrase; empty when none was found
   * @param source tokens of the source's phrase; empty when none
   * @param rule how the source was found
   */
  record Cued(TokenRange cue, CueLexicon.Cue entry, int head, BitSet content, OptionalInt subject, BitSet source,
      SpeakerRule rule) {
    /** As the canonical constructor, the subject a token index or -1 for none (as the parse readers give it). */
    Cued(TokenRange cue, CueLexicon.Cue entry, int head, BitSet content, int subject, BitSet source, SpeakerRule rule) {
      this(cue, entry, head, content, subject < 0 ? OptionalInt.empty() : OptionalInt.of(subject), source, rule);
    }

    TokenRange contentRange() {
      return Clauses.range(content);
    }
  }

  private static final Set<String> FIRST_SECOND_PERSON = Set.of("i", "we", "you");
  /** Relations by which a direct quote's top token hangs on the verb that introduces it. */
  private static final Set<String> QUOTE_RELATIONS = Set.of("obj", "ccomp", "parataxis", "dep", "xcomp");
  /** Verbs that never introduce a quote they govern: auxiliaries and copulas, "call" ('called it "..."'). */
  private static final Set<String> QUOTE_VERB_EXCLUDED = Set.of("be", "have", "do", "will", "would", "can", "could",
      "may", "might", "shall", "should", "must", "call", "name", "dub", "label", "title", "use");
  /** Most words between a trailing cue and its comma, or after it ("said one GOP source in the room"). */
  private static final int TRAILING_SPEAKER_WORDS = 8;

  private final Document doc;
  private final Clauses clauses;
  private final CueLexicon lexicon;
  private final BitSet quoted;
  /** The learned cues, or null for the lexicon alone. */
  private final LearnedCues learned;
  /** Heads of contents the parser hung a cue from as clausal subject: never cues themselves. */
  private final BitSet misparsedContent = new BitSet();
  private final ContentClauses contents;
  private final SourceFinder sources;
  private final NominalCues nominals;
  private final LineCues lines;

  /**
   * @param quoted tokens inside quotation marks: never a cue's speaker
   */
  SpeechCues(Document doc, Clauses clauses, CueLexicon lexicon, BitSet quoted) {
    this(doc, clauses, lexicon, null, quoted);
  }

  /**
   * @param learned the learned cues, or null for the lexicon alone
   * @param quoted tokens inside quotation marks: never a cue's speaker
   */
  SpeechCues(Document doc, Clauses clauses, CueLexicon lexicon, LearnedCues learned, BitSet quoted) {
    this.doc = doc;
    this.clauses = clauses;
    this.lexicon = lexicon;
    this.learned = learned;
    this.quoted = quoted;
    this.contents = new ContentClauses(clauses, lexicon, quoted);
    this.sources = new SourceFinder(clauses, quoted, learned);
    this.nominals = new NominalCues(clauses, lexicon, learned, quoted, sources);
    this.lines = new LineCues(doc, clauses);
  }

  /** Every cue of the document, in text order. */
  List<Cued> find() {
    List<Cued> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (!s.segment().isContent()) {
        continue;
      }
      Cued line = lines.nameColon(s);
      if (line != null) {
        out.add(line);
      }
      for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
        Token t = doc.tokens().get(i);
        if (PennTag.of(t).isVerb()) {
          CueLexicon.Cue verb = lexicon.verb(t.lemma());
          if (verb == null) {
            verb = learnedCue(i);
          } else if (rejected(i) && trailingCue(i, verb, s) == null) {
            verb = null; // "..., the source added." stays a cue whatever the parser made of it
          }
          if (verb != null && !hasParticle(i, "up") && !isAdjectival(i) && !misparsedContent.get(i)) {
            Cued c = verbCue(i, verb, s);
            if ((c == null || c.content().isEmpty()) && lexicon.verb(t.lemma()) != null) {
              Cued wider = widerCue(i, verb, s);
              c = wider == null ? c : wider;
            }
            if (c != null && !isHedge(c)) {
              out.add(c);
            }
          }
        } else if (PennTag.of(t).isNoun() || PennTag.of(t).isAdjective()) {
          CueLexicon.Cue noun = PennTag.of(t).isNoun() ? lexicon.noun(t.lemma()) : null;
          Cued c = noun == null ? null : nominals.nounCue(i, noun);
          if (c == null) {
            c = nominals.learnedNominal(i);
          }
          if (c == null && PennTag.of(t).isNoun()) {
            c = nominals.copularNoun(i);
          }
          if (c != null) {
            out.add(c);
          }
        }
        Cued phrase = phraseCue(i, s);
        if (phrase != null) {
          out.add(phrase);
        }
      }
    }
    return withoutNestedBeliefs(out);
  }

  /**
   * The cues less those of belief or evidence (not speech) that lie inside another cue's content:
   * in "Sanders said voters want change", "want" is part of what Sanders said, not a second
   * attribution (PolNeAR marks one; keeping them cost precision on its train split, see
   * EVALUATION.md). A speech cue inside a content ("said Trump had told him ...") stays.
   */
  private static List<Cued> withoutNestedBeliefs(List<Cued> cues) {
    List<Cued> kept = new ArrayList<>();
    for (Cued c : cues) {
      boolean nested = false;
      for (int k = 0; k < cues.size() && !nested && c.entry().kind() != CueLexicon.Kind.SPEECH; k++) {
        BitSet content = cues.get(k).content();
        nested = cues.get(k) != c && content.get(c.cue().first()) && content.nextClearBit(c.cue().first()) >= c.cue().end();
      }
      if (!nested) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * The verb that introduces a direct quote when no cue claims it ('Rubio responded: "..."',
   * '"...," Trump joked', 'Trump finally wrapped up: "..."'): a verb outside the quotation marks, in
   * the quote's sentence, on which the quote's top token hangs as object, clause or parataxis, or
   * which hangs on that token as parataxis, or which governs the clause the quote's colon ends (or
   * a noun of saying right before that colon: {@link #quoteNoun}); it
   * must have a subject outside the quote, its speaker, and its first WordNet sense must be one of
   * communication (so never without the learned model's word senses). Null when there is none.
   *
   * @param first the quote's first token inside the marks
   * @param last the quote's last token inside the marks
   */
  Cued quoteVerb(int first, int last) {
    for (int i = first; i <= last; i++) {
      int parent = clauses.treeParent(i);
      if (parent >= first && parent <= last) {
        continue;
      }
      if (parent >= 0 && QUOTE_RELATIONS.contains(clauses.parse().relationOf(i))) {
        Cued c = quoteVerbCue(parent);
        if (c != null) {
          return c;
        }
      }
      for (Dependency d : clauses.parse().children(i)) {
        if ((d.dependent() < first || d.dependent() > last) && d.relation().equals("parataxis")) {
          Cued c = quoteVerbCue(d.dependent());
          if (c != null) {
            return c;
          }
        }
      }
    }
    int colon = clauses.colonBefore(first);
    if (colon > 0) {
      Cued noun = nominals.quoteNoun(colon - 1);
      if (noun != null) {
        return noun;
      }
      int verb = clauses.treeParent(colon);
      return verb >= 0 && verb < colon ? quoteVerbCue(verb) : null;
    }
    return null;
  }

  /** A verb (not an auxiliary, outside quotation marks) with a subject as a direct quote's cue, or null. */
  private Cued quoteVerbCue(int verb) {
    Token t = clauses.token(verb);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (!PennTag.of(t).isVerb() || quoted.get(verb) || QUOTE_VERB_EXCLUDED.contains(lemma) || clauses.isPassive(verb)
        || learned == null || !learned.features().communicates(lemma)) {
      return null;
    }
    int subject = sources.subjectOutsideQuotes(verb);
    if (subject < 0 || quoted.get(subject)) {
      return null;
    }
    CueLexicon.Cue entry = new CueLexicon.Cue(lemma, CueLexicon.Pos.VERB, CueLexicon.Kind.SPEECH, Set.of(CueLexicon.Content.CLAUSE));
    return new Cued(new TokenRange(verb, verb + 1), entry, verb, new BitSet(), subject,
        sources.sourcePhrase(subject, new BitSet(), verb), SpeakerRule.CUE_SUBJECT);
  }

  /**
   * A verb the lexicon lacks that the learned model takes for a cue, as a belief cue that may
   * report a clause, a to-infinitive or an object (the frame the parse gives decides); or null.
   */
  private CueLexicon.Cue learnedCue(int verb) {
    if (learned == null || !learned.accepts(clauses, quoted, verb)) {
      return null;
    }
    return new CueLexicon.Cue(clauses.token(verb).lemma().toLowerCase(Locale.ROOT), CueLexicon.Pos.VERB,
        CueLexicon.Kind.BELIEF, LearnedCues.LEARNED_CONTENTS);
  }

  /**
   * A lexicon verb in a frame its entry does not list ("want" with an object: "wants a continuation
   * of his policies"; "asked about his daughter's work"), read with every content form
   * (clause, to-infinitive, object) when the learned model is sure enough it is a cue here
   * ({@link CueModel#widens}); null otherwise, when that finds no content, or when quotation marks
   * stand in its sentence or in a sentence either side (near a direct quote the entry's own forms
   * decide which cue speaks it).
   */
  private Cued widerCue(int verb, CueLexicon.Cue entry, Sentence s) {
    if (learned == null || quoteNearby(s) || !learned.widens(clauses, quoted, verb)) {
      return null;
    }
    Cued wider = verbCue(verb, new CueLexicon.Cue(entry.words(), entry.pos(), entry.kind(), LearnedCues.LEARNED_CONTENTS), s);
    if (wider == null || wider.content().isEmpty()) {
      return null;
    }
    int object = clauses.child(verb, Set.of("obj", "iobj"));
    return object >= 0 && wider.content().get(object) && sources.namesSomeone(object) ? null : wider; // "told reporters"
  }

  /** True when quotation marks hold a token of this sentence or of the sentence before or after it. */
  private boolean quoteNearby(Sentence s) {
    List<Sentence> all = doc.sentences();
    int from = all.get(Math.max(0, s.index() - 1)).tokens().first();
    int to = all.get(Math.min(all.size() - 1, s.index() + 1)).tokens().end();
    int q = quoted.nextSetBit(from);
    return q >= 0 && q < to;
  }

  /** True when the learned model rejects this use of a lexicon verb. */
  private boolean rejected(int verb) {
    return learned != null && learned.rejects(clauses, quoted, verb);
  }

  private Cued verbCue(int verb, CueLexicon.Cue entry, Sentence s) {
    BitSet content = new BitSet();
    int clause = contents.contentClause(verb);
    if (clause >= 0 && entry.takes(CueLexicon.Content.CLAUSE)) {
      content = clauses.subtree(clause);
    } else if (entry.takes(CueLexicon.Content.TO) && (clause = contents.toInfinitive(verb)) >= 0) {
      content = clauses.subtree(clause);
    } else if (entry.takes(CueLexicon.Content.CLAUSE) && (clause = sources.clausalSubjectOf(verb)) >= 0) {
      content = clauses.subtree(clause);
      content.clear(0, verb + 1);
      int addressee = clauses.child(verb, Set.of("iobj"));
      if (addressee >= 0) {
        content.andNot(clauses.subtree(addressee)); // "told AFP the victim is ...": AFP is told, not reported
      }
      misparsedContent.set(clause);
    } else if (entry.takes(CueLexicon.Content.CLAUSE) && sources.isInverted(verb)) {
      // "Militants are entering, he said": the cue hangs from the content as parataxis (the content
      // may run on after the cue: "The test, it said, was its biggest")
      int head = clauses.treeParent(verb);
      content = clauses.subtree(head);
      content.andNot(clauses.subtree(verb));
    } else if (entry.takes(CueLexicon.Content.CLAUSE) && contents.colonAfter(verb, s) >= 0) {
      content.set(contents.colonAfter(verb, s) + 1, s.tokens().end());
    } else if (entry.takes(CueLexicon.Content.CLAUSE)) {
      content = contents.misattachedClause(verb, s);
      if (content.isEmpty()) {
        content = contents.clauseAfter(verb);
      }
      if (content.isEmpty()) {
        content = contents.thingSaid(verb, entry);
      }
      if (content.isEmpty()) {
        content = contents.clauseRightAfter(verb, s);
      }
      if (content.isEmpty()) {
        content = contents.clauseBefore(verb, s);
      }
    }
    if (content.isEmpty() && entry.takes(CueLexicon.Content.CLAUSE)) {
      Cued trailing = trailingCue(verb, entry, s);
      if (trailing != null) {
        return trailing;
      }
    }
    int cueEnd = contents.cueTokens(verb).end();
    int lead = content.nextSetBit(0);
    if (lead == cueEnd && ContentClauses.MARK_RELATIONS.contains(clauses.parse().relationOf(lead))
        && ContentClauses.CUE_MARKS.contains(clauses.token(lead).lemma().toLowerCase(Locale.ROOT))) {
      content.clear(lead); // "called for contestants to wear ...": "for" belongs to the cue
      cueEnd = lead + 1;
    }
    boolean passive = clauses.isPassive(verb);
    if (content.isEmpty() && entry.takes(CueLexicon.Content.OBJECT)) {
      int object = clauses.child(verb, Set.of("obj"));
      int prepositional = contents.prepositionalObject(verb, cueEnd);
      if (prepositional < 0) {
        prepositional = contents.prepositionalClause(verb, cueEnd);
      }
      if (object < 0 && prepositional >= 0) {
        object = prepositional;
        if (contents.prepositionEnd(prepositional) == cueEnd + 1) {
          cueEnd = contents.prepositionEnd(prepositional); // "called for": not "talks to Megyn Kelly about"
        }
      }
      int small = clauses.child(verb, Set.of("xcomp"));
      if (object > verb && lexicon.noun(clauses.token(object).lemma()) != null) {
        content = new BitSet(); // "voiced concerns that ...": the noun is the cue
      } else if (object > verb) {
        content = clauses.subtree(object);
        content.or(contents.reasonAfter(verb, content.length()));
      } else if (small > verb && !clauses.isVerb(small)) {
        content = clauses.subtree(small); // "called him a master at ...": a small clause
      } else if (passive) {
        content = contents.passiveTheme(verb);
      }
    }
    clauses.clipToQuote(verb, content, quoted);
    clauses.dropPunctuationEdges(content);
    if (passive) {
      // "the deal was criticized by Democrats", "an issue reported by the Post": the agent speaks
      int agent = sources.agent(verb);
      if (agent >= 0 && lexicon.verb(clauses.token(verb).lemma()) == null && !sources.namesSomeone(agent)
          && !PennTag.of(clauses.token(agent)).isProperNoun()) {
        return null; // a learned cue done by no one: "the republics have been targeted by attacks"
      }
      BitSet source = agent < 0 ? new BitSet() : sources.sourcePhrase(agent, content, verb);
      if (agent >= 0) {
        source.clear(clauses.child(agent, Set.of("case")));
        clauses.dropPunctuationEdges(source);
      }
      return new Cued(new TokenRange(verb, cueEnd), entry, verb, content, agent, source,
          agent < 0 ? SpeakerRule.NONE : SpeakerRule.PASSIVE_AGENT);
    }
    int subject = sources.subjectOutsideQuotes(verb);
    SpeakerRule rule = SpeakerRule.CUE_SUBJECT;
    if (subject < 0 && (subject = sources.invertedObject(verb, content)) >= 0) {
      rule = SpeakerRule.SAID_INVERSION;
    }
    if (subject < 0) {
      subject = sources.sharedSubject(verb);
      rule = SpeakerRule.SHARED_SUBJECT;
    }
    if (subject >= 0 && content.get(subject)) {
      subject = -1; // the parser took the content's own subject for the cue's
    }
    BitSet source = subject < 0 ? new BitSet() : sources.sourcePhrase(subject, content, verb);
    if (subject >= 0) {
      sources.throughRelativePronoun(subject, verb, source);
    }
    return new Cued(new TokenRange(verb, cueEnd), entry, verb, content, subject, source, subject < 0 ? SpeakerRule.NONE : rule);
  }

  /** "so-called", "the stated aim": a participle used as an adjective is no cue. */
  private boolean isAdjectival(int verb) {
    String rel = clauses.parse().relationOf(verb);
    boolean soCalled = verb >= 2 && clauses.token(verb - 1).text().equals("-") && clauses.token(verb - 2).lemma().equalsIgnoreCase("so");
    // ", said Batchelder.": a past tense after a comma is the cue, whatever the parser made of it
    boolean afterComma = verb > 0 && clauses.token(verb - 1).text().equals(",") && PennTag.of(clauses.token(verb)) == PennTag.VBD;
    return soCalled || (rel.equals("amod") || rel.equals("compound")) && !afterComma;
  }

  private boolean hasParticle(int verb, String particle) {
    int prt = clauses.child(verb, Set.of("compound:prt"));
    return prt >= 0 && clauses.token(prt).lemma().equalsIgnoreCase(particle);
  }

  /** "I think", "you know", "we want": first- and second-person beliefs are hedges, not attributions. */
  private boolean isHedge(Cued c) {
    int subject = clauses.subject(c.head());
    return c.entry().kind() == CueLexicon.Kind.BELIEF && subject >= 0
        && FIRST_SECOND_PERSON.contains(clauses.token(subject).text().toLowerCase(Locale.ROOT));
  }

  /**
   * "..., the source added.", "..., said one GOP source in the room.": a cue at the end of its
   * sentence, after a comma and at most a short subject, with no verb after it, reports the
   * sentence before that comma, whatever the parser made of it, unless its subject stands before
   * it and an object follows it: then it reports that object ("Asked who leads the party, he said
   * Ryan"). The source is the subject before the cue, else the words after it. Not for quotations
   * (the quote rules tie those).
   */
  private Cued trailingCue(int verb, CueLexicon.Cue entry, Sentence s) {
    int end = s.tokens().end() - 1;
    while (end > verb && clauses.isPunct(end)) {
      end--;
    }
    if (quoted.get(verb) || end - verb > TRAILING_SPEAKER_WORDS) {
      return null;
    }
    for (int i = verb + 1; i <= end; i++) {
      if (clauses.isVerb(i) || quoted.get(i)) {
        return null;
      }
    }
    int comma = verb - 1;
    while (comma > s.tokens().first() && verb - comma <= TRAILING_SPEAKER_WORDS && !clauses.token(comma).text().equals(",")) {
      if (clauses.isVerb(comma) || quoted.get(comma)) {
        return null;
      }
      comma--;
    }
    if (comma <= s.tokens().first() || !clauses.token(comma).text().equals(",") || quoted.get(comma - 1)) {
      return null;
    }
    int object = contents.ownComplement(verb);
    BitSet content = new BitSet();
    if (comma + 1 < verb && object > verb) {
      // "Citing the polls, Clinton promised a country of new opportunities", "Asked who leads the
      // party, he said Ryan": the object is what was said
      content = clauses.subtree(object);
    } else {
      content.set(s.tokens().first(), comma);
      if (!contents.hasVerbOrSubject(content)) {
        return null;
      }
    }
    clauses.dropPunctuationEdges(content);
    if (content.isEmpty() || content.intersects(quoted)) {
      return null;
    }
    BitSet source = new BitSet();
    if (comma + 1 < verb) {
      source.set(comma + 1, verb);
    } else {
      source.set(verb + 1, end + 1);
    }
    clauses.dropPunctuationEdges(source);
    int subject = -1;
    for (int i = source.nextSetBit(0); i >= 0 && !clauses.token(i).text().equals(","); i = source.nextSetBit(i + 1)) {
      String pos = clauses.token(i).pos();
      if (pos.startsWith("NN") || pos.equals("PRP")) {
        subject = i;
      }
    }
    if (subject < 0) {
      return null;
    }
    return new Cued(new TokenRange(verb, verb + 1), entry, verb, content, subject, source,
        comma + 1 < verb ? SpeakerRule.CUE_SUBJECT : SpeakerRule.SAID_INVERSION);
  }

  /** "according to X" at token {@code i}: X is the source, the clause it modifies the content. */
  private Cued phraseCue(int i, Sentence s) {
    for (List<String> words : lexicon.phrases()) {
      int end = i + words.size();
      if (end > s.tokens().end()) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < words.size() && match; k++) {
        match = clauses.token(i + k).text().toLowerCase(Locale.ROOT).equals(words.get(k));
      }
      if (!match) {
        continue;
      }
      int source = clauses.treeParent(i);
      if (source >= i && source < end) {
        source = clauses.treeParent(source);
      }
      if (source < end) {
        return null;
      }
      int predicate = clauses.treeParent(source);
      BitSet sourceTokens = clauses.subtree(source);
      sourceTokens.clear(i, end);
      BitSet content = new BitSet();
      if (predicate >= 0) {
        content = clauses.subtree(predicate);
        content.andNot(clauses.subtree(source));
        content.clear(i, end);
      }
      if (predicate < 0) {
        // the parser made the source the sentence's root: "According to X, Y" / "Y, according to X"
        int comma = i == s.tokens().first() ? nextComma(end, s) : -1;
        if (comma >= 0) {
          sourceTokens = Clauses.tokenSet(end, comma);
          content = Clauses.tokenSet(comma + 1, s.tokens().end());
        } else if (i > s.tokens().first() && clauses.token(i - 1).text().equals(",")) {
          sourceTokens = Clauses.tokenSet(end, s.tokens().end());
          content = Clauses.tokenSet(s.tokens().first(), i - 1);
        }
        clauses.dropPunctuationEdges(sourceTokens);
      }
      clauses.dropPunctuationEdges(content);
      CueLexicon.Cue entry = lexicon.phrase(String.join(" ", words));
      return new Cued(new TokenRange(i, end), entry, source, content, source, sourceTokens, SpeakerRule.ACCORDING_TO);
    }
    return null;
  }

  /** The first comma token at or after {@code from} in the sentence, or -1. */
  private int nextComma(int from, Sentence s) {
    for (int i = from; i < s.tokens().end(); i++) {
      if (clauses.token(i).text().equals(",")) {
        return i;
      }
    }
    return -1;
  }

  /** The characters of a token set, or null when empty. */
  TextSpan span(BitSet tokens) {
    return clauses.span(tokens);
  }
}
