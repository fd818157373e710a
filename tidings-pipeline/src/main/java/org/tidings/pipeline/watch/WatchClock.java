package org.tidings.pipeline.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * The watcher's sense of time: what time it is, and how to wait. The system clock in production;
 * tests pass one that moves forward when asked to sleep, so schedules and back-off run without
 * real waiting while HTTP stays real.
 *
 * <p>Implementations are used by one watcher thread at a time.
 */
public interface WatchClock {

  /** The current instant, never null. */
  Instant now();

  /**
   * Waits for {@code duration} (non-negative; zero returns at once).
   *
   * @throws InterruptedException when the waiting thread is interrupted: the watcher then stops
   */
  void sleep(Duration duration) throws InterruptedException;

  /** Wall-clock time and {@link Thread#sleep}. */
  static WatchClock system() {
    return until(new java.util.concurrent.CountDownLatch(1));
  }

  /**
   * Wall-clock time, with waits that end early, by an {@link InterruptedException}, once {@code
   * stop} is counted down: for a watcher inside a server, which then stops between two items
   * rather than being interrupted in the middle of one (storing it, say).
   */
  static WatchClock until(java.util.concurrent.CountDownLatch stop) {
    return new WatchClock() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()
            && stop.await(duration.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
          throw new InterruptedException("stopped");
        }
      }
    };
  }
}
