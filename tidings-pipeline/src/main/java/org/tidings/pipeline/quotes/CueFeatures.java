package org.tidings.pipeline.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tidings.model.Dependency;
import org.tidings.model.Document;
import org.tidings.model.Sentence;
import org.tidings.model.Token;
import org.tidings.pipeline.quotes.QuoteMarks.Quoted;
import org.tidings.pipeline.syntax.NerTag;
import org.tidings.pipeline.syntax.PennTag;

/**
 * What the learned cue detector ({@link CueModel}) knows of a verb: its lemma, its WordNet
 * lexicographer file ("verb.communication"), its dependency frame (a content clause, a "that", a
 * to-infinitive, an object, a preposition after it, passive), what its subject and object are (a
 * pronoun, a person, an organisation, a noun and its WordNet file) and whether quotation marks or
 * a colon are near. Words that are names (a proper noun, or a token CoreNLP tags as a person,
 * organisation, location or other name) enter features as their kind ({@code <person>}), never
 * as their lemma: the model learns how speech is reported, not who was in the news of its
 * training years ({@link #word}). The same code gives the features the training tool
 * ({@code org.tidings.eval.quotes.PolnearCueModel}) learnt from and those the pipeline scores.
 *
 * <p>Candidates: verb tokens of content sentences, outside quotation marks, whose lemma is not an
 * auxiliary, that are not auxiliaries, copulas or function words in the parse, nor the first word
 * of a lexicon phrase ("according to"). A verb the {@link CueLexicon} lists has all its features
 * prefixed {@value #LEXICON_PREFIX}: the one model holds two independent parts, one that accepts
 * verbs the lexicon lacks, one that rejects unreliable uses of verbs it lists.
 *
 * <p>Immutable and thread-safe when the sense lookup is (WordNet's is).
 */
public final class CueFeatures {
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
      "might", "shall", "should", "must");
  private static final Set<String> NOT_A_PREDICATE = Set.of("aux", "aux:pass", "cop", "case", "fixed", "mark");
  /** Prefix of every feature of a verb the lexicon lists. */
  public static final String LEXICON_PREFIX = "lex:";
  /** Prefix of every feature of a noun candidate ({@link NominalCue}). */
  public static final String NOUN_PREFIX = "n:";
  /** Prefix of every feature of an adjective candidate ({@link NominalCue}). */
  public static final String ADJECTIVE_PREFIX = "a:";
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which", "that");
  /** Named-entity tags of names, as {@link #word} writes them. */
  private static final Map<NerTag, String> NAME_KINDS = Map.of(NerTag.PERSON, "<person>",
      NerTag.ORGANIZATION, "<organization>", NerTag.LOCATION, "<location>", NerTag.MISC, "<misc>");
  /** Tokens either side of a verb within which a quotation mark counts as near. */
  private static final int QUOTE_WINDOW = 3;
  /** Governors looked through for a lexicon cue above a candidate. */
  private static final int ANCESTOR_HOPS = 3;

  /**
   * One candidate verb and its features.
   *
   * @param token index into {@link Document#tokens()}
   * @param features feature names, no repeats
   */
  public record Candidate(int token, List<String> features) {
    public Candidate {
      features = List.copyOf(features);
    }
  }

  private final CueLexicon lexicon;
  private final UnaryOperator<String> verbSenseFile;
  private final UnaryOperator<String> nounSenseFile;

  /**
   * @param lexicon the cue lexicon: its verbs' features are prefixed, its phrases' words are no candidates
   * @param verbSenseFile a verb lemma's WordNet lexicographer file of its first sense, "" when unknown
   * @param nounSenseFile the same for a noun lemma ("noun.person", "noun.communication")
   */
  public CueFeatures(CueLexicon lexicon, UnaryOperator<String> verbSenseFile, UnaryOperator<String> nounSenseFile) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.verbSenseFile = Objects.requireNonNull(verbSenseFile, "verbSenseFile");
    this.nounSenseFile = Objects.requireNonNull(nounSenseFile, "nounSenseFile");
  }

  /** True when the verb's lemma is a lexicon verb (its features carry {@link #LEXICON_PREFIX}). */
  boolean inLexicon(Clauses clauses, int verb) {
    return lexicon.verb(clauses.token(verb).lemma()) != null;
  }

  /**
   * Every candidate of an annotated document (tokens, sentences, parse), in text order; for the
   * training tool. The pipeline asks per token through {@link #isCandidate} and {@link #features}.
   */
  public List<Candidate> candidates(Document doc) {
    Clauses clauses = new Clauses(doc);
    BitSet quoted = new BitSet();
    for (Quoted q : QuoteMarks.find(doc.article().text())) {
      if (doc.article().isContent(q.inner())) {
        clauses.tokensIn(q.inner(), quoted);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (!s.segment().isContent()) {
        continue;
      }
      for (int i = s.tokens().first(); i < s.tokens().end(); i++) {
        if (isCandidate(clauses, quoted, i)) {
          out.add(new Candidate(i, features(clauses, quoted, i)));
        } else {
          NominalCue n = nominal(clauses, quoted, i);
          if (n != null) {
            out.add(new Candidate(i, nominalFeatures(clauses, quoted, n)));
          }
        }
      }
    }
    return out;
  }

  /** True when the noun lemma's first WordNet sense is one of communication or cognition ("response", "idea"). */
  boolean reportsContent(String lemma) {
    String file = nounSenseFile.apply(lemma);
    return file.equals("noun.communication") || file.equals("noun.cognition");
  }

  /** True when the noun lemma's first WordNet sense is a person or a group ("reporter", "crowd"). */
  boolean namesSomeone(String lemma) {
    String file = nounSenseFile.apply(lemma);
    return file.equals("noun.person") || file.equals("noun.group");
  }

  /** True when the verb lemma's first WordNet sense is a verb of communication ("confess", "exclaim"). */
  boolean communicates(String lemma) {
    return verbSenseFile.apply(lemma).equals("verb.communication");
  }

  boolean isCandidate(Clauses clauses, BitSet quoted, int i) {
    Token t = clauses.token(i);
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return PennTag.of(t).isVerb() && !quoted.get(i) && !AUXILIARIES.contains(lemma)
        && !NOT_A_PREDICATE.contains(clauses.parse().relationOf(i)) && !opensPhrase(clauses, i);
  }

  /**
   * The noun or adjective at {@code i} as a nominal candidate, or null: a common noun or adjective
   * outside quotation marks with a complement after it ({@link NominalCue#read}).
   */
  NominalCue nominal(Clauses clauses, BitSet quoted, int i) {
    return quoted.get(i) ? null : NominalCue.read(clauses, i);
  }

  /**
   * The features of a nominal candidate, prefixed {@value #NOUN_PREFIX} or {@value
   * #ADJECTIVE_PREFIX}: lemma, WordNet file (nouns), the complement's form and preposition, who
   * holds it and how, the verb it hangs on, whether the lexicon lists it, quotation marks near.
   */
  List<String> nominalFeatures(Clauses clauses, BitSet quoted, NominalCue n) {
    Token t = clauses.token(n.head());
    boolean noun = PennTag.of(t).isNoun();
    String sense = noun ? nounSenseFile.apply(t.lemma().toLowerCase(Locale.ROOT)) : "adj";
    String lemma = word(t);
    String comp = n.form().equals("prep") ? "prep=" + n.preposition() : n.form();
    Set<String> f = new LinkedHashSet<>();
    f.add("bias");
    f.add("l=" + lemma);
    f.add("wn=" + sense);
    f.add("pos=" + t.pos());
    f.add("rel=" + clauses.parse().relationOf(n.head()));
    f.add("comp=" + comp);
    f.add("l=" + lemma + "|" + comp);
    f.add("wn=" + sense + "|" + comp);
    f.add("h=" + n.holderKind());
    f.add("h=" + n.holderKind() + "|" + comp);
    f.add("wn=" + sense + "|h=" + n.holderKind());
    f.add("l=" + lemma + "|h=" + n.holderKind());
    if (n.holder().isPresent()) {
      Token h = clauses.token(n.holder().getAsInt());
      String kind = PRONOUNS.contains(h.text().toLowerCase(Locale.ROOT)) ? "pronoun"
          : NerTag.of(h) == NerTag.PERSON ? "person" : NerTag.of(h) == NerTag.ORGANIZATION ? "organization"
          : PennTag.of(h).isProperNoun() ? "name" : PennTag.of(h).isNoun() ? "noun" : "other";
      f.add("hk=" + kind);
      f.add("wn=" + sense + "|hk=" + kind);
    }
    if (n.governor().isPresent()) {
      Token g = clauses.token(n.governor().getAsInt());
      String gov = word(g);
      f.add("gov=" + gov);
      f.add("govwn=" + verbSenseFile.apply(g.lemma().toLowerCase(Locale.ROOT)));
      f.add("gov=" + gov + "|" + comp);
      f.add("gov=" + gov + "|l=" + lemma);
      if (lexicon.verb(g.lemma().toLowerCase(Locale.ROOT)) != null) {
        f.add("gov-cue");
      }
    }
    if (noun && lexicon.noun(t.lemma().toLowerCase(Locale.ROOT)) != null) {
      f.add("in-lexicon");
    }
    if (quoteNear(clauses, quoted, n.head())) {
      f.add("quote-near");
    }
    if (underLexiconCue(clauses, n.head())) {
      f.add("under-cue");
    }
    String prefix = noun ? NOUN_PREFIX : ADJECTIVE_PREFIX;
    return f.stream().map(x -> prefix + x).toList();
  }

  /**
   * A token as features name it: its lower-case lemma, or for a name its kind ({@code <person>},
   * {@code <organization>}, {@code <location>}, {@code <misc>}, {@code <name>} for another proper
   * noun), so that no feature holds a proper name ("ol=trump" would learn a campaign, not speech).
   */
  static String word(Token t) {
    String kind = NAME_KINDS.get(NerTag.of(t));
    if (kind != null) {
      return kind;
    }
    return PennTag.of(t).isProperNoun() ? "<name>" : t.lemma().toLowerCase(Locale.ROOT);
  }

  /** A noun's WordNet lexicographer file, or for a name its kind as {@link #word} gives it. */
  private String nounClass(Token t) {
    String word = word(t);
    return word.startsWith("<") ? word : nounSenseFile.apply(word);
  }

  /** True when a lexicon phrase ("according to") starts at token {@code i}. */
  private boolean opensPhrase(Clauses clauses, int i) {
    int end = clauses.sentenceOf(i).end();
    for (List<String> words : lexicon.phrases()) {
      boolean match = i + words.size() <= end;
      for (int k = 0; k < words.size() && match; k++) {
        match = clauses.token(i + k).text().toLowerCase(Locale.ROOT).equals(words.get(k));
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  List<String> features(Clauses clauses, BitSet quoted, int verb) {
    Token t = clauses.token(verb);
    String sense = verbSenseFile.apply(t.lemma().toLowerCase(Locale.ROOT));
    String lemma = word(t);
    Set<String> f = new LinkedHashSet<>();
    f.add("bias");
    f.add("l=" + lemma);
    f.add("wn=" + sense);
    f.add("pos=" + t.pos());
    f.add("rel=" + clauses.parse().relationOf(verb));
    String frame = "none";
    for (Dependency d : clauses.parse().children(verb)) {
      String rel = d.relation();
      if (rel.equals("punct") || d.dependent() == verb) {
        continue;
      }
      f.add("c=" + rel);
      int c = d.dependent();
      if (rel.equals("ccomp") && clauses.hasMark(c, "that")) {
        f.add("that");
      }
      if (rel.equals("xcomp") && clauses.hasMark(c, "to")) {
        f.add("xto");
      }
      if (rel.startsWith("obl") && c > verb) {
        int prep = clauses.child(c, Set.of("case"));
        if (prep >= 0 && prep <= verb + 2) {
          String p = clauses.token(prep).lemma().toLowerCase(Locale.ROOT);
          f.add("prep=" + p);
          f.add("l=" + lemma + "|prep=" + p);
        }
      }
      if (rel.equals("advmod") && clauses.token(c).lemma().equalsIgnoreCase("not") || rel.equals("neg")) {
        f.add("negated");
      }
      if (rel.equals("aux") && PennTag.of(clauses.token(c)) == PennTag.MD) {
        f.add("modal");
      }
      if (rel.equals("compound:prt")) {
        f.add("l=" + lemma + "|prt=" + word(clauses.token(c)));
      }
      frame = strongerFrame(frame, rel, clauses, c);
    }
    f.add("frame=" + frame);
    String subject = subjectKind(clauses, quoted, verb);
    f.add("s=" + subject);
    int s = clauses.subject(verb);
    if (s >= 0 && PennTag.of(clauses.token(s)).isNoun()) {
      f.add("swn=" + nounClass(clauses.token(s)));
    }
    int o = clauses.child(verb, Set.of("obj"));
    if (o >= 0 && PennTag.of(clauses.token(o)).isNoun()) {
      String objectSense = nounClass(clauses.token(o));
      f.add("own=" + objectSense);
      f.add("ol=" + word(clauses.token(o)));
      f.add("wn=" + sense + "|own=" + objectSense);
    }
    f.add("l=" + lemma + "|" + frame);
    f.add("l=" + lemma + "|s=" + subject);
    int governor = clauses.treeParent(verb);
    if (governor >= 0 && clauses.isVerb(governor)) {
      f.add("gov=" + word(clauses.token(governor)));
    } else if (governor < 0) {
      f.add("root");
    }
    f.add("wn=" + sense + "|" + frame);
    f.add("wn=" + sense + "|s=" + subject);
    f.add("frame=" + frame + "|s=" + subject);
    if (quoted.intersects(sentenceBits(clauses, verb))) {
      f.add("quote-in-sentence");
    }
    if (quoteNear(clauses, quoted, verb)) {
      f.add("quote-near");
    }
    if (underLexiconCue(clauses, verb)) {
      f.add("under-cue");
    }
    int end = Math.min(clauses.sentenceOf(verb).end(), verb + 4);
    for (int i = verb + 1; i < end; i++) {
      if (clauses.token(i).text().equals(":")) {
        f.add("colon-after");
      }
    }
    if (!inLexicon(clauses, verb)) {
      return List.copyOf(f);
    }
    return f.stream().map(x -> LEXICON_PREFIX + x).toList();
  }

  /** The frame that most often carries reported content: clause, to, object, preposition, none. */
  private static String strongerFrame(String current, String rel, Clauses clauses, int child) {
    String candidate = switch (rel) {
      case "ccomp", "csubj" -> "clause";
      case "xcomp" -> clauses.hasMark(child, "to") ? "to" : "xcomp";
      case "obj" -> "obj";
      default -> rel.startsWith("obl") ? "prep" : "none";
    };
    List<String> order = List.of("clause", "to", "obj", "xcomp", "prep", "none");
    return order.indexOf(candidate) < order.indexOf(current) ? candidate : current;
  }

  private static String subjectKind(Clauses clauses, BitSet quoted, int verb) {
    int s = clauses.subject(verb);
    if (s < 0) {
      return clauses.child(verb, Set.of("aux:pass")) >= 0 ? "passive" : "none";
    }
    Token t = clauses.token(s);
    if (quoted.get(s)) {
      return "quoted";
    }
    if (PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
      return "pronoun";
    }
    if (NerTag.of(t) == NerTag.PERSON) {
      return "person";
    }
    if (NerTag.of(t) == NerTag.ORGANIZATION) {
      return "organization";
    }
    return PennTag.of(t).isProperNoun() ? "name" : PennTag.of(t).isNoun() ? "noun" : "other";
  }

  /** True when a lexicon verb governs this one: "he said they support ...". */
  private boolean underLexiconCue(Clauses clauses, int verb) {
    int at = clauses.treeParent(verb);
    for (int hops = 0; at >= 0 && hops < ANCESTOR_HOPS; hops++) {
      Token t = clauses.token(at);
      if (PennTag.of(t).isVerb() && lexicon.verb(t.lemma()) != null) {
        return true;
      }
      at = clauses.treeParent(at);
    }
    return false;
  }

  private static BitSet sentenceBits(Clauses clauses, int token) {
    BitSet b = new BitSet();
    b.set(clauses.sentenceOf(token).first(), clauses.sentenceOf(token).end());
    return b;
  }

  private static boolean quoteNear(Clauses clauses, BitSet quoted, int verb) {
    int first = Math.max(clauses.sentenceOf(verb).first(), verb - QUOTE_WINDOW);
    int end = Math.min(clauses.sentenceOf(verb).end(), verb + QUOTE_WINDOW + 1);
    int next = quoted.nextSetBit(first);
    return next >= 0 && next < end;
  }
}
