/**
 * Benchmarks that are not JMH: end-to-end throughput against plain CoreNLP, SUTime's cost,
 * gazetteer load. Figures and commands in BENCHMARKS.md.
 *
 * <p>Depends on the pipeline and the store. Only tidings-cli depends on it.
 */
package org.tidings.bench;
