package org.tidings.pipeline.events;

import java.util.List;
import java.util.Set;
import org.tidings.model.Dependency;
import org.tidings.model.Modality;

/**
 * Whether an event happened, is reported, intended, denied or feared, read from the parse: the
 * trigger's own auxiliaries and negation, then up through the clauses that embed it (xcomp, ccomp,
 * a noun's content clause) until a speech verb, whose subject reports it.
 *
 * <p>Precedence when several cues apply: negated, hypothetical, intended, reported, asserted.
 * Thread-safe.
 */
final class ModalityReader {
  /** What was read for one trigger. */
  record Reading(Modality modality, int speechVerb, boolean intended, boolean refused) {}

  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo", "would");
  private static final Set<String> POSSIBLE = Set.of("may", "might", "could");
  private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
  /** Words whose complement is intended: "vowed to help", "plans to visit". */
  static final Set<String> INTENT = Set.of("vow", "pledge", "promise", "plan", "intend", "aim", "threaten",
      "offer", "prepare", "prepared", "expect", "seek", "want", "hope", "agree", "decide", "swear", "willing",
      "ready", "committed", "determined", "set");
  /** Nouns whose clause is intended: "the pledge to resign", "a plan to visit", "his offer to help". */
  static final Set<String> INTENT_NOUNS = Set.of("pledge", "promise", "plan", "vow", "offer", "threat",
      "intention", "bid", "commitment", "proposal", "decision", "readiness", "willingness");
  /** Words whose complement is refused: "refused to meet", "declined to resign". */
  static final Set<String> REFUSAL = Set.of("refuse", "decline", "fail");
  /** Words whose complement is only possible or feared. */
  private static final Set<String> HYPOTHETICAL = Set.of("possible", "likely", "fear", "concern", "worry",
      "risk", "danger", "unlikely", "could", "if");
  /** Verbs whose complement someone is asked or pushed to do: not done ("urged him to concede"). */
  private static final Set<String> DIRECTIVE = Set.of("urge", "ask", "push", "press", "encourage", "persuade",
      "pressure", "request", "invite", "implore", "advise", "instruct", "tell", "order", "direct");
  private static final Set<String> DENIAL = Set.of("deny", "reject", "dismiss");
  private static final Set<String> EMBEDDING = Set.of("xcomp", "ccomp", "csubj", "acl", "parataxis", "dep");

  private final CameoLexicon lexicon;

  ModalityReader(CameoLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Reading read(DocumentView v, int trigger) {
    boolean negated = false;
    boolean possible = false;
    boolean intended = false;
    boolean refused = false;
    int speech = -1;
    int at = trigger;
    boolean conjunct = false; // at a first conjunct: its own auxiliaries and negation are not shared
    for (int step = 0; step < 6 && at >= 0; step++) {
      for (Dependency d : conjunct ? List.<Dependency>of() : v.parse.children(at)) {
        String r = d.relation();
        String lemma = v.lemma(d.dependent());
        if (r.equals("aux")) {
          intended |= FUTURE.contains(lemma);
          possible |= POSSIBLE.contains(lemma);
        } else if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && NEGATION.contains(lemma)
            && (r.equals("advmod") || r.equals("neg"))) {
          negated = true;
        } else if (r.equals("mark") && lemma.equals("if")) {
          possible = true;
        } else if (r.equals("nsubj:xsubj") && INTENT_NOUNS.contains(lemma)) {
          intended = true; // "made an offer to resign": the parser makes the offer the resigner
        }
      }
      String rel = v.parse.relationOf(at);
      int gov = v.parse.governorOf(at);
      if (rel.startsWith("conj") && gov >= 0 && v.tag(gov).isVerb()
          && v.tag(at).isVerb() && !lexicon.isSpeech(v.lemma(gov))) {
        at = gov; // "the pledge to begin X and to resign": a conjunct shares the first one's embedding
        conjunct = true;
        continue;
      }
      conjunct = false;
      boolean embedded = EMBEDDING.contains(rel) || (rel.equals("obj") && !v.tag(at).isVerb());
      if (!embedded || gov < 0) {
        break;
      }
      String g = v.lemma(gov);
      if (lexicon.isSpeech(g) && !rel.equals("obj")) {
        speech = gov;
        negated |= DENIAL.contains(g);
        break;
      }
      if (lexicon.isSpeech(g) && rel.equals("obj")) {
        speech = gov; // "voiced concerns that ...": the noun's clause is the verb's content
        possible |= HYPOTHETICAL.contains(v.lemma(at));
        break;
      }
      intended |= rel.equals("xcomp") && INTENT.contains(g)
          || rel.equals("acl") && !v.tag(gov).isVerb() && INTENT_NOUNS.contains(g);
      refused |= rel.equals("xcomp") && REFUSAL.contains(g);
      possible |= HYPOTHETICAL.contains(g) || rel.equals("xcomp") && DIRECTIVE.contains(g);
      negated |= DENIAL.contains(g) && rel.equals("ccomp");
      at = gov;
    }
    refused |= negated && intended;
    Modality m = negated || refused ? Modality.NEGATED
        : possible ? Modality.HYPOTHETICAL
        : intended ? Modality.INTENDED
        : speech >= 0 ? Modality.REPORTED
        : Modality.ASSERTED;
    return new Reading(m, speech, intended, refused);
  }
}
