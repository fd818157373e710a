package org.tidings.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KafkaTopicTest {
  @Test
  void readsBrokersAndTopic() {
    KafkaTopic t = KafkaTopic.parse("kafka://k1:9092,k2:9093/news.en");
    assertEquals("k1:9092,k2:9093", t.bootstrapServers());
    assertEquals("news.en", t.topic());
    assertEquals("kafka://k1:9092,k2:9093/news.en", t.toString());
  }

  @Test
  void rejectsWhatIsNotATopicUrlWithTheReason() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> KafkaTopic.parse("http://k1:9092/news"))
        .getMessage().startsWith("not a Kafka topic URL"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> KafkaTopic.parse("kafka://k1:9092/"))
        .getMessage().contains("names brokers and a topic"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> KafkaTopic.parse("kafka://k1/news"))
        .getMessage().contains("is not host:port"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> KafkaTopic.parse("kafka://k1:9092/a b"))
        .getMessage().contains("invalid Kafka topic name"));
  }
}
