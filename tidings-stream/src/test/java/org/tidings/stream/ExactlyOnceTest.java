package org.tidings.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Outcome;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.events.EventsConfig;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.RawArticle;
import org.tidings.pipeline.extract.TextCleaner;
import org.tidings.pipeline.places.PlaceResources;
import org.tidings.store.EventStore;
import org.tidings.store.EventStores;
import org.tidings.store.IngestResult;
import org.tidings.store.StoreLocation;

/**
 * Two coding workers in one consumer group on a real Kafka 4 broker (KRaft, in process), one of
 * them killed mid-way at the worst moment (its article stored, its offset not committed): every
 * article is stored exactly once, the uncommitted one is delivered again and changes nothing, and
 * a malformed message is stored as a failed outcome.
 */
class ExactlyOnceTest {
  private static final String[][] STORIES = {
      {"Paris", "France", "Germany", "Berlin", "energy prices"},
      {"Nairobi", "Kenya", "Uganda", "Kampala", "a border dispute"},
      {"Lima", "Peru", "Chile", "Santiago", "fishing rights"},
      {"Hanoi", "Vietnam", "Cambodia", "Phnom Penh", "river dams"},
      {"Ankara", "Turkey", "Greece", "Athens", "migration"},
      {"Accra", "Ghana", "Nigeria", "Abuja", "cocoa exports"},
      {"Oslo", "Norway", "Sweden", "Stockholm", "fishing quotas"},
      {"Manila", "the Philippines", "Indonesia", "Jakarta", "piracy"},
  };

  @Test
  void everyArticleIsStoredOnceThoughAWorkerDies(@TempDir Path dir) throws InterruptedException {
    try (InProcessKafka kafka = new InProcessKafka();
        EventStore store = EventStores.open(StoreLocation.parse(dir.resolve("stream.duckdb").toString()))) {
      KafkaTopic topic = KafkaTopic.parse("kafka://" + kafka.bootstrapServers() + "/articles");
      kafka.createTopic(topic.topic(), 2);

      Set<String> ids = new java.util.HashSet<>();
      try (KafkaArticleSink sink = new KafkaArticleSink(topic)) {
        TextCleaner cleaner = new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS);
        for (int i = 0; i < STORIES.length; i++) {
          String[] s = STORIES[i];
          String text = "The foreign ministers of " + s[1] + " and " + s[2] + " met in " + s[0] + " on Monday to discuss "
              + s[4] + ". The minister of " + s[1] + " said talks would continue in " + s[3] + " next week.";
          InputItem item = cleaner.clean(new RawArticle("https://news.example.org/" + i, null, "https://news.example.org/" + i,
              "Example News", "Talks in " + s[0], "2024-05-0" + (i + 1), null, text));
          sink.accept(item);
          ids.add(((InputItem.Read) item).article().id());
        }
        assertEquals(STORIES.length, sink.sent());
      }
      try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
          kafka.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
        raw.send(new ProducerRecord<>(topic.topic(), 0, null, "{\"article\": ".getBytes(StandardCharsets.UTF_8)));
      }
      int messages = STORIES.length + 1;

      PipelineResources resources = PipelineResources.load(AnnotatorConfig.DEFAULT, PlaceResources.builtIn());
      Map<String, List<IngestResult.Status>> byArticle = new ConcurrentHashMap<>();
      Map<String, List<String>> workedBy = new ConcurrentHashMap<>();
      AtomicInteger storedOnce = new AtomicInteger();
      java.util.concurrent.CountDownLatch doomedStored = new java.util.concurrent.CountDownLatch(1);
      class Recorder implements KafkaCodingWorker.Listener {
        final String name;
        final boolean dieAtFirst;

        Recorder(String name, boolean dieAtFirst) {
          this.name = name;
          this.dieAtFirst = dieAtFirst;
        }

        @Override
        public void stored(String origin, Outcome outcome, IngestResult result) {
          byArticle.computeIfAbsent(result.articleId(), k -> Collections.synchronizedList(new ArrayList<>())).add(result.status());
          workedBy.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(origin);
          if (result.status() == IngestResult.Status.STORED) {
            storedOnce.incrementAndGet();
          }
          if (dieAtFirst) {
            doomedStored.countDown();
            throw new WorkerKilled(name + " killed after storing " + origin + ", before committing it");
          }
        }
      }
      KafkaCodingWorker doomed = new KafkaCodingWorker(topic, "coders",
          () -> Pipelines.standard(resources, EventsConfig.DEFAULT), store, new Recorder("doomed", true), null);
      KafkaCodingWorker survivor = new KafkaCodingWorker(topic, "coders",
          () -> Pipelines.standard(resources, EventsConfig.DEFAULT), store, new Recorder("survivor", false), Duration.ofSeconds(20));
      Map<String, Throwable> died = new HashMap<>();
      Thread a = new Thread(() -> {
        try {
          doomed.run();
        } catch (WorkerKilled e) {
          died.put("doomed", e);
        }
      }, "doomed");
      Thread b = new Thread(survivor, "survivor");
      // The survivor joins the group once the doomed worker holds a stored, uncommitted record: started
      // together, a survivor that got both partitions first could code every message before the doomed
      // worker's first poll (seen in CI on a busy machine), leaving nothing to kill it on.
      a.start();
      assertTrue(doomedStored.await(3, java.util.concurrent.TimeUnit.MINUTES), "the doomed worker got a record");
      b.start();
      a.join(Duration.ofMinutes(5).toMillis());
      b.join(Duration.ofMinutes(5).toMillis());

      assertTrue(died.containsKey("doomed"), "the doomed worker was killed mid-way: " + workedBy);
      assertEquals(1, workedBy.get("doomed").size());
      String redelivered = workedBy.get("doomed").get(0);
      assertTrue(workedBy.get("survivor").contains(redelivered), "the uncommitted record went to the survivor: " + workedBy);
      assertEquals(messages, storedOnce.get(), "each message's outcome stored once");
      assertEquals(messages, byArticle.size());
      for (var e : byArticle.entrySet()) {
        assertEquals(IngestResult.Status.STORED, e.getValue().get(0), e.getKey());
        for (IngestResult.Status later : e.getValue().subList(1, e.getValue().size())) {
          assertEquals(IngestResult.Status.UNCHANGED, later, "a redelivered article changes nothing: " + e.getKey());
        }
      }
      assertTrue(byArticle.keySet().containsAll(ids));
      assertEquals(messages, store.stats().articles());
      long failed = byArticle.keySet().stream().filter(id -> store.article(id).orElseThrow().outcome().equals("failed")).count();
      assertEquals(1, failed, "the malformed message is a stored failure");
    }
  }

  /** What the doomed worker dies of. */
  private static final class WorkerKilled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WorkerKilled(String message) {
      super(message);
    }
  }
}
