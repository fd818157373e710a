/**
 * Scorers of events (PLOVER, PETRARCH-2 agreement, MEANTIME) and the training tool of the event
 * confidence model.
 *
 * <p>Depends on {@code org.tidings.eval} and the pipeline.
 */
package org.tidings.eval.events;
