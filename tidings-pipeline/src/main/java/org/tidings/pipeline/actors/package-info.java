/**
 * The actors stage: merges the mentions of each person, organisation and state of an article into
 * one {@link org.tidings.model.Actor} and codes it (country and CAMEO role) from the actor
 * dictionary or from in-text descriptions ("Tajikistan's national security chief").
 *
 * <p>Depends on the model, {@code syntax} and the root package's {@code Stage}. Later stages read its
 * layer through the model; only the root package builds it.
 */
package org.tidings.pipeline.actors;
