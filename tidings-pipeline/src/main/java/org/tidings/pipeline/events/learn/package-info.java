/**
 * The learned event coder's model: features, linear and one-hidden-layer softmax classifiers and
 * their deterministic trainers, the trained {@link org.tidings.pipeline.events.learn.EventModel}
 * with its card, and the encoders a model may name.
 *
 * <p>Depends on Jackson and {@code encode} only; {@code events} (the coder and its candidates) and
 * tidings-eval (the trainer) depend on it.
 */
package org.tidings.pipeline.events.learn;
