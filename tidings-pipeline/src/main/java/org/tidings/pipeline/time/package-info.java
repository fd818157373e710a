/**
 * The time stage: finds time expressions (with SUTime's candidates) and resolves them against the
 * publication date, with tense and calendar anchors.
 *
 * <p>Depends on the model and the root package's {@code Stage}. Only the root package builds it.
 */
package org.tidings.pipeline.time;
