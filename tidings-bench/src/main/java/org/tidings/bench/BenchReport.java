package org.tidings.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a throughput run ({@code tidings bench}): how fast and how big our pipeline was on
 * a corpus, and optionally the same figures for plain CoreNLP.
 *
 * <p>Times are wall-clock seconds measured from the start of the JVM, so start-up includes JVM
 * start, command-line parsing and model loading. Rates divide by {@link #totalSeconds}: they are
 * end to end, start-up included. Immutable and thread-safe.
 *
 * @param corpus the corpus path as given, never null
 * @param threads worker threads
 * @param inputs input items read (articles and rejected lines)
 * @param coded articles that ran through every stage
 * @param skipped items skipped (input or a stage)
 * @param failed items that failed (input or a stage)
 * @param tokens tokens of the coded articles, as counted by our tokenizer
 * @param readySeconds from JVM start to the shared models and resources being loaded (the CoreNLP
 *     models; the gazetteer and WordNet may still be loading in the background)
 * @param startupSeconds from JVM start to the first coded article
 * @param totalSeconds from JVM start to the last outcome
 * @param peakHeapMb peak heap since the run began (see {@link HeapPeak}), MiB
 * @param maxHeapMb the heap limit, MiB
 * @param baseline plain CoreNLP over the same articles, or null when not run
 * @param baselineLimit the baseline ran on the first this many articles only; 0 when it ran on all
 * @param stageSeconds wall-clock seconds per stage, summed over articles and worker threads, in
 *     pipeline order; empty when not measured
 *     of them (or did not run)
 */
public record BenchReport(
    String corpus,
    int threads,
    int inputs,
    int coded,
    int skipped,
    int failed,
    long tokens,
    double readySeconds,
    double startupSeconds,
    double totalSeconds,
    double peakHeapMb,
    double maxHeapMb,
    BaselineReport baseline,
    int baselineLimit,
    Map<String, Double> stageSeconds) {

  public BenchReport {
    Objects.requireNonNull(corpus, "corpus");
    stageSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
  }

  /** This report with a baseline attached. */
  public BenchReport withBaseline(BaselineReport b, int limit) {
    return new BenchReport(
        corpus, threads, inputs, coded, skipped, failed, tokens, readySeconds, startupSeconds, totalSeconds,
        peakHeapMb, maxHeapMb, b, limit, stageSeconds);
  }

  /** Coded articles per second, end to end. */
  public double articlesPerSecond() {
    return rate(coded, totalSeconds);
  }

  /** Tokens per second, end to end. */
  public double tokensPerSecond() {
    return rate(tokens, totalSeconds);
  }

  /** Tokens per second after the first article finished (model loading excluded). */
  public double steadyTokensPerSecond() {
    return rate(tokens, totalSeconds - startupSeconds);
  }

  /** Our end-to-end tokens/s over the baseline's, or NaN without a baseline. */
  public double tokensRatio() {
    return baseline == null ? Double.NaN : tokensPerSecond() / baseline.tokensPerSecond();
  }

  /** Our end-to-end articles/s over the baseline's, or NaN without a baseline. */
  public double articlesRatio() {
    return baseline == null ? Double.NaN : articlesPerSecond() / baseline.articlesPerSecond();
  }

  static double rate(double count, double seconds) {
    return seconds <= 0 ? Double.NaN : count / seconds;
  }

  /** A readable table. */
  public String toTable() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "tidings bench on %s (%d threads)%n", corpus, threads));
    sb.append(
        String.format(
            Locale.ROOT,
            "  outcomes            %d inputs: %d coded, %d skipped, %d failed%n",
            inputs, coded, skipped, failed));
    row(sb, "tokens", "%,d", tokens);
    row(sb, "startup", "%.1f s (JVM start to first article; models ready at %.1f s)", startupSeconds, readySeconds);
    row(sb, "total", "%.1f s", totalSeconds);
    row(sb, "articles/s", "%.2f (end to end)", articlesPerSecond());
    row(sb, "tokens/s", "%,.0f (end to end); %,.0f after startup", tokensPerSecond(), steadyTokensPerSecond());
    row(sb, "peak heap", "%,.0f MB of %,.0f MB max", peakHeapMb, maxHeapMb);
    if (!stageSeconds.isEmpty()) {
      double all = stageSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
      sb.append("time per stage (wall-clock seconds summed over worker threads):\n");
      stageSeconds.entrySet().stream()
          .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
          .forEach(e -> sb.append(String.format(Locale.ROOT, "  %-18s  %8.1f s  %5.1f %%  %7.1f ms/article%n",
              e.getKey(), e.getValue(), 100 * e.getValue() / all, 1000 * e.getValue() / Math.max(1, inputs))));
    }
    if (baseline != null) {
      sb.append(
          String.format(
              Locale.ROOT,
              "baseline: plain CoreNLP (%s), %d threads, own JVM, on %s%n",
              baseline.annotators(), baseline.threads(),
              baselineLimit == 0
                  ? "all " + baseline.articles() + " articles"
                  : "the first " + baseline.articles() + " articles only (--baseline-limit " + baselineLimit + ")"));
      row(sb, "failed", "%d", baseline.failed());
      row(sb, "tokens", "%,d", baseline.tokens());
      row(sb, "startup", "%.1f s", baseline.startupSeconds());
      row(sb, "total", "%.1f s", baseline.totalSeconds());
      row(sb, "articles/s", "%.2f (end to end)", baseline.articlesPerSecond());
      row(sb, "tokens/s", "%,.0f (end to end); %,.0f after startup",
          baseline.tokensPerSecond(), baseline.steadyTokensPerSecond());
      row(sb, "peak heap", "%,.0f MB", baseline.peakHeapMb());
      sb.append(
          String.format(
              Locale.ROOT,
              "ratio ours/baseline: %.2fx tokens/s, %.2fx articles/s (end to end)%n",
              tokensRatio(), articlesRatio()));
      if (!baseline.annotatorSeconds().isEmpty()) {
        sb.append("baseline time per annotator (CPU-seconds summed over threads):\n");
        baseline.annotatorSeconds()
            .forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-28s %8.1f s%n", k, v)));
      }
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, String format, Object... args) {
    sb.append(String.format(Locale.ROOT, "  %-18s  " + format + "%n", prepend(name, args)));
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** One JSON object with every figure; rates rounded to 0.01, baseline null when not run. */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("corpus", corpus);
    root.put("threads", threads);
    root.put("inputs", inputs);
    root.put("coded", coded);
    root.put("skipped", skipped);
    root.put("failed", failed);
    root.put("tokens", tokens);
    root.put("readySeconds", round(readySeconds));
    root.put("startupSeconds", round(startupSeconds));
    root.put("totalSeconds", round(totalSeconds));
    root.put("articlesPerSecond", round(articlesPerSecond()));
    root.put("tokensPerSecond", round(tokensPerSecond()));
    root.put("steadyTokensPerSecond", round(steadyTokensPerSecond()));
    root.put("peakHeapMb", round(peakHeapMb));
    root.put("maxHeapMb", round(maxHeapMb));
    ObjectNode stages = root.putObject("stageSeconds");
    stageSeconds.forEach((k, v) -> stages.put(k, round(v)));
    if (baseline == null) {
      root.putNull("baseline");
      return root;
    }
    ObjectNode b = root.putObject("baseline");
    b.put("annotators", baseline.annotators());
    b.put("articles", baseline.articles());
    if (baselineLimit > 0) {
      b.put("limit", baselineLimit);
    } else {
      b.putNull("limit");
    }
    b.put("failed", baseline.failed());
    b.put("tokens", baseline.tokens());
    b.put("threads", baseline.threads());
    b.put("startupSeconds", round(baseline.startupSeconds()));
    b.put("totalSeconds", round(baseline.totalSeconds()));
    b.put("articlesPerSecond", round(baseline.articlesPerSecond()));
    b.put("tokensPerSecond", round(baseline.tokensPerSecond()));
    b.put("steadyTokensPerSecond", round(baseline.steadyTokensPerSecond()));
    b.put("peakHeapMb", round(baseline.peakHeapMb()));
    ObjectNode per = b.putObject("annotatorSeconds");
    baseline.annotatorSeconds().forEach((k, v) -> per.put(k, round(v)));
    root.put("tokensRatio", round(tokensRatio()));
    root.put("articlesRatio", round(articlesRatio()));
    return root;
  }

  private static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : v;
  }
}
