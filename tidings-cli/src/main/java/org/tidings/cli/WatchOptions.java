package org.tidings.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.tidings.pipeline.extract.InputDefaults;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;
import org.tidings.pipeline.watch.ArticleSink;
import org.tidings.pipeline.watch.FeedSubscription;
import org.tidings.pipeline.watch.FeedWatcher;
import org.tidings.pipeline.watch.WatchClock;
import org.tidings.pipeline.watch.WatchConfig;
import org.tidings.pipeline.watch.WatchState;
import picocli.CommandLine.Option;

/** The feed watcher's options, shared by {@code watch} and {@code serve --watch}. */
final class WatchOptions {
  @Option(names = "--state", description = "Watch state file (default: DATA/watch/state.json).")
  Path stateFile;

  @Option(names = "--interval", defaultValue = "15m", description = "Poll interval of feeds that name none (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--delay", defaultValue = "2s", description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
  String delay;

  @Option(names = "--timeout", defaultValue = "30s", description = "Limit on one HTTP exchange (default: ${DEFAULT-VALUE}).")
  String timeout;

  /** The watcher's settings from these options. */
  WatchConfig settings() {
    return WatchConfig.DEFAULT
        .withDefaultInterval(FeedSubscription.interval(interval))
        .withHostDelay(delay.strip().matches("0[smhd]?") ? Duration.ZERO : FeedSubscription.interval(delay))
        .withTimeout(FeedSubscription.interval(timeout));
  }

  /** A watcher of {@code subscriptions} handing new items to {@code sink}, its state in the state file. */
  FeedWatcher watcher(List<FeedSubscription> subscriptions, int maxChars, ArticleSink sink, Consumer<String> log) {
    return watcher(subscriptions, maxChars, sink, log, WatchClock.system());
  }

  /** As {@link #watcher(List, int, ArticleSink, Consumer)}, waiting on {@code clock}. */
  FeedWatcher watcher(List<FeedSubscription> subscriptions, int maxChars, ArticleSink sink, Consumer<String> log,
      WatchClock clock) {
    WatchState state = WatchState.load(stateFile != null ? stateFile : DataDirectory.resolve().resolve("watch").resolve("state.json"));
    return new FeedWatcher(subscriptions, settings(), clock, state,
        new InputReader(new TextCleaner(maxChars), InputDefaults.NONE), sink, log);
  }
}
