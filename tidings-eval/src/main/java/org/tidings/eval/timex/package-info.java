/**
 * The TempEval-3 time expression scorer (TimeML reading, extent, type and value F1).
 *
 * <p>Depends on {@code org.tidings.eval} and the pipeline.
 */
package org.tidings.eval.timex;
