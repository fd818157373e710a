/**
 * The standard pipeline as an Apache Spark batch job ({@code tidings spark run}): reads text,
 * JSONL, HTML and WARC/ARC input with the pipeline's own readers, codes every article with
 * {@code Pipelines.standard} (models loaded once per executor JVM by {@link
 * org.tidings.spark.ExecutorPipelines}, pipelines pooled: one per running task), and writes the store's
 * tables as Parquet partitioned by day (rows built by the store's own code, {@code
 * org.tidings.store.StoreRows}), an outcome table and the GDELT 2.0 export.
 *
 * <p>The only package that uses Spark; nothing else in Tidings depends on it.
 */
package org.tidings.spark;
