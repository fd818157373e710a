package org.tidings.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.tidings.model.Outcome;
import org.tidings.pipeline.PipelineConfig;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.Pipelines;
import org.tidings.store.EventStore;
import org.tidings.store.EventStores;
import org.tidings.store.IngestResult;
import org.tidings.store.StoreLocation;
import org.tidings.stream.KafkaCodingWorker;
import org.tidings.stream.KafkaTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidings consume kafka://host:port/topic [--db URL] [--workers N] [--group NAME]}: coding
 * workers in one consumer group; each article is stored before its offset is committed, so any
 * number of such processes (on a shared PostgreSQL store) or workers split the topic and survive
 * each other's death without losing or double-storing an article.
 */
@Command(name = "consume", description = "Code and store the articles of a Kafka topic as one of a consumer group's workers.")
final class ConsumeCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "The topic: kafka://host:port/topic.")
  String topic;

  @Option(names = "--db", description = "Store: a DuckDB file or postgresql://... URL (default: the embedded store in the data directory).")
  String db;

  @Option(names = "--group", defaultValue = "tidings", description = "Consumer group: workers of one group split the partitions (default: ${DEFAULT-VALUE}).")
  String group;

  @Option(names = "--workers", defaultValue = "1", description = "Consumers in this process, one pipeline each, sharing the models (default: ${DEFAULT-VALUE}).")
  int workers;

  @Option(names = "--until-idle", description = "Stop when no article came for this long (e.g. 30s); default: run until Ctrl-C.")
  String untilIdle;

  @Mixin PipelineOptions pipelineOptions = new PipelineOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    KafkaTopic kafka = KafkaTopic.parse(topic);
    if (workers < 1) {
      throw new IllegalArgumentException("--workers must be at least 1, not " + workers);
    }
    Duration idle = untilIdle == null ? null : org.tidings.pipeline.watch.FeedSubscription.interval(untilIdle);
    PipelineConfig config = pipelineOptions.config();
    PrintWriter err = spec.commandLine().getErr();
    StoreLocation location = db == null ? StoreLocation.embeddedIn(DataDirectory.resolve()) : StoreLocation.parse(db);
    PipelineResources resources = PipelineResources.load(config.annotator(), pipelineOptions.places());
    AtomicInteger stored = new AtomicInteger();
    java.util.Map<String, AtomicInteger> byWorker = new java.util.concurrent.ConcurrentSkipListMap<>();
    AtomicInteger unchanged = new AtomicInteger();
    java.util.concurrent.atomic.AtomicLong lastStored = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    long start = System.nanoTime();
    try (EventStore store = EventStores.open(location)) {
      KafkaCodingWorker.Listener listener = (origin, outcome, result) -> {
        (result.status() == IngestResult.Status.UNCHANGED ? unchanged : stored).incrementAndGet();
        lastStored.set(System.nanoTime());
        byWorker.computeIfAbsent(Thread.currentThread().getName(), k -> new AtomicInteger()).incrementAndGet();
        if (!(outcome instanceof Outcome.Coded)) {
          err.println(origin + ": " + (outcome instanceof Outcome.Skipped s ? "skipped: " + s.reason() : "failed: " + ((Outcome.Failed) outcome).reason()));
        }
      };
      List<KafkaCodingWorker> running = new ArrayList<>();
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        KafkaCodingWorker worker = new KafkaCodingWorker(kafka, group, () -> Pipelines.standard(resources, config.events()),
            store, listener, idle);
        Thread t = new Thread(() -> {
          try {
            worker.run();
          } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
          }
        }, "tidings-consumer-" + (i + 1));
        running.add(worker);
        threads.add(t);
      }
      Thread stopper = new Thread(() -> running.forEach(KafkaCodingWorker::stop));
      Runtime.getRuntime().addShutdownHook(stopper);
      err.println(workers + " worker(s) in group " + group + " consuming " + kafka + " -> " + location
          + (idle == null ? " (Ctrl-C to stop)" : ""));
      threads.forEach(Thread::start);
      for (Thread t : threads) {
        t.join();
      }
      try {
        Runtime.getRuntime().removeShutdownHook(stopper);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is what stopped the workers; the summary below is still printed
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    // the rate runs to the last stored article: the idle wait before stopping is not work
    double seconds = (lastStored.get() - start) / 1e9;
    spec.commandLine().getOut().println(String.format(Locale.ROOT,
        "%d articles stored, %d delivered again (unchanged), %.1f s from the first poll to the last article (%.2f articles/s);"
            + " by worker %s -> %s",
        stored.get(), unchanged.get(), seconds, stored.get() / seconds, byWorker, location));
    return 0;
  }
}
