package org.tidings.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Path;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.events.EventsConfig;
import org.tidings.pipeline.extract.TextCleaner;

/**
 * Typed settings of a pipeline run, read from a JSON file; unknown keys are an error at start-up,
 * never silently ignored. Missing keys take the defaults of {@link #DEFAULT}.
 *
 * <pre>{"threads": 2, "maxChars": 500000, "annotator": {"parse": true, "nerModel": "..."},
 *  "events": {"minConfidence": 0.5}}</pre>
 *
 * @param threads worker threads; 0 means one per core
 * @param maxChars longer articles are skipped (UTF-16 characters)
 * @param annotator CoreNLP stage settings
 * @param events events stage settings (learned confidence, least confidence kept)
 */
public record PipelineConfig(int threads, int maxChars, AnnotatorConfig annotator, EventsConfig events) {

  public static final PipelineConfig DEFAULT =
      new PipelineConfig(0, TextCleaner.DEFAULT_MAX_CHARS, AnnotatorConfig.DEFAULT, EventsConfig.DEFAULT);

  public PipelineConfig {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0");
    }
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be > 0");
    }
    if (annotator == null) {
      annotator = AnnotatorConfig.DEFAULT;
    }
    if (events == null) {
      events = EventsConfig.DEFAULT;
    }
  }

  /** Worker threads to use: {@link #threads()}, or the number of cores when it is 0. */
  public int effectiveThreads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }

  /**
   * Reads a config file.
   *
   * @throws IllegalArgumentException naming the unknown key or the invalid value
   */
  public static PipelineConfig read(Path file) {
    ObjectMapper mapper =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      var tree = mapper.readTree(file.toFile());
      var defaults = mapper.valueToTree(DEFAULT);
      ((com.fasterxml.jackson.databind.node.ObjectNode) defaults).setAll(
          (com.fasterxml.jackson.databind.node.ObjectNode) tree);
      return mapper.treeToValue(defaults, PipelineConfig.class);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException(
          file + ": unknown setting '" + e.getPropertyName() + "' (known: " + e.getKnownPropertyIds() + ")");
    } catch (IOException | ClassCastException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage());
    }
  }
}
