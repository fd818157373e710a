package org.tidings.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code burst} requests at once, then {@code perSecond} a second.
 * Buckets of clients that have been quiet long enough to be full again are dropped once more than
 * {@value #MAX_CLIENTS} clients are tracked, so memory stays bounded whoever calls.
 *
 * <p>Thread-safe.
 */
final class RateLimiter {
  /** Clients tracked before quiet ones are forgotten. */
  static final int MAX_CLIENTS = 10_000;
  private static final long NANOS = 1_000_000_000L;

  private final int perSecond;
  private final int burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** Tokens left and when they were counted; guarded by its own monitor. */
  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }

  /**
   * @param perSecond sustained requests per second per client, positive
   * @param burst requests at once, positive
   */
  RateLimiter(int perSecond, int burst) {
    if (perSecond <= 0 || burst <= 0) {
      throw new IllegalArgumentException("need perSecond > 0 and burst > 0");
    }
    this.perSecond = perSecond;
    this.burst = burst;
  }

  /**
   * Takes one request of {@code client} at {@code nowNanos} ({@link System#nanoTime}).
   *
   * @return 0 when it may go on, else the whole seconds to wait before the next one will (at least 1)
   */
  long acquire(String client, long nowNanos) {
    if (buckets.size() > MAX_CLIENTS) {
      forgetQuiet(nowNanos);
    }
    Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(burst, nowNanos));
    synchronized (b) {
      b.tokens = Math.min(burst, b.tokens + (double) (nowNanos - b.at) * perSecond / NANOS);
      b.at = nowNanos;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - b.tokens) / perSecond));
    }
  }

  private void forgetQuiet(long nowNanos) {
    long full = (long) Math.ceil((double) burst / perSecond * NANOS);
    buckets.entrySet().removeIf(e -> {
      synchronized (e.getValue()) {
        return nowNanos - e.getValue().at >= full;
      }
    });
  }
}
