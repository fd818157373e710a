package org.tidings.pipeline.quotes;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Set;

/**
 * The learned cue model with the features it reads: which verbs the lexicon lacks are cues, and
 * which uses of lexicon verbs are not. Thread-safe as its parts are.
 */
record LearnedCues(CueFeatures features, CueModel model) {
  /** Content forms a learned cue may take. */
  static final Set<CueLexicon.Content> LEARNED_CONTENTS = EnumSet.allOf(CueLexicon.Content.class);

  LearnedCues {
    java.util.Objects.requireNonNull(features, "features");
    java.util.Objects.requireNonNull(model, "model");
  }

  /** True when the model takes this verb (one the lexicon lacks) for a cue. */
  boolean accepts(Clauses clauses, BitSet quoted, int verb) {
    return features.isCandidate(clauses, quoted, verb) && model.accepts(features.features(clauses, quoted, verb));
  }

  /** The noun or adjective at {@code i} when the model takes it for a cue, else null. */
  NominalCue acceptsNominal(Clauses clauses, BitSet quoted, int i) {
    NominalCue n = features.nominal(clauses, quoted, i);
    return n != null && model.acceptsNominal(features.nominalFeatures(clauses, quoted, n)) ? n : null;
  }

  /** True when the model is sure enough that this use of a lexicon verb is a cue to read it with every content form. */
  boolean widens(Clauses clauses, BitSet quoted, int verb) {
    return features.isCandidate(clauses, quoted, verb) && model.widens(features.features(clauses, quoted, verb));
  }

  /** True when the model rejects this use of a lexicon verb. */
  boolean rejects(Clauses clauses, BitSet quoted, int verb) {
    return features.isCandidate(clauses, quoted, verb) && model.rejects(features.features(clauses, quoted, verb));
  }
}
