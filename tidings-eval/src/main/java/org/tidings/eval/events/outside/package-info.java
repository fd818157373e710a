/**
 * Outside checks of the event coder on public labelled data that Tidings never trains on: the
 * ConfliBERT CAMEO sentences (coarse classes) and the WikiEvents test split (KAIROS types and
 * arguments), each mapped to PLOVER. The data is not bundled; each scorer reads a local copy (see
 * docs/event-data.md).
 *
 * <p>Depends on {@code org.tidings.eval}, {@code org.tidings.eval.events} and the pipeline.
 */
package org.tidings.eval.events.outside;
