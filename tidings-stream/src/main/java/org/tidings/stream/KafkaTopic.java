package org.tidings.stream;

import java.net.URI;
import java.util.Objects;

/**
 * A Kafka topic named by a URL: {@code kafka://host:port[,host:port...]/topic}.
 *
 * <p>Immutable.
 *
 * @param bootstrapServers the brokers to start from, comma-separated {@code host:port}, never null
 * @param topic the topic name, never null
 */
public record KafkaTopic(String bootstrapServers, String topic) {

  public KafkaTopic {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(topic, "topic");
  }

  /**
   * Parses a {@code kafka://} URL.
   *
   * @throws IllegalArgumentException with the reason when it is not one
   */
  public static KafkaTopic parse(String url) {
    String prefix = "kafka://";
    if (url == null || !url.startsWith(prefix)) {
      throw new IllegalArgumentException("not a Kafka topic URL (kafka://host:port/topic): " + url);
    }
    String rest = url.substring(prefix.length());
    int slash = rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      throw new IllegalArgumentException("a Kafka topic URL names brokers and a topic (kafka://host:port/topic): " + url);
    }
    String servers = rest.substring(0, slash);
    String topic = rest.substring(slash + 1);
    for (String server : servers.split(",")) {
      URI hostPort = URI.create("kafka://" + server);
      if (hostPort.getHost() == null || hostPort.getPort() < 0) {
        throw new IllegalArgumentException("broker " + server + " is not host:port in " + url);
      }
    }
    if (!topic.matches("[A-Za-z0-9._-]{1,249}")) {
      throw new IllegalArgumentException("invalid Kafka topic name \"" + topic + "\" (letters, digits, '.', '_', '-') in " + url);
    }
    return new KafkaTopic(servers, topic);
  }

  @Override
  public String toString() {
    return "kafka://" + bootstrapServers + "/" + topic;
  }
}
