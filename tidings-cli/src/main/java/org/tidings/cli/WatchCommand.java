package org.tidings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tidings.model.Outcome;
import org.tidings.pipeline.PipelineConfig;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.extract.InputDefaults;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;
import org.tidings.pipeline.places.PlaceResources;
import org.tidings.pipeline.watch.ArticleSink;
import org.tidings.pipeline.watch.FeedSubscription;
import org.tidings.pipeline.watch.FeedWatcher;
import org.tidings.pipeline.watch.OutcomeFileSink;
import org.tidings.pipeline.watch.WatchClock;
import org.tidings.pipeline.watch.WatchConfig;
import org.tidings.pipeline.watch.WatchState;
import org.tidings.stream.KafkaArticleSink;
import org.tidings.stream.KafkaTopic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidings watch FEEDS.txt}: polls the feeds, fetches new items' pages and appends one
 * outcome per item to a JSONL file, until stopped (or for one round with {@code --once}). What was
 * seen survives restarts in a state file.
 */
@Command(name = "watch", description = "Watch news feeds; fetch, extract and annotate every new item once.")
final class WatchCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "Feeds file: one feed URL a line, optionally followed by its own interval (e.g. 5m).")
  Path feeds;

  @Option(names = {"-o", "--out"}, description = "Output JSONL, appended to (default: DATA/watch/outcomes.jsonl).")
  Path out;

  @Option(names = "--state", description = "State file (default: DATA/watch/state.json).")
  Path stateFile;

  @Option(names = "--once", description = "Poll every due feed and retry every due page once, then exit (for cron and tests).")
  boolean once;

  @Option(names = "--interval", defaultValue = "15m", description = "Poll interval of feeds that name none (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--delay", defaultValue = "2s", description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
  String delay;

  @Option(names = "--timeout", defaultValue = "30s", description = "Limit on one HTTP exchange (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(names = "--config", description = "Pipeline settings JSON file (unknown keys are rejected).")
  Path config;

  @Option(names = "--to", description = "Publish every new item to a Kafka topic (kafka://host:port/topic) instead of"
      + " annotating it: workers of `tidings consume` code and store them.")
  String to;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<FeedSubscription> subscriptions = FeedSubscription.readAll(feeds);
    WatchConfig settings = WatchConfig.DEFAULT
        .withDefaultInterval(FeedSubscription.interval(interval))
        .withHostDelay(delay.strip().matches("0[smhd]?") ? Duration.ZERO : FeedSubscription.interval(delay))
        .withTimeout(FeedSubscription.interval(timeout));
    PipelineConfig pipelineConfig = config == null ? PipelineConfig.DEFAULT : PipelineConfig.read(config);
    Path data = DataDirectory.resolve().resolve("watch");
    Path outFile = out != null ? out : data.resolve("outcomes.jsonl");
    WatchState state = WatchState.load(stateFile != null ? stateFile : data.resolve("state.json"));
    if (to != null) {
      return publish(KafkaTopic.parse(to), subscriptions, settings, pipelineConfig, state);
    }
    int[] counts = new int[3];
    PlaceResources places = PlaceResources.builtIn().loadInBackground();
    try (OutcomeFileSink sink =
        new OutcomeFileSink(
            outFile,
            () -> Pipelines.standard(PipelineResources.load(pipelineConfig.annotator(), places), pipelineConfig.events()),
            outcome -> counts[outcome instanceof Outcome.Coded ? 0 : outcome instanceof Outcome.Skipped ? 1 : 2]++)) {
      return watch(subscriptions, settings, pipelineConfig, state, sink, outFile, round -> String.format(Locale.ROOT,
          "%d new items, %d coded, %d skipped, %d failed", round.delivered(), counts[0], counts[1], counts[2]));
    }
  }

  /** Watches as above, every item going to the topic instead of the pipeline. */
  private int publish(KafkaTopic topic, List<FeedSubscription> subscriptions, WatchConfig settings, PipelineConfig pipelineConfig,
      WatchState state) {
    try (KafkaArticleSink sink = new KafkaArticleSink(topic)) {
      return watch(subscriptions, settings, pipelineConfig, state, sink, topic,
          round -> String.format(Locale.ROOT, "%d new items published", sink.sent()));
    }
  }

  /** Runs the watcher into {@code sink}: one round with {@code --once} (then a summary line), else until stopped. */
  private int watch(List<FeedSubscription> subscriptions, WatchConfig settings, PipelineConfig pipelineConfig, WatchState state,
      ArticleSink sink, Object target, java.util.function.Function<FeedWatcher.Round, String> items) {
    PrintWriter err = spec.commandLine().getErr();
    FeedWatcher watcher = new FeedWatcher(subscriptions, settings, WatchClock.system(), state,
        new InputReader(new TextCleaner(pipelineConfig.maxChars()), InputDefaults.NONE),
        sink, line -> err.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + line));
    if (once) {
      FeedWatcher.Round round;
      try {
        round = watcher.round();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 130;
      }
      spec.commandLine().getOut().println(String.format(Locale.ROOT,
          "%d feeds polled (%d not modified, %d failed): %s; %d pages waiting for a retry -> %s",
          round.feedsPolled(), round.notModified(), round.feedFailures(), items.apply(round), round.retriesWaiting(), target));
    } else {
      err.println("watching " + subscriptions.size() + " feeds -> " + target + " (Ctrl-C to stop)");
      watcher.run();
    }
    return 0;
  }
}
