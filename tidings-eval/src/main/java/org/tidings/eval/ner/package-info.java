/**
 * The CoNLL-2003 named-entity scorer (exact-span micro F1, as conlleval).
 *
 * <p>Depends on {@code org.tidings.eval} and the pipeline.
 */
package org.tidings.eval.ner;
