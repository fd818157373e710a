package org.tidings.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What plain Stanford CoreNLP did over the same articles, measured in its own JVM.
 *
 * <p>Immutable and thread-safe.
 *
 * @param annotators the CoreNLP {@code annotators} property it ran, never null
 * @param articles articles annotated
 * @param failed articles whose annotation threw
 * @param tokens tokens as counted by CoreNLP's tokenizer
 * @param threads worker threads
 * @param startupSeconds from its JVM start to the first finished article (includes model loading)
 * @param totalSeconds from its JVM start to the last finished article
 * @param peakHeapMb peak heap of its JVM (see {@link HeapPeak}), MiB
 * @param annotatorSeconds per-annotator time as CoreNLP reports it, summed over threads (seconds),
 *     in pipeline order; never null, may be empty
 */
public record BaselineReport(
    String annotators,
    int articles,
    int failed,
    long tokens,
    int threads,
    double startupSeconds,
    double totalSeconds,
    double peakHeapMb,
    Map<String, Double> annotatorSeconds) {

  public BaselineReport {
    Objects.requireNonNull(annotators, "annotators");
    annotatorSeconds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(annotatorSeconds));
  }

  /** Articles per second over {@link #totalSeconds}. */
  public double articlesPerSecond() {
    return BenchReport.rate(articles, totalSeconds);
  }

  /** Tokens per second over {@link #totalSeconds}. */
  public double tokensPerSecond() {
    return BenchReport.rate(tokens, totalSeconds);
  }

  /** Tokens per second after the first article finished (model loading excluded). */
  public double steadyTokensPerSecond() {
    return BenchReport.rate(tokens, totalSeconds - startupSeconds);
  }
}
