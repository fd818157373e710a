package org.tidings.cli;

import java.nio.file.Path;
import org.tidings.pipeline.PipelineConfig;
import picocli.CommandLine.Option;

/** Options shared by commands that run the pipeline. */
final class PipelineOptions {
  @Option(names = "--config", description = "JSON settings file (unknown keys are rejected).")
  Path config;

  @Option(names = "--threads", description = "Worker threads (default: one per core).")
  Integer threads;

  PipelineConfig config() {
    PipelineConfig base = config == null ? PipelineConfig.DEFAULT : PipelineConfig.read(config);
    return threads == null ? base : new PipelineConfig(threads, base.maxChars(), base.annotator());
  }
}
