package org.tidings.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.tidings.model.Outcome;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.store.EventStore;
import org.tidings.store.IngestResult;

/**
 * One coding worker of a consumer group: polls its share of the topic's partitions, codes each
 * article with its own pipeline, stores the outcome, and only then commits the record's offset.
 * A worker that dies after storing and before committing leaves the record to be delivered again
 * (to whichever worker takes the partition over); the store, keyed by content hash, takes it
 * again without change. So every article is stored exactly once, however workers die.
 *
 * <p>Run it on a thread of its own ({@link #run}); {@link #stop} may be called from any thread.
 * Several workers may share one {@link EventStore} (stores are thread-safe).
 */
public final class KafkaCodingWorker implements Runnable {
  private final KafkaTopic topic;
  private final String group;
  private final Supplier<Pipeline> pipelines;
  private final EventStore store;
  private final Listener listener;
  private final Duration idleLimit;
  private final AtomicBoolean stopping = new AtomicBoolean();

  /** What a worker reports; called on the worker's thread. */
  public interface Listener {
    /** An article's outcome is stored (its offset not committed yet): {@code result} says what the store did. */
    void stored(String origin, Outcome outcome, IngestResult result);

    /** The worker has nothing left to do: it was stopped, or found nothing new for the idle limit. */
    default void finished(String reason) {}
  }

  /**
   * @param topic the topic to consume
   * @param group the consumer group: workers of one group split the partitions
   * @param pipelines makes this worker's pipeline, on its thread
   * @param store where outcomes go
   * @param listener told of every stored outcome, never null
   * @param idleLimit stop after this long without a record; null to run until {@link #stop}
   */
  public KafkaCodingWorker(KafkaTopic topic, String group, Supplier<Pipeline> pipelines, EventStore store, Listener listener,
      Duration idleLimit) {
    this.topic = Objects.requireNonNull(topic);
    this.group = Objects.requireNonNull(group);
    this.pipelines = Objects.requireNonNull(pipelines);
    this.store = Objects.requireNonNull(store);
    this.listener = Objects.requireNonNull(listener);
    this.idleLimit = idleLimit;
  }

  /**
   * Consumes until stopped or idle. An exception from the pipeline, the store or the listener ends
   * the worker (the record in hand is not committed) and is rethrown after the consumer has left
   * the group, so that another worker takes its partitions over.
   */
  @Override
  public void run() {
    Pipeline pipeline = pipelines.get();
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, topic.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, group,
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        // one article at a time between polls: coding one takes seconds, and the group must not
        // think a busy worker dead (max.poll.interval.ms) with a long batch in hand
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1,
        ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 600_000),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(topic.topic()));
      Instant lastRecord = Instant.now();
      while (!stopping.get()) {
        var records = c.poll(Duration.ofMillis(500));
        if (records.isEmpty()) {
          if (idleLimit != null && Duration.between(lastRecord, Instant.now()).compareTo(idleLimit) >= 0) {
            listener.finished("idle for " + idleLimit.toSeconds() + " s");
            return;
          }
          continue;
        }
        for (ConsumerRecord<byte[], byte[]> record : records) {
          String origin = topic.topic() + "-" + record.partition() + "@" + record.offset();
          InputItem item = ArticleMessage.decode(record.value(), origin);
          Outcome outcome = item instanceof InputItem.Read read ? pipeline.run(read.article()) : ((InputItem.Rejected) item).toOutcome();
          IngestResult result = store.ingest(outcome);
          listener.stored(origin, outcome, result);
          c.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1)));
        }
        lastRecord = Instant.now();
      }
      listener.finished("stopped");
    }
  }

  /**
   * Asks the worker to finish after the article in hand is stored and committed (within half a
   * second when it is waiting for records); safe from any thread.
   */
  public void stop() {
    stopping.set(true);
  }
}
