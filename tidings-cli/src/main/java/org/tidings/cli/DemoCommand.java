package org.tidings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.tidings.pipeline.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidings demo}: the main job on bundled data. Runs the pipeline over the bundled English
 * Wikinews sample (CC BY 2.5) and writes the records under the user's data directory.
 */
@Command(name = "demo", description = "Annotate the bundled Wikinews sample and show what came out.")
final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "/demo/wikinews-sample.jsonl";

  @Option(names = "--out", description = "Output JSONL (default: <data dir>/demo/records.jsonl).")
  Path out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path target = out != null ? out : DataDirectory.resolve().resolve("demo").resolve("records.jsonl");
    Files.createDirectories(target.toAbsolutePath().getParent());
    Path sample = Files.createTempFile("tidings-wikinews-sample", ".jsonl");
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("bundled sample " + SAMPLE + " is missing from the build");
      }
      Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
    }
    var err = spec.commandLine().getErr();
    var o = spec.commandLine().getOut();
    o.println("Tidings demo: annotating the bundled English Wikinews sample (CC BY 2.5, see NOTICE)");
    try {
      IngestCommand.Summary summary =
          IngestCommand.ingest(sample, target, PipelineConfig.DEFAULT, PipelineOptions.places(null),
              new MetadataOptions(), true, err);
      o.println(summary.line(target));
      DemoReport.print(target, o);
    } finally {
      Files.deleteIfExists(sample);
    }
    return 0;
  }
}
