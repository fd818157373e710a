package org.tidings.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidings.model.Outcome;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.PipelineConfig;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;
import org.tidings.pipeline.output.AnnotationLines;
import org.tidings.pipeline.output.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings extract FILE}: one article's record, as JSON or readable lines. */
@Command(name = "extract", description = "Annotate one article and print its record.")
final class ExtractCommand implements Callable<Integer> {
  enum Format { json, text }

  @Parameters(index = "0", description = "Plain-text file (or a one-record JSONL file).")
  Path file;

  @Mixin MetadataOptions metadata = new MetadataOptions();
  @Mixin PipelineOptions pipelineOptions = new PipelineOptions();

  @Option(names = "--format", description = "json (default) or text: one line per annotation.")
  Format format = Format.json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException {
    PipelineConfig config = pipelineOptions.config();
    InputReader reader = new InputReader(new TextCleaner(config.maxChars()), metadata.defaults());
    List<InputItem> items = reader.readAll(file);
    if (items.isEmpty()) {
      throw new IllegalArgumentException(file + ": no article in it");
    }
    PrintWriter out = spec.commandLine().getOut();
    Pipeline pipeline = null;
    int status = 0;
    for (InputItem item : items) {
      Outcome outcome;
      if (item instanceof InputItem.Read read) {
        if (pipeline == null) {
          pipeline = Pipelines.standard(PipelineResources.load(config.annotator(), pipelineOptions.places()), config.events());
        }
        outcome = pipeline.run(read.article());
      } else {
        outcome = ((InputItem.Rejected) item).toOutcome();
      }
      status = Math.max(status, print(outcome, out));
    }
    out.flush();
    return status;
  }

  private int print(Outcome outcome, PrintWriter out) throws JsonProcessingException {
    if (outcome instanceof Outcome.Coded coded) {
      if (format == Format.text) {
        AnnotationLines.of(coded.document()).forEach(out::println);
        coded.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
      } else {
        var json = DocumentJson.document(coded.document());
        json.putArray("warnings").addAll(
            coded.warnings().stream().map(DocumentJson.MAPPER.getNodeFactory()::textNode).toList());
        out.println(DocumentJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
      }
      return 0;
    }
    var json = DocumentJson.outcome(outcome);
    spec.commandLine().getErr().println(
        "tidings: " + json.get("outcome").asText() + " " + outcome.origin() + ": " + json.get("reason").asText());
    if (format == Format.json) {
      out.println(DocumentJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }
    return 1;
  }
}
