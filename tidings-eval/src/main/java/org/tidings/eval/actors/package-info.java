/**
 * Scorers of actors: PLOVER actor codes and MEANTIME entities.
 *
 * <p>Depends on {@code org.tidings.eval} and the pipeline.
 */
package org.tidings.eval.actors;
