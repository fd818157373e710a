/**
 * The project's annotated event corpus ({@code corpus/events}): reading it, aligning its events to
 * coded documents, the scorer with {@code shared/annotation/score_events.py}'s definitions
 * ({@code events-corpus}, {@code events-agreement}) and the trainer of the learned event coder
 * ({@code tidings train events}).
 *
 * <p>Depends on the pipeline and the model; the command line depends on it.
 */
package org.tidings.eval.events.corpus;
