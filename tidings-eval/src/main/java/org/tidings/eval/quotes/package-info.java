/**
 * The PolNeAR quote scorer, CoreNLP's quote attributor as its baseline, and the tools that count,
 * measure and train the cue model on PolNeAR.
 *
 * <p>Depends on {@code org.tidings.eval}, the pipeline and CoreNLP.
 */
package org.tidings.eval.quotes;
