package org.tidings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.tidings.model.Outcome;
import org.tidings.pipeline.PipelineConfig;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.places.PlaceResources;
import org.tidings.pipeline.watch.ArticleSink;
import org.tidings.pipeline.watch.FeedSubscription;
import org.tidings.pipeline.watch.FeedWatcher;
import org.tidings.pipeline.watch.OutcomeFileSink;
import org.tidings.stream.KafkaArticleSink;
import org.tidings.stream.KafkaTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidings watch FEEDS.txt}: polls the feeds, fetches new items' pages and appends one
 * outcome per item to a JSONL file (which {@code ingest} reads back), or sends it to a running
 * server ({@code --server}) that codes, stores and indexes it; until stopped (or for one round with
 * {@code --once}), or publishes it to a Kafka topic ({@code --to}) for the workers of {@code
 * tidings consume}. What was seen survives restarts in a state file.
 */
@Command(name = "watch", description = "Watch news feeds; fetch, extract and annotate every new item once.")
final class WatchCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "Feeds file: one feed URL a line, optionally followed by its own interval (e.g. 5m).")
  Path feeds;

  @Option(names = {"-o", "--out"}, description = "Output JSONL, appended to (default: DATA/watch/outcomes.jsonl).")
  Path out;

  @Mixin ServerOptions serverOptions = new ServerOptions();

  @Option(names = "--once", description = "Poll every due feed and retry every due page once, then exit (for cron and tests).")
  boolean once;

  @Mixin WatchOptions watchOptions = new WatchOptions();

  @Option(names = "--config", description = "Pipeline settings JSON file (unknown keys are rejected).")
  Path config;

  @Option(names = "--to", description = "Publish every new item to a Kafka topic (kafka://host:port/topic) instead of"
      + " annotating it: workers of `tidings consume` code and store them.")
  String to;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<FeedSubscription> subscriptions = FeedSubscription.readAll(feeds);
    watchOptions.settings(); // refuses bad intervals before anything starts
    PipelineConfig pipelineConfig = config == null ? PipelineConfig.DEFAULT : PipelineConfig.read(config);
    if (serverOptions.given() && out != null) {
      throw new IllegalArgumentException("--server and --out exclude each other: the server stores what is sent");
    }
    if (to != null && (serverOptions.given() || out != null)) {
      throw new IllegalArgumentException("--to excludes --server and --out: the topic's consumers code and store what is published");
    }
    int[] counts = new int[3];
    Consumer<String> log = line -> err.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
    String target;
    Closeable closing;
    ArticleSink sink;
    KafkaArticleSink kafka = null;
    if (to != null) {
      kafka = new KafkaArticleSink(KafkaTopic.parse(to));
      target = to;
      closing = kafka::close;
      sink = kafka;
    } else if (serverOptions.given()) {
      ServerClient client = serverOptions.client();
      target = serverOptions.server;
      closing = () -> {};
      sink = item -> {
        JsonNode result = client.post(List.of(ServerClient.record(item))).get(0);
        String outcome = result.path("outcome").asText();
        counts["coded".equals(outcome) ? 0 : "skipped".equals(outcome) ? 1 : 2]++;
      };
    } else {
      Path outFile = out != null ? out : DataDirectory.resolve().resolve("watch").resolve("outcomes.jsonl");
      target = outFile.toString();
      PlaceResources places = PlaceResources.builtIn().loadInBackground();
      OutcomeFileSink file =
          new OutcomeFileSink(
              outFile,
              () -> Pipelines.standard(PipelineResources.load(pipelineConfig.annotator(), places), pipelineConfig.events()),
              outcome -> counts[outcome instanceof Outcome.Coded ? 0 : outcome instanceof Outcome.Skipped ? 1 : 2]++);
      closing = file;
      sink = file;
    }
    try (closing) {
      FeedWatcher watcher = watchOptions.watcher(subscriptions, pipelineConfig.maxChars(), sink, log);
      if (once) {
        FeedWatcher.Round round;
        try {
          round = watcher.round();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return 130;
        }
        String items = kafka != null ? String.format(Locale.ROOT, "%d new items published", kafka.sent())
            : String.format(Locale.ROOT, "%d new items, %d coded, %d skipped, %d failed", round.delivered(), counts[0], counts[1], counts[2]);
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
            "%d feeds polled (%d not modified, %d failed): %s; %d pages waiting for a retry -> %s",
            round.feedsPolled(), round.notModified(), round.feedFailures(), items, round.retriesWaiting(), target));
      } else {
        err.println("watching " + subscriptions.size() + " feeds -> " + target + " (Ctrl-C to stop)");
        watcher.run();
      }
    }
    return 0;
  }
}
