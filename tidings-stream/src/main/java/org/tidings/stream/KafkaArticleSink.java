package org.tidings.stream;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.watch.ArticleSink;

/**
 * The feed watcher's sink that publishes every item to a Kafka topic instead of coding it: the
 * record's key is the article's id (content hash; the origin for a rejection), so copies of one
 * article land in one partition, and its value an {@link ArticleMessage}. {@link #accept} returns
 * once the brokers have acknowledged the record (acks=all, idempotent producer), so the watcher
 * marks an item seen only when it is on the stream.
 *
 * <p>Not thread-safe: the watcher calls it from its one thread.
 */
public final class KafkaArticleSink implements ArticleSink, AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;
  private long sent;

  public KafkaArticleSink(KafkaTopic topic) {
    this.topic = topic.topic();
    this.producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, topic.bootstrapServers(),
        ProducerConfig.ACKS_CONFIG, "all",
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.CLIENT_ID_CONFIG, "tidings-watch"),
        new ByteArraySerializer(), new ByteArraySerializer());
  }

  @Override
  public void accept(InputItem item) {
    String key = item instanceof InputItem.Read read ? read.article().id() : item.origin();
    try {
      producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), ArticleMessage.encode(item))).get();
      sent++;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing " + item.origin(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot publish " + item.origin() + " to " + topic + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** Records acknowledged so far. */
  public long sent() {
    return sent;
  }

  @Override
  public void close() {
    producer.close();
  }
}
