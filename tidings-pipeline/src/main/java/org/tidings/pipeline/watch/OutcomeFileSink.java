package org.tidings.pipeline.watch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tidings.model.Outcome;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.output.DocumentJson;

/**
 * Runs every article through the pipeline and appends its outcome, one JSON line in the {@code
 * ingest} format ({@link DocumentJson#outcome}), to a file; rejected items become Skipped or
 * Failed outcomes at stage "input". Each line is flushed before {@link #accept} returns, so the
 * watcher records the item as seen only once its outcome is on disk. The pipeline is built on the
 * first article, so a round without new articles never loads the models.
 *
 * <p>Not thread-safe: the watcher's thread only. Close it to close the file.
 */
public final class OutcomeFileSink implements ArticleSink, Closeable {
  private final Path file;
  private final BufferedWriter out;
  private final ItemCoder coder;
  private final Consumer<Outcome> report;

  /**
   * @param file the JSONL file, created when missing, appended to otherwise
   * @param pipelineFactory builds the pipeline, called once, on the first article
   * @param report told of every outcome after it is written (counts, console notes)
   * @throws UncheckedIOException when the file cannot be opened for appending
   */
  public OutcomeFileSink(Path file, Supplier<Pipeline> pipelineFactory, Consumer<Outcome> report) {
    this.file = file;
    this.coder = new ItemCoder(pipelineFactory);
    this.report = Objects.requireNonNull(report);
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file + " for appending: " + e.getMessage(), e);
    }
  }

  @Override
  public void accept(InputItem item) {
    Outcome outcome = coder.code(item);
    try {
      out.write(DocumentJson.MAPPER.writeValueAsString(DocumentJson.outcome(outcome)));
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    report.accept(outcome);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
