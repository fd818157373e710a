package org.tidings.stream;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka 4 broker in this JVM: one combined broker and controller node in KRaft mode (no
 * ZooKeeper), from Kafka's own test kit, on a free port, its logs in a temporary directory.
 */
final class InProcessKafka implements AutoCloseable {
  private final KafkaClusterTestKit cluster;

  InProcessKafka() {
    try {
      cluster = new KafkaClusterTestKit.Builder(
          new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
          .setConfigProp("offsets.topic.replication.factor", "1")
          .setConfigProp("transaction.state.log.replication.factor", "1")
          .setConfigProp("transaction.state.log.min.isr", "1")
          .setConfigProp("group.initial.rebalance.delay.ms", "0")
          .build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting Kafka", e);
    } catch (Exception e) { // the test kit's build and format declare Exception
      throw new IllegalStateException("cannot start an in-process Kafka broker: " + e, e);
    }
  }

  String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** Creates a topic with {@code partitions} partitions, replication 1. */
  void createTopic(String name, int partitions) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    try {
      cluster.close();
    } catch (Exception e) { // KafkaClusterTestKit.close declares Exception
      throw new IllegalStateException("cannot stop the in-process Kafka broker: " + e, e);
    }
  }
}
