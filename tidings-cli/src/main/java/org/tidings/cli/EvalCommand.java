package org.tidings.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidings.eval.EvalOptions;
import org.tidings.eval.EvalReport;
import org.tidings.eval.Scorer;
import org.tidings.eval.Scorers;
import org.tidings.pipeline.output.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings eval SUITE --data PATH [--oracle] [--json] [--baseline] [--limit N]}. */
@Command(name = "eval", description = "Score Tidings on a benchmark suite (ner-conll, timex-te3, ...).")
final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "Suite name.")
  String suite;

  @Option(names = "--data", required = true, description = "Gold data file or directory.")
  Path data;

  @Option(
      names = "--oracle",
      description = "Give the gold answers of the first step (geo: the toponym spans) and score the rest alone.")
  boolean oracle;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(names = "--baseline", description = "Also score the suite's baseline system in the same run (suites that have one).")
  boolean baseline;

  @Option(names = "--limit", description = "Score only the first N items (suites that allow it; default: all).")
  int limit;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException {
    Scorer scorer = oracle ? Scorers.byName(suite).oracle() : Scorers.byName(suite);
    EvalReport report = scorer.score(data, new EvalOptions(baseline, limit));
    if (json) {
      spec.commandLine().getOut().println(DocumentJson.MAPPER.writeValueAsString(report.toJson()));
    } else {
      spec.commandLine().getOut().print(report.toTable());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
