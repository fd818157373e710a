package org.tidings.pipeline.events;

import java.util.List;
import java.util.Set;
import org.tidings.model.Dependency;
import org.tidings.model.Token;
import org.tidings.pipeline.lexicon.WordNetSenses;
import org.tidings.pipeline.syntax.PennTag;

/**
 * Finds event triggers: verbs and common nouns whose lemma (or a WordNet synonym of it) has a
 * lexicon frame whose object, preposition and particle constraints the parse satisfies. The most
 * specific satisfied frame wins ("hold" + obj "drills" over bare "hold"); a WordNet match takes
 * only verb frames without an object or modifier constraint and not marked exact, since those
 * were written for the listed verb's particular sense, and never one of force or coercion
 * ({@link #LISTED_ONLY}).
 *
 * <p>Thread-safe: keeps no per-document state.
 */
final class TriggerFinder {
  /** Verbs never coded as triggers on their own: auxiliaries and light verbs. */
  private static final Set<String> NEVER = Set.of("be", "have", "do", "get", "make", "take", "go", "come");
  /**
   * CAMEO roots WordNet may not reach: force posture, coercion, assault, fighting and mass violence.
   * A synonym of "fight" is also "oppose", of "curb" also "restrict": those verbs are far more often
   * disapproval or plain description than force, and coding force wrongly is worse than not coding.
   */
  private static final Set<String> LISTED_ONLY = Set.of("15", "17", "18", "19", "20");

  /** Object heads that name a share of their "of" phrase, which is what the verb acts on. */
  private static final Set<String> PARTITIVE = Set.of("part", "some", "all", "most", "half", "portion", "rest",
      "much", "many", "bulk", "share");

  private final CameoLexicon lexicon;
  private final WordNetSenses wordNet;

  TriggerFinder(CameoLexicon lexicon, WordNetSenses wordNet) {
    this.lexicon = lexicon;
    this.wordNet = wordNet;
  }

  /** The trigger at this token, or null. */
  Trigger at(DocumentView view, int i) {
    Token t = view.token(i);
    boolean verb = PennTag.of(t).isVerb();
    boolean noun = PennTag.of(t).isCommonNoun();
    if (!verb && !noun) {
      return null;
    }
    String rel = view.parse.relationOf(i);
    if (rel.equals("aux") || rel.equals("aux:pass") || rel.equals("cop") || rel.startsWith("amod")
        || rel.equals("compound")) { // "police press officer", "an assisted living facility"
      return null;
    }
    String lemma = view.lemma(i);
    if (NEVER.contains(lemma)) {
      return null;
    }
    LexiconEntry best = best(view, i, lexicon.entries(noun, lemma), false);
    if (best != null) {
      return new Trigger(i, best, false);
    }
    if (lexicon.has(noun, lemma)) {
      return null; // listed, but no frame fits the parse: WordNet must not override the lexicon
    }
    if (noun) {
      return null; // nouns are too polysemous for synonym lookup ("attempt" is also "attack")
    }
    for (String synonym : wordNet.synonyms(lemma, false)) {
      best = best(view, i, lexicon.entries(noun, synonym), true);
      if (best != null) {
        return new Trigger(i, best, true);
      }
    }
    return null;
  }

  private LexiconEntry best(DocumentView view, int i, List<LexiconEntry> entries, boolean generalised) {
    LexiconEntry best = null;
    for (LexiconEntry e : entries) {
      if (generalised && (e.exact() || !e.objects().isEmpty() || !e.modifiers().isEmpty()
          || LISTED_ONLY.contains(e.code().substring(0, 2)))) {
        continue;
      }
      if (fits(view, i, e) && (best == null || e.specificity() > best.specificity())) {
        best = e;
      }
    }
    return best;
  }

  private static boolean fits(DocumentView view, int i, LexiconEntry e) {
    boolean intransitive = e.objects().contains(LexiconEntry.NO_OBJECT);
    boolean objectOk = e.objects().isEmpty() || intransitive;
    boolean modifierOk = e.modifiers().isEmpty();
    boolean prepOk = e.prep().isEmpty();
    boolean particleOk = e.particle().isEmpty();
    for (Dependency d : view.parse.children(i)) {
      String r = d.relation();
      String lemma = view.lemma(d.dependent());
      if (PARTITIVE.contains(lemma) && (r.equals("obj") || r.equals("nsubj:pass"))) {
        int whole = view.child(d.dependent(), "nmod:of"); // "suspended part of its aid programme"
        lemma = whole < 0 ? lemma : view.lemma(whole);
      }
      if (intransitive && (r.equals("obj") || r.equals("ccomp"))) {
        return false; // "demonstrated that ...", "demonstrated its power": showing, not protesting
      }
      if (!objectOk && (r.equals("obj") || r.equals("nsubj:pass"))
          && (e.objects().contains(lemma) || e.objects().contains(singular(lemma)) || e.objects().contains("*"))) {
        objectOk = true;
      }
      if (!modifierOk && (r.equals("compound") || r.equals("amod")) && e.modifiers().contains(lemma)) {
        modifierOk = true;
      }
      if (!prepOk && (r.equals("obl:" + e.prep()) || r.equals("nmod:" + e.prep()))) {
        prepOk = true;
      }
      if (!particleOk && r.equals("compound:prt") && lemma.equals(e.particle())) {
        particleOk = true;
      }
    }
    return objectOk && modifierOk && prepOk && particleOk;
  }

  /** "troops" to "troop": the lemmatiser keeps some plurals whole (plural-only senses). */
  private static String singular(String lemma) {
    return lemma.length() > 3 && lemma.endsWith("s") && !lemma.endsWith("ss") ? lemma.substring(0, lemma.length() - 1) : lemma;
  }
}
