package org.tidings.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs {@link CoreNlpBaseline} in a child JVM with this JVM's class path, so the baseline's models
 * and heap never count against ours, and reads back its {@link BaselineReport}. The child's
 * standard error (CoreNLP's log) goes to a temporary file whose tail is quoted if the child fails.
 *
 * <p>Immutable and thread-safe; each {@link #run} starts one process and waits for it.
 *
 * @param corpus the same corpus our run read
 * @param limit the first this many input items; 0 means all
 * @param threads the baseline's worker threads
 * @param maxHeap the child's {@code -Xmx} value, e.g. "6g"
 */
public record BaselineProcess(Path corpus, int limit, int threads, String maxHeap) {

  public BaselineProcess {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(maxHeap, "maxHeap");
  }

  /**
   * Starts the child, waits for it and parses its JSON line.
   *
   * @throws IllegalStateException when the child exits with an error or prints no result
   */
  public BaselineReport run() {
    Path log;
    try {
      log = Files.createTempFile("tidings-baseline-", ".log");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a log file for the baseline", e);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + maxHeap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CoreNlpBaseline.class.getName());
    command.addAll(List.of("--corpus", corpus.toString(), "--limit", Integer.toString(limit),
        "--threads", Integer.toString(threads)));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
    try {
      Process process = builder.start();
      String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = process.waitFor();
      String json = lastJsonLine(stdout);
      if (status != 0 || json == null) {
        throw new IllegalStateException(
            "baseline JVM exited with status " + status + "; last lines of its log (" + log + "):\n"
                + tail(log, 15));
      }
      Files.deleteIfExists(log);
      return parse(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the baseline JVM", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the baseline JVM", e);
    }
  }

  /** The report in a {@link CoreNlpBaseline} JSON line. */
  static BaselineReport parse(String json) throws IOException {
    JsonNode n = new ObjectMapper().readTree(json);
    Map<String, Double> per = new LinkedHashMap<>();
    n.path("annotatorSeconds").fields().forEachRemaining(e -> per.put(e.getKey(), e.getValue().asDouble()));
    return new BaselineReport(
        n.path("annotators").asText(),
        n.path("articles").asInt(),
        n.path("failed").asInt(),
        n.path("tokens").asLong(),
        n.path("threads").asInt(),
        n.path("startupSeconds").asDouble(),
        n.path("totalSeconds").asDouble(),
        n.path("peakHeapMb").asDouble(),
        per);
  }

  private static String lastJsonLine(String stdout) {
    String found = null;
    for (String line : stdout.split("\n")) {
      if (line.startsWith("{")) {
        found = line;
      }
    }
    return found;
  }

  private static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }
}
