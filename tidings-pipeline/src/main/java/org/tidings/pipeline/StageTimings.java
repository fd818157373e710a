package org.tidings.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall-clock time each stage spent, summed over the articles and the worker threads that ran it:
 * what a stage costs, for benchmarks. Pass one to {@link Pipeline#timed} for every worker's
 * pipeline.
 *
 * <p>Thread-safe: workers add concurrently; {@link #seconds} may be read at any time.
 */
public final class StageTimings {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, Integer> order = new ConcurrentHashMap<>();

  void add(String stage, int position, long elapsedNanos) {
    order.putIfAbsent(stage, position);
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
  }

  /** Seconds per stage name, in pipeline order. */
  public Map<String, Double> seconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    order.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e9));
    return out;
  }
}
