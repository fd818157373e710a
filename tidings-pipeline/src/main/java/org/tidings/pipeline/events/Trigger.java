package org.tidings.pipeline.events;

/**
 * A token coded as an event trigger.
 *
 * @param token token index into the document
 * @param entry the lexicon frame it matched
 * @param viaWordNet true when the lemma reached the frame through a WordNet synonym
 */
record Trigger(int token, LexiconEntry entry, boolean viaWordNet) {}
