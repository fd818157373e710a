/**
 * A shared stream of articles over Apache Kafka (the only package that uses the Kafka client):
 * {@link org.tidings.stream.KafkaArticleSink} publishes what the feed watcher finds to a topic
 * ({@code tidings watch --to kafka://host:port/topic}); {@link org.tidings.stream.KafkaCodingWorker}s
 * in one consumer group split its partitions, code each article and store it, committing the
 * offset only after the store has it ({@code tidings consume kafka://...}). Delivery is at least
 * once; the store is idempotent (articles are keyed by content hash), so the effect is exactly once.
 *
 * <p>Depends on the pipeline (to code) and the store (to keep); nothing but the command line
 * depends on it.
 */
package org.tidings.stream;
