package org.tidings.cli;

import java.nio.file.Path;
import org.tidings.pipeline.PipelineConfig;
import org.tidings.pipeline.places.PlaceResources;
import picocli.CommandLine.Option;

/** Options shared by commands that run the pipeline. */
final class PipelineOptions {
  @Option(names = "--config", description = "JSON settings file (unknown keys are rejected).")
  Path config;

  @Option(names = "--threads", description = "Worker threads (default: one per core).")
  Integer threads;

  @Option(
      names = "--gazetteer",
      description = "Gazetteer file (default: the one `tidings gazetteer import` wrote to the data directory, "
          + "else the built-in one).")
  Path gazetteer;

  /** The places registry these options choose; nothing is loaded yet. */
  PlaceResources places() {
    return places(gazetteer);
  }

  /** {@code file} when given, else the imported gazetteer when there is one, else the built-in one. */
  static PlaceResources places(Path file) {
    if (file != null) {
      if (!java.nio.file.Files.isRegularFile(file) || !java.nio.file.Files.isReadable(file)) {
        throw new IllegalArgumentException("--gazetteer: no readable file " + file
            + " (a gazetteer written by `tidings gazetteer import`, a .tsv.gz file)");
      }
      org.tidings.pipeline.places.Gazetteer.checkHeader(file);
      return PlaceResources.fromFile(file);
    }
    Path imported = DataDirectory.gazetteer();
    return java.nio.file.Files.isRegularFile(imported) ? PlaceResources.fromFile(imported) : PlaceResources.builtIn();
  }

  PipelineConfig config() {
    PipelineConfig base = config == null ? PipelineConfig.DEFAULT : PipelineConfig.read(config);
    return threads == null ? base : new PipelineConfig(threads, base.maxChars(), base.annotator(), base.events());
  }
}
