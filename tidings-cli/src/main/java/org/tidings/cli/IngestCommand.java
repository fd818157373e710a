package org.tidings.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tidings.model.Outcome;
import org.tidings.pipeline.BatchRunner;
import org.tidings.pipeline.PipelineConfig;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;
import org.tidings.pipeline.output.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidings ingest PATH --out FILE.jsonl}: a batch on all cores, one outcome line per input
 * item in input order. The output is written to a temporary file and moved into place at the end,
 * so an interrupted run never leaves a half-written file under the final name.
 */
@Command(name = "ingest", description = "Annotate a file or directory of articles; write one outcome per article.")
final class IngestCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "A .txt or .jsonl file, or a directory of them.")
  Path input;

  @Option(names = "--out", required = true, description = "Output JSONL file, one outcome per line.")
  Path out;

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;

  @Mixin MetadataOptions metadata = new MetadataOptions();
  @Mixin PipelineOptions pipelineOptions = new PipelineOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PipelineConfig config = pipelineOptions.config();
    Summary summary = ingest(input, out, config, metadata, !noProgress, spec.commandLine().getErr());
    spec.commandLine().getOut().println(summary.line(out));
    return 0;
  }

  /** Counts of outcomes by kind. */
  record Summary(int coded, int skipped, int failed, long millis) {
    String line(Path out) {
      return String.format(
          java.util.Locale.ROOT,
          "%d articles: %d coded, %d skipped, %d failed in %.1f s -> %s",
          coded + skipped + failed, coded, skipped, failed, millis / 1000.0, out);
    }
  }

  static Summary ingest(
      Path input, Path out, PipelineConfig config, MetadataOptions metadata, boolean progress, PrintWriter err)
      throws IOException {
    InputReader reader = new InputReader(new TextCleaner(config.maxChars()), metadata.defaults());
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, out.getFileName().toString(), ".part");
    int[] counts = new int[3];
    long start = System.nanoTime();
    ProgressBar bar = new ProgressBar(err, progress);
    // One gazetteer for all worker pipelines.
    var places = org.tidings.pipeline.places.PlaceResources.builtIn().loadInBackground();
    var events = new org.tidings.pipeline.events.EventResources(places).loadInBackground();
    try (Stream<InputItem> items = reader.read(input);
        BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        BatchRunner runner =
            new BatchRunner(
                config.effectiveThreads(),
                () -> Pipelines.standard(config.annotator(), places, events),
                config.effectiveThreads() * 4)) {
      runner.run(
          items.iterator(),
          outcome -> {
            counts[outcome instanceof Outcome.Coded ? 0 : outcome instanceof Outcome.Skipped ? 1 : 2]++;
            if (!(outcome instanceof Outcome.Coded)) {
              var json = DocumentJson.outcome(outcome);
              bar.note(json.get("outcome").asText() + " " + outcome.origin() + ": " + json.get("reason").asText());
            }
            try {
              w.write(DocumentJson.MAPPER.writeValueAsString(DocumentJson.outcome(outcome)));
              w.newLine();
            } catch (IOException e) {
              throw new UncheckedIOException("cannot write " + tmp, e);
            }
            bar.step(counts[0], counts[1], counts[2]);
          });
    } catch (RuntimeException | IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    bar.finish();
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new Summary(counts[0], counts[1], counts[2], (System.nanoTime() - start) / 1_000_000);
  }
}
