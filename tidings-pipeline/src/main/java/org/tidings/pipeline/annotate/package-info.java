/**
 * The annotate stage, and the only package that uses Stanford CoreNLP: tokens, sentences, POS,
 * lemmas, named entities, SUTime expressions (in windows, see {@code TimeCandidates}) and dependency
 * parses from our own arc-standard inference over CoreNLP's parser model.
 *
 * <p>Depends on the model, CoreNLP and the root package's {@code Stage}. Only the root package builds
 * it; tidings-bench uses its public SUTime hooks to measure SUTime's cost.
 */
package org.tidings.pipeline.annotate;
