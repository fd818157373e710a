package org.tidings.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidings.bench.BaselineProcess;
import org.tidings.bench.BaselineReport;
import org.tidings.bench.BenchReport;
import org.tidings.bench.ThroughputRun;
import org.tidings.pipeline.output.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidings bench --corpus FILE [--baseline] [--json] [--limit N] [--threads N]}: the
 * end-to-end throughput run, optionally against plain CoreNLP in a child JVM. Figures and the
 * commands that made them are kept in BENCHMARKS.md.
 */
@Command(
    name = "bench",
    description = "Measure end-to-end throughput, start-up and heap on a corpus (optionally against plain CoreNLP).",
    subcommands = StoreBenchCommand.class)
final class BenchCommand implements Callable<Integer> {
  // Checked in call(), not by picocli, so that `bench store` runs without it.
  @Option(names = "--corpus", description = "Corpus: JSONL file, text file or directory (required).")
  Path corpus;

  @Option(names = "--baseline", description = "Also run plain Stanford CoreNLP (default English pipeline) in a child JVM.")
  boolean baseline;

  @Option(names = "--baseline-limit", description = "Run the baseline on the first N articles only (default: all).")
  int baselineLimit;

  @Option(names = "--baseline-threads", description = "Baseline worker threads (default: ${DEFAULT-VALUE}).")
  int baselineThreads = 2;

  @Option(names = "--baseline-heap", description = "Baseline JVM -Xmx (default: ${DEFAULT-VALUE}).")
  String baselineHeap = "6g";

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(names = "--limit", description = "Read at most N input items (default: all).")
  int limit;

  @Option(names = "--threads", description = "Worker threads (default: one per core).")
  int threads;

  @Option(names = "--coder", description = "Event coder: learned or rules (default: the pipeline's default, learned).")
  String coder;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException {
    if (corpus == null) {
      throw new IllegalArgumentException("missing required option --corpus (or run `tidings bench store`)");
    }
    if (limit < 0 || threads < 0 || baselineLimit < 0 || baselineThreads < 1) {
      throw new IllegalArgumentException("--limit, --threads and --baseline-limit must be >= 0, --baseline-threads >= 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    org.tidings.pipeline.events.EventsConfig events = org.tidings.pipeline.events.EventsConfig.DEFAULT;
    if (coder != null) {
      if (!coder.equals("learned") && !coder.equals("rules")) {
        throw new IllegalArgumentException("--coder must be learned or rules, not '" + coder + "'");
      }
      events = events.withCoder(coder.equals("rules") ? org.tidings.pipeline.events.EventsConfig.Coder.RULES
          : org.tidings.pipeline.events.EventsConfig.Coder.LEARNED);
    }
    BenchReport report = ThroughputRun.standard(corpus, limit, threads, events).run();
    if (baseline) {
      int baselineItems = baselineLimit > 0 && (limit == 0 || baselineLimit < limit) ? baselineLimit : limit;
      // Our figures first, so they survive a baseline that is stopped or fails.
      err.println(String.format(java.util.Locale.ROOT,
          "tidings bench: ours: %,d tokens, %,.0f tokens/s end to end, startup %.1f s, peak heap %,.0f MB",
          report.tokens(), report.tokensPerSecond(), report.startupSeconds(), report.peakHeapMb()));
      err.println("tidings bench: running the CoreNLP baseline on "
          + (baselineItems == 0 ? "all" : "the first " + baselineItems) + " articles in a child JVM...");
      err.flush();
      BaselineReport b = new BaselineProcess(corpus, baselineItems, baselineThreads, baselineHeap).run();
      report = report.withBaseline(b, baselineItems == limit ? 0 : baselineItems);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(DocumentJson.MAPPER.writeValueAsString(report.toJson(DocumentJson.MAPPER)));
    } else {
      out.print(report.toTable());
    }
    out.flush();
    return 0;
  }
}
