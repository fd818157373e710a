package org.tidings.pipeline.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that stands still until a test advances it, or the watcher sleeps (which advances it). */
final class ManualClock implements WatchClock {
  private Instant now = Instant.parse("2026-06-01T08:00:00Z");
  final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  synchronized void advance(Duration d) {
    now = now.plus(d);
  }
}
