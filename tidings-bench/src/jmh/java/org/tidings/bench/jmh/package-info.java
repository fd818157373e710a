/**
 * JMH micro-benchmarks of single stages, built only with the {@code jmh} profile.
 *
 * <p>Depends on the pipeline.
 */
package org.tidings.bench.jmh;
