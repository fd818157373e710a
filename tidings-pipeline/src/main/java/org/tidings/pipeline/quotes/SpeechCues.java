package org.tidings.pipeline.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
 * for the ban", "was critical of the deal"). Only content sentences are read. One per document; not thread-safe.
 */
final class SpeechCues {
  private static final Set<String> CONTENT_CLAUSE = Set.of("ccomp", "csubj");
  /** Verbs of asking, whose "if" or "whether" clause is what was asked, not a condition. */
  private static final Set<String> ASKING = Set.of("ask", "wonder", "question", "inquire", "query");
  /** Relations the parser gives the question an asking verb reports ("asked if she believed ..."). */
  private static final Set<String> QUESTION_CLAUSE = Set.of("advcl:if", "advcl:whether");
  private static final Set<String> HANGS_FROM = Set.of("xcomp", "advcl", "dep", "conj", "conj:and", "parataxis", "ccomp");

  /**
   * One cue and what it reports.
   *
   * @param cue the cue's tokens
   * @param entry its lexicon entry
   * @param head the cue's head token (the verb, the noun, or the source of "according to")
   * @param content tokens of what is reported; empty when the cue has none in its own sentence
   * @param subject head token of the source's phrase, or -1 when none was found
   * @param source tokens of the source's phrase; empty when none
   * @param rule how the source was found
   */
  record Cued(TokenRange cue, CueLexicon.Cue entry, int head, BitSet content, int subject, BitSet source, SpeakerRule rule) {
    TokenRange contentRange() {
      return Clauses.range(content);
    }
  }

  /** Relations the parser gives the speaker of an inverted cue ('said O'Neill') instead of nsubj. */
  private static final Set<String> INVERTED_SPEAKER = Set.of("obj", "xcomp", "dep", "iobj", "nsubj:pass", "obl");
  /** Relations the parser may give a content clause it did not recognise as ccomp. */
  private static final Set<String> CLAUSE_LIKE = Set.of("obj", "xcomp", "dep", "parataxis");
  /** Prepositions whose object is never what a cue reports. */
  private static final Set<String> NOT_CONTENT = Set.of("at", "in", "on", "with", "during", "after", "before", "from", "by",
      "since", "into", "until", "near", "outside", "inside");
  /** Words the parser may take for the mark of a to-infinitive that belong to the cue ("called for X to"). */
  private static final Set<String> CUE_MARKS = Set.of("for", "on");
  /** Relations under which such a word hangs when the parser takes it for the content's. */
  private static final Set<String> MARK_RELATIONS = Set.of("mark", "case");
  private static final Set<String> FIRST_SECOND_PERSON = Set.of("i", "we", "you");
  /** Relations by which a direct quote's top token hangs on the verb that introduces it. */
  private static final Set<String> QUOTE_RELATIONS = Set.of("obj", "ccomp", "parataxis", "dep", "xcomp");
  /** Verbs that never introduce a quote they govern: auxiliaries and copulas, "call" ('called it "..."'). */
  private static final Set<String> QUOTE_VERB_EXCLUDED = Set.of("be", "have", "do", "will", "would", "can", "could",
      "may", "might", "shall", "should", "must", "call", "name", "dub", "label", "title", "use");
  /** Relations of what a verb itself says or does to something after it. */
  private static final Set<String> OWN_COMPLEMENTS = Set.of("obj", "xcomp", "ccomp");
  /** Nouns whose first WordNet sense is not of communication or cognition but that report after "is" ("His response was that ..."). */
  private static final Set<String> COPULAR_NOUNS = Set.of("response", "answer", "reply", "pitch", "position", "stance",
      "fear", "worry", "concern", "hope");
  /** Verbs of talking whose "to" phrase is the addressee, not what was said. */
  private static final Set<String> ADDRESSED_WITH_TO = Set.of("talk", "speak", "explain", "complain", "write", "say",
      "lie", "reach", "admit", "confess", "report", "describe", "mention", "boast", "brag", "apologize");
  /** Prepositions of what an object was accused of, thanked for or described as. */
  private static final Set<String> REASON_PREPOSITIONS = Set.of("of", "for", "as", "over", "about");
  /** Prepositions that open a clause a verb points to or speaks of ("pointed to Obama endorsing ..."). */
  private static final Set<String> PREPOSITIONAL_CLAUSES = Set.of("to", "for", "of", "about", "over", "against");
  /** Conjunctions that open a clause of circumstance, never of content ({@link #isCircumstance}). */
  private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "because", "since", "as", "when",
      "whereas", "unless", "after", "before", "once", "until");
  /** Content forms a learned cue may take. */
  private static final Set<CueLexicon.Content> LEARNED_CONTENTS = EnumSet.allOf(CueLexicon.Content.class);
  /** Most words between a trailing cue and its comma, or after it ("said one GOP source in the room"). */
  private static final int TRAILING_SPEAKER_WORDS = 8;
  /** Parts of speech that open a clause's subject right after a cue ("said he", "said the party"). */
  private static final Set<String> CLAUSE_OPENERS = Set.of("PRP", "NNP", "NNPS", "DT", "NN", "NNS", "CD", "EX", "PRP$", "JJ");
  /** Finite verbs and modals. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  /** Most words from a clause's first word to its finite verb for {@link #clauseRightAfter}. */
  private static final int CLAUSE_START_WORDS = 6;
  /** Longest name taken as the speaker of a "NAME: words" line. */
  private static final int NAME_COLON_WORDS = 4;
  /** Most words of a headline's speaker before its colon ("Former AG Mukasey at RNC: ..."). */
  private static final int HEADLINE_SPEAKER_WORDS = 6;
  /** Parts of speech of a headline's speaker. */
  private static final Set<String> HEADLINE_SPEAKER_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "POS", "IN");

  private final Document doc;
  private final Clauses clauses;
  private final CueLexicon lexicon;
  private final BitSet quoted;
  /** The learned cues, or null for the lexicon alone. */
  private final LearnedCues learned;
  /** Heads of contents the parser hung a cue from as clausal subject: never cues themselves. */
  private final BitSet misparsedContent = new BitSet();

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
  }

  /** Every cue of the document, in text order. */
  List<Cued> find() {
    List<Cued> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (!s.segment().isContent()) {
        continue;
      }
      Cued line = nameColon(s);
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
          Cued c = noun == null ? null : nounCue(i, noun);
          if (c == null) {
            c = learnedNominal(i);
          }
          if (c == null && PennTag.of(t).isNoun()) {
            c = copularNoun(i);
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
      Cued noun = quoteNoun(colon - 1);
      if (noun != null) {
        return noun;
      }
      int verb = clauses.treeParent(colon);
      return verb >= 0 && verb < colon ? quoteVerbCue(verb) : null;
    }
    return null;
  }

  /**
   * "released the following statement:", "Bolton's view:": a noun of saying or thinking right
   * before the colon that opens a quote is its cue; its possessor, else the subject of the verb
   * whose object it is, speaks. Null when the word is no such noun or nobody holds it.
   */
  private Cued quoteNoun(int noun) {
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
        holder = subjectOutsideQuotes(verb);
      }
    }
    if (holder < 0 || quoted.get(holder)) {
      return null;
    }
    CueLexicon.Cue entry = new CueLexicon.Cue(lemma, CueLexicon.Pos.NOUN, CueLexicon.Kind.SPEECH, Set.of(CueLexicon.Content.CLAUSE));
    return new Cued(new TokenRange(noun, noun + 1), entry, noun, new BitSet(), holder,
        sourcePhrase(holder, new BitSet(), noun), SpeakerRule.NOUN_HOLDER);
  }

  /** A verb (not an auxiliary, outside quotation marks) with a subject as a direct quote's cue, or null. */
  private Cued quoteVerbCue(int verb) {
    Token t = clauses.token(verb);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (!PennTag.of(t).isVerb() || quoted.get(verb) || QUOTE_VERB_EXCLUDED.contains(lemma) || isPassive(verb)
        || learned == null || !learned.features().communicates(lemma)) {
      return null;
    }
    int subject = subjectOutsideQuotes(verb);
    if (subject < 0 || quoted.get(subject)) {
      return null;
    }
    CueLexicon.Cue entry = new CueLexicon.Cue(lemma, CueLexicon.Pos.VERB, CueLexicon.Kind.SPEECH, Set.of(CueLexicon.Content.CLAUSE));
    return new Cued(new TokenRange(verb, verb + 1), entry, verb, new BitSet(), subject,
        sourcePhrase(subject, new BitSet(), verb), SpeakerRule.CUE_SUBJECT);
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
        CueLexicon.Kind.BELIEF, LEARNED_CONTENTS);
  }

  /**
   * A noun or adjective the learned model takes for a cue ("support for the ban", "was critical of
   * the deal"): it reports its complement, its holder speaks; or null.
   */
  private Cued learnedNominal(int head) {
    NominalCue n = learned == null ? null : learned.acceptsNominal(clauses, quoted, head);
    if (n == null) {
      return null;
    }
    BitSet content = n.content(clauses);
    clipToQuote(head, content);
    dropPunctuationEdges(content);
    if (content.isEmpty()) {
      return null;
    }
    BitSet source = n.holder() < 0 ? new BitSet() : sourcePhrase(n.holder(), content, head);
    CueLexicon.Cue entry = new CueLexicon.Cue(clauses.token(head).lemma().toLowerCase(Locale.ROOT), CueLexicon.Pos.NOUN,
        CueLexicon.Kind.BELIEF, LEARNED_CONTENTS);
    return new Cued(new TokenRange(head, head + 1), entry, head, content, n.holder(), source,
        n.holder() < 0 ? SpeakerRule.NONE : SpeakerRule.NOUN_HOLDER);
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
    Cued wider = verbCue(verb, new CueLexicon.Cue(entry.words(), entry.pos(), entry.kind(), LEARNED_CONTENTS), s);
    if (wider == null || wider.content().isEmpty()) {
      return null;
    }
    int object = clauses.child(verb, Set.of("obj", "iobj"));
    return object >= 0 && wider.content().get(object) && namesSomeone(object) ? null : wider; // "told reporters"
  }

  /**
   * True when the noun phrase at {@code head} names somebody, so that as a cue's object it is the
   * addressee: a pronoun, a person or organisation, or a noun whose first WordNet sense is a person
   * or group ("reporters", "the crowd").
   */
  private boolean namesSomeone(int head) {
    Token t = clauses.token(head);
    return isPartyWord(t)
        || PennTag.of(t).isNoun() && learned != null && learned.features().namesSomeone(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** A personal pronoun, or a word tagged as a person or organisation: a party, never a thing said. */
  private static boolean isPartyWord(Token t) {
    return PennTag.of(t) == PennTag.PRP || t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
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
    int clause = contentClause(verb);
    if (clause >= 0 && entry.takes(CueLexicon.Content.CLAUSE)) {
      content = clauses.subtree(clause);
    } else if (entry.takes(CueLexicon.Content.TO) && (clause = toInfinitive(verb)) >= 0) {
      content = clauses.subtree(clause);
    } else if (entry.takes(CueLexicon.Content.CLAUSE) && (clause = clausalSubjectOf(verb)) >= 0) {
      content = clauses.subtree(clause);
      content.clear(0, verb + 1);
      int addressee = clauses.child(verb, Set.of("iobj"));
      if (addressee >= 0) {
        content.andNot(clauses.subtree(addressee)); // "told AFP the victim is ...": AFP is told, not reported
      }
      misparsedContent.set(clause);
    } else if (entry.takes(CueLexicon.Content.CLAUSE) && isInverted(verb)) {
      // "Militants are entering, he said": the cue hangs from the content as parataxis (the content
      // may run on after the cue: "The test, it said, was its biggest")
      int head = clauses.treeParent(verb);
      content = clauses.subtree(head);
      content.andNot(clauses.subtree(verb));
    } else if (entry.takes(CueLexicon.Content.CLAUSE) && colonAfter(verb, s) >= 0) {
      content.set(colonAfter(verb, s) + 1, s.tokens().end());
    } else if (entry.takes(CueLexicon.Content.CLAUSE)) {
      content = misattachedClause(verb, s);
      if (content.isEmpty()) {
        content = clauseAfter(verb);
      }
      if (content.isEmpty()) {
        content = thingSaid(verb, entry);
      }
      if (content.isEmpty()) {
        content = clauseRightAfter(verb, s);
      }
      if (content.isEmpty()) {
        content = clauseBefore(verb, s);
      }
    }
    if (content.isEmpty() && entry.takes(CueLexicon.Content.CLAUSE)) {
      Cued trailing = trailingCue(verb, entry, s);
      if (trailing != null) {
        return trailing;
      }
    }
    int cueEnd = cueTokens(verb).end();
    int lead = content.nextSetBit(0);
    if (lead == cueEnd && MARK_RELATIONS.contains(clauses.parse().relationOf(lead))
        && CUE_MARKS.contains(clauses.token(lead).lemma().toLowerCase(Locale.ROOT))) {
      content.clear(lead); // "called for contestants to wear ...": "for" belongs to the cue
      cueEnd = lead + 1;
    }
    boolean passive = isPassive(verb);
    if (content.isEmpty() && entry.takes(CueLexicon.Content.OBJECT)) {
      int object = clauses.child(verb, Set.of("obj"));
      int prepositional = prepositionalObject(verb, cueEnd);
      if (prepositional < 0) {
        prepositional = prepositionalClause(verb, cueEnd);
      }
      if (object < 0 && prepositional >= 0) {
        object = prepositional;
        if (prepositionEnd(prepositional) == cueEnd + 1) {
          cueEnd = prepositionEnd(prepositional); // "called for": not "talks to Megyn Kelly about"
        }
      }
      int small = clauses.child(verb, Set.of("xcomp"));
      if (object > verb && lexicon.noun(clauses.token(object).lemma()) != null) {
        content = new BitSet(); // "voiced concerns that ...": the noun is the cue
      } else if (object > verb) {
        content = clauses.subtree(object);
        content.or(reasonAfter(verb, content.length()));
      } else if (small > verb && !clauses.isVerb(small)) {
        content = clauses.subtree(small); // "called him a master at ...": a small clause
      } else if (passive) {
        content = passiveTheme(verb);
      }
    }
    clipToQuote(verb, content);
    dropPunctuationEdges(content);
    if (passive) {
      // "the deal was criticized by Democrats", "an issue reported by the Post": the agent speaks
      int agent = agent(verb);
      if (agent >= 0 && lexicon.verb(clauses.token(verb).lemma()) == null && !namesSomeone(agent)
          && !PennTag.of(clauses.token(agent)).isProperNoun()) {
        return null; // a learned cue done by no one: "the republics have been targeted by attacks"
      }
      BitSet source = agent < 0 ? new BitSet() : sourcePhrase(agent, content, verb);
      if (agent >= 0) {
        source.clear(clauses.child(agent, Set.of("case")));
        dropPunctuationEdges(source);
      }
      return new Cued(new TokenRange(verb, cueEnd), entry, verb, content, agent, source,
          agent < 0 ? SpeakerRule.NONE : SpeakerRule.PASSIVE_AGENT);
    }
    int subject = subjectOutsideQuotes(verb);
    SpeakerRule rule = SpeakerRule.CUE_SUBJECT;
    if (subject < 0 && (subject = invertedObject(verb, content)) >= 0) {
      rule = SpeakerRule.SAID_INVERSION;
    }
    if (subject < 0) {
      subject = sharedSubject(verb);
      rule = SpeakerRule.SHARED_SUBJECT;
    }
    if (subject >= 0 && content.get(subject)) {
      subject = -1; // the parser took the content's own subject for the cue's
    }
    BitSet source = subject < 0 ? new BitSet() : sourcePhrase(subject, content, verb);
    if (subject >= 0) {
      throughRelativePronoun(subject, verb, source);
    }
    return new Cued(new TokenRange(verb, cueEnd), entry, verb, content, subject, source, subject < 0 ? SpeakerRule.NONE : rule);
  }

  /**
   * "an architect, who said he was stiffed": a cue in a relative clause has the antecedent as its
   * subject; the source phrase runs on to the relative pronoun, the speaker's word in the cue's
   * own clause.
   */
  private void throughRelativePronoun(int subject, int cue, BitSet source) {
    int first = source.nextSetBit(0);
    for (Dependency d : clauses.parse().children(subject)) {
      int pronoun = d.dependent();
      if (d.relation().equals("ref") && first >= 0 && pronoun > subject && pronoun < cue) {
        source.set(first, pronoun + 1);
      }
    }
  }

  /**
   * A cue in the passive: with a passive auxiliary ("was criticized") or a past participle
   * modifying a noun ("the issue reported by the Post"). Its subject is what was said or judged,
   * never the speaker.
   */
  private boolean isPassive(int verb) {
    if (clauses.child(verb, Set.of("aux:pass")) >= 0) {
      return true;
    }
    return PennTag.of(clauses.token(verb)) == PennTag.VBN && clauses.parse().relationOf(verb).equals("acl");
  }

  /** The "by" phrase of a passive cue (its head), or -1. */
  private int agent(int verb) {
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

  /** What a passive cue is about: its passive subject, or the noun its participle modifies. */
  private BitSet passiveTheme(int verb) {
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

  /** "so-called", "the stated aim": a participle used as an adjective is no cue. */
  private boolean isAdjectival(int verb) {
    String rel = clauses.parse().relationOf(verb);
    boolean soCalled = verb >= 2 && clauses.token(verb - 1).text().equals("-") && clauses.token(verb - 2).lemma().equalsIgnoreCase("so");
    // ", said Batchelder.": a past tense after a comma is the cue, whatever the parser made of it
    boolean afterComma = verb > 0 && clauses.token(verb - 1).text().equals(",") && PennTag.of(clauses.token(verb)) == PennTag.VBD;
    return soCalled || (rel.equals("amod") || rel.equals("compound")) && !afterComma;
  }

  /** True when a quotation ends right before token {@code i}, punctuation aside. */
  private boolean followsQuote(int i) {
    int before = i - 1;
    int first = clauses.sentenceOf(i).first();
    while (before >= first && clauses.isPunct(before)) {
      before--;
    }
    return before >= first && before < i - 1 && quoted.get(before);
  }

  /** True when only punctuation stands before token {@code i} in its sentence. */
  private boolean opensSentence(int i) {
    int first = clauses.sentenceOf(i).first();
    while (first < i && clauses.isPunct(first)) {
      first++;
    }
    return first == i;
  }

  private boolean hasParticle(int verb, String particle) {
    int prt = clauses.child(verb, Set.of("compound:prt"));
    return prt >= 0 && clauses.token(prt).lemma().equalsIgnoreCase(particle);
  }

  /** A cue inside quotation marks reports only within them: "you say that," Tester said. */
  private void clipToQuote(int cue, BitSet content) {
    if (!quoted.get(cue)) {
      return;
    }
    int first = cue;
    while (first > 0 && quoted.get(first - 1)) {
      first--;
    }
    int end = quoted.nextClearBit(cue);
    content.clear(0, first);
    content.clear(end, Math.max(end, content.length()));
  }

  /**
   * The cue's subject, skipping any inside quotation marks when the cue is outside them ("My
   * hope," he said: "he"); a cue inside a quote may have its subject there too ("I said").
   */
  private int subjectOutsideQuotes(int predicate) {
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
  private int invertedObject(int verb, BitSet content) {
    int contentStart = content.nextSetBit(0);
    boolean contentBefore = contentStart >= 0 && contentStart <= verb;
    if (!contentBefore && !(content.isEmpty() && (opensSentence(verb) || followsQuote(verb)))) {
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

  /** "I think", "you know", "we want": first- and second-person beliefs are hedges, not attributions. */
  private boolean isHedge(Cued c) {
    int subject = clauses.subject(c.head());
    return c.entry().kind() == CueLexicon.Kind.BELIEF && subject >= 0
        && FIRST_SECOND_PERSON.contains(clauses.token(subject).text().toLowerCase(Locale.ROOT));
  }

  /**
   * "Pat Caddell: Democrat Voters Worried ...", "WALLACE: Let's start ...": a line opening with a
   * short name and a colon gives the name's words after the colon (headlines, transcripts).
   */
  private Cued nameColon(Sentence s) {
    int first = s.tokens().first();
    while (first < s.tokens().end() && clauses.isPunct(first)) {
      first++;
    }
    int colon = first;
    while (colon < s.tokens().end() && colon - first < NAME_COLON_WORDS && isNameWord(colon)) {
      colon++;
    }
    if (colon < s.tokens().end() && !clauses.token(colon).text().equals(":") && isHeadline(first)) {
      colon = headlineSpeaker(first, s);
    }
    if (colon == first || colon >= s.tokens().end() - 3 || !clauses.token(colon).text().equals(":")
        || !lineStartsAt(clauses.token(first).span().begin())) {
      return null;
    }
    BitSet content = new BitSet();
    content.set(colon + 1, s.tokens().end());
    dropPunctuationEdges(content);
    BitSet source = new BitSet();
    source.set(first, colon);
    int head = colon - 1;
    CueLexicon.Cue entry = new CueLexicon.Cue(":", CueLexicon.Pos.PHRASE, CueLexicon.Kind.SPEECH, Set.of(CueLexicon.Content.CLAUSE));
    return new Cued(new TokenRange(colon, colon + 1), entry, head, content, head, source, SpeakerRule.NAME_COLON);
  }

  /** True when token {@code first} is in the article's first sentence (its headline). */
  private boolean isHeadline(int first) {
    return clauses.token(first).sentence() == 0;
  }

  /**
   * "Clinton camp: ...", "Former AG Mukasey at RNC: ...": in a headline, a noun phrase of a few
   * words (nouns, adjectives, "at", possessives) holding a proper noun before the colon; the
   * colon's token, or {@code first} when there is none.
   */
  private int headlineSpeaker(int first, Sentence s) {
    int colon = first;
    boolean named = false;
    while (colon < s.tokens().end() && colon - first < HEADLINE_SPEAKER_WORDS && HEADLINE_SPEAKER_TAGS.contains(clauses.token(colon).pos())) {
      named |= PennTag.of(clauses.token(colon)).isProperNoun();
      colon++;
    }
    return named && colon < s.tokens().end() && clauses.token(colon).text().equals(":") ? colon : first;
  }

  /** A proper noun, or a word in capitals (the tagger reads "PENCE" in a transcript as a common noun). */
  private boolean isNameWord(int i) {
    Token t = clauses.token(i);
    return PennTag.of(t).isProperNoun() || PennTag.of(t).isNoun() && t.text().length() > 1 && t.text().chars().allMatch(Character::isUpperCase);
  }

  private boolean lineStartsAt(int offset) {
    String text = doc.article().text();
    int i = offset - 1;
    while (i >= 0 && text.charAt(i) != '\n' && (Character.isWhitespace(text.charAt(i)) || "\"\u201C".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n';
  }

  /** The cue verb with its particle ("pointed out", "called for"). */
  private TokenRange cueTokens(int verb) {
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
  private int prepositionalObject(int verb, int cueEnd) {
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
  private BitSet reasonAfter(int verb, int from) {
    for (Dependency d : clauses.parse().children(verb)) {
      int c = d.relation().startsWith("obl") ? clauses.child(d.dependent(), Set.of("case"))
          : d.relation().startsWith("advcl") ? clauses.child(d.dependent(), MARK_RELATIONS) : -1;
      if (c == from && REASON_PREPOSITIONS.contains(clauses.token(c).lemma().toLowerCase(Locale.ROOT))) {
        return clauses.subtree(d.dependent());
      }
    }
    return new BitSet();
  }

  private int prepositionEnd(int object) {
    return clauses.child(object, Set.of("case")) + 1;
  }

  /**
   * The to-infinitive a cue reports: its xcomp ("vowed to help"), or an adverbial clause the parser
   * made of "called for contestants to wear", "called on people to protest" or "called for reducing
   * the rate" (starting right after the cue or its particle).
   */
  private int toInfinitive(int verb) {
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

  /**
   * "Trump said praise from Putin would not affect his policy": the parser sometimes makes a cue
   * with its own subject the clausal subject of its content's predicate. Returns that predicate
   * (after the cue), or -1.
   */
  private int clausalSubjectOf(int verb) {
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
  private boolean isInverted(int verb) {
    int head = clauses.treeParent(verb);
    int subject = clauses.subject(verb);
    return head >= 0 && clauses.parse().relationOf(verb).equals("parataxis") && subject >= 0
        && !(isPassive(verb) && !PennTag.of(clauses.token(subject)).isPronoun()); // "..., the republics have been targeted by ..."
  }

  private int colonAfter(int verb, Sentence s) {
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
  private BitSet misattachedClause(int verb, Sentence s) {
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
  private int contentClause(int verb) {
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
  private BitSet clauseRightAfter(int verb, Sentence s) {
    int start = verb + 1;
    int end = s.tokens().end();
    if (start < end && clauses.token(start).lemma().equalsIgnoreCase("that")) {
      start++;
    }
    if (start >= end || quoted.get(start) || !CLAUSE_OPENERS.contains(clauses.token(start).pos()) || isPassive(verb)) {
      return new BitSet(); // "chances of them being found alive were diminishing": no passive cue reports what follows
    }
    for (int i = start; i < end && i <= start + CLAUSE_START_WORDS; i++) {
      if (clauses.isPunct(i) || lexicon.noun(clauses.token(i).lemma()) != null) {
        break; // "voiced concerns that ...": the noun is the cue
      }
      if (FINITE.contains(clauses.token(i).pos())) {
        BitSet content = range(start, end);
        dropPunctuationEdges(content);
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
  private BitSet thingSaid(int verb, CueLexicon.Cue entry) {
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
  private BitSet clauseAfter(int verb) {
    BitSet content = new BitSet();
    boolean adjacent = false;
    int next = nextAfterModifiers(verb);
    for (Dependency d : clauses.parse().children(verb)) {
      int head = d.dependent();
      if (lexicon.noun(clauses.token(head).lemma()) != null) {
        continue; // "voiced concerns that ...": the noun is the cue
      }
      boolean clauseHead = clauses.isVerb(head) || clauses.subject(head) >= 0 || !followsQuote(verb);
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
    int object = ownComplement(verb);
    BitSet content = new BitSet();
    if (comma + 1 < verb && object > verb) {
      // "Citing the polls, Clinton promised a country of new opportunities", "Asked who leads the
      // party, he said Ryan": the object is what was said
      content = clauses.subtree(object);
    } else {
      content.set(s.tokens().first(), comma);
      if (!hasVerbOrSubject(content)) {
        return null;
      }
    }
    dropPunctuationEdges(content);
    if (content.isEmpty() || content.intersects(quoted)) {
      return null;
    }
    BitSet source = new BitSet();
    if (comma + 1 < verb) {
      source.set(comma + 1, verb);
    } else {
      source.set(verb + 1, end + 1);
    }
    dropPunctuationEdges(source);
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

  /**
   * What the verb itself says or does something to, after it: its object, clause or
   * to-infinitive, else a clause or an oblique whose preposition opens right after it ("pointed to
   * Obama endorsing Clinton", "responded to Calderon's remarks"); -1 when none.
   */
  private int ownComplement(int verb) {
    int own = clauses.child(verb, OWN_COMPLEMENTS);
    if (own > verb) {
      return own;
    }
    int end = cueTokens(verb).end();
    int clause = prepositionalClause(verb, end);
    return clause >= 0 ? clause : prepositionalObject(verb, end);
  }

  /** An adverbial clause opened right at {@code end} by to, for, of, about, over or against ("pointed to Obama endorsing Clinton"), or -1. */
  private int prepositionalClause(int verb, int end) {
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
  private BitSet clauseBefore(int verb, Sentence s) {
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

  private boolean hasVerbOrSubject(BitSet tokens) {
    for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
      if (clauses.isVerb(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * For a cue with no subject: the subject of the nearest verb it hangs from, or of a verb hanging
   * from it as parataxis ('"It is possible," he added, warning that ...' parsed with "warning" as
   * the root). Subjects inside quotation marks are skipped.
   */
  private int sharedSubject(int verb) {
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

  private Cued nounCue(int noun, CueLexicon.Cue entry) {
    int clause = -1;
    for (Dependency d : clauses.parse().children(noun)) {
      if ((d.relation().equals("ccomp") || d.relation().startsWith("acl")) && !d.relation().equals("acl:relcl")
          && hasThat(d.dependent())) {
        clause = d.dependent();
      }
    }
    if (clause < 0) {
      return null;
    }
    BitSet content = clauses.subtree(clause);
    dropPunctuationEdges(content);
    int holder = clauses.child(noun, Set.of("nmod:poss"));
    if (holder < 0) {
      int verb = clauses.treeParent(noun);
      if (verb >= 0 && clauses.isVerb(verb) && clauses.parse().relationOf(noun).equals("obj")) {
        holder = clauses.subject(verb);
      }
    }
    BitSet source = holder < 0 ? new BitSet() : sourcePhrase(holder, content, noun);
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
  private Cued copularNoun(int noun) {
    int be = clauses.treeParent(noun);
    String lemma = clauses.token(noun).lemma().toLowerCase(Locale.ROOT);
    if (be <= noun || !clauses.parse().relationOf(noun).equals("nsubj") || !clauses.token(be).lemma().equalsIgnoreCase("be")
        || !(isSayingNoun(lemma) || COPULAR_NOUNS.contains(lemma))) {
      return null;
    }
    int clause = -1;
    for (Dependency d : clauses.parse().children(be)) {
      if (d.relation().equals("ccomp") && d.dependent() > be && (hasThat(d.dependent()) || hasMark(d.dependent(), "whether"))) {
        clause = d.dependent();
      }
    }
    if (clause < 0 || quoted.get(clause)) {
      return null;
    }
    BitSet content = clauses.subtree(clause);
    dropPunctuationEdges(content);
    int holder = clauses.child(noun, Set.of("nmod:poss"));
    BitSet source = holder < 0 ? new BitSet() : sourcePhrase(holder, content, noun);
    CueLexicon.Cue entry = new CueLexicon.Cue(lemma, CueLexicon.Pos.NOUN, CueLexicon.Kind.BELIEF, Set.of(CueLexicon.Content.CLAUSE));
    return new Cued(new TokenRange(noun, be + 1), entry, noun, content, holder, source,
        holder < 0 ? SpeakerRule.NONE : SpeakerRule.NOUN_HOLDER);
  }

  /** A noun of saying or thinking: the lexicon's, or one whose first WordNet sense is of communication or cognition. */
  private boolean isSayingNoun(String lemma) {
    return lexicon.noun(lemma) != null || learned != null && learned.features().reportsContent(lemma);
  }

  private boolean hasMark(int clause, String word) {
    for (Dependency d : clauses.parse().children(clause)) {
      if (d.relation().equals("mark") && clauses.token(d.dependent()).lemma().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasThat(int clause) {
    return hasMark(clause, "that");
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
          sourceTokens = range(end, comma);
          content = range(comma + 1, s.tokens().end());
        } else if (i > s.tokens().first() && clauses.token(i - 1).text().equals(",")) {
          sourceTokens = range(end, s.tokens().end());
          content = range(s.tokens().first(), i - 1);
        }
        dropPunctuationEdges(sourceTokens);
      }
      dropPunctuationEdges(content);
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

  private static BitSet range(int from, int to) {
    BitSet b = new BitSet();
    if (from < to) {
      b.set(from, to);
    }
    return b;
  }

  /** The source's phrase: its subtree, without anything inside the content or the cue. */
  private BitSet sourcePhrase(int subject, BitSet content, int cue) {
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
    dropPunctuationEdges(kept);
    return kept;
  }

  private void dropPunctuationEdges(BitSet tokens) {
    int first = tokens.nextSetBit(0);
    while (first >= 0 && clauses.isPunct(first)) {
      tokens.clear(first);
      first = tokens.nextSetBit(0);
    }
    int last = tokens.length() - 1;
    while (last >= 0 && clauses.isPunct(last)) {
      tokens.clear(last);
      last = tokens.length() - 1;
    }
  }

  /** The characters of a token set, or null when empty. */
  TextSpan span(BitSet tokens) {
    return clauses.span(tokens);
  }
}
