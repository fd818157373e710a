/**
 * The quotes stage: direct, partial and reported quotes with their cue, speaker and speaker's
 * actor, from speech-cue rules and a learned cue model.
 *
 * <p>Depends on the model, {@code syntax}, the root package's {@code Stage}, and WordNet through
 * functions handed in by the root package (from {@code lexicon}); never on {@code events}. Only the
 * root package and tools (tidings-eval) depend on it.
 */
package org.tidings.pipeline.quotes;
