/**
 * Scorers for the public benchmarks and the project's annotated corpora: each takes a data path,
 * checks it against the corpus manifest ({@link org.tidings.eval.CorpusManifest}) and prints a table
 * or JSON.
 *
 * <p>Depends on tidings-pipeline (and CoreNLP for baselines). tidings-cli and tidings-train depend on
 * it.
 */
package org.tidings.eval;
