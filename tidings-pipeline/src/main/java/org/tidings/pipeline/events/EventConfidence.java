package org.tidings.pipeline.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The learned confidence of a coded event: a logistic model over {@link EventFeatures} giving the
 * probability that a hand reviewer judges the event right on who, what and whom. Read from the
 * bundled {@code org/tidings/events/event-confidence.tsv}, trained on the six Wikinews hand
 * reviews by {@code org.tidings.eval.events.EventConfidenceModel} (its header records the data,
 * the cross-validated curve and why the threshold was chosen).
 *
 * <p>Form: {@code #} comment lines, one {@code threshold TAB p} line (the least probability the
 * coder keeps by default, see {@link EventsConfig}), then {@code feature TAB weight} lines (log-odds
 * of "right"); a feature not listed weighs 0.
 *
 * <p>Immutable and thread-safe.
 *
 * @param weights feature weights, copied
 * @param threshold default least probability to keep an event, in [0, 1]
 */
public record EventConfidence(Map<String, Double> weights, double threshold) {
  private static final String RESOURCE = "/org/tidings/events/event-confidence.tsv";

  public EventConfidence {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("event confidence threshold outside [0, 1]: " + threshold);
    }
    weights = Map.copyOf(weights);
  }

  /** The bundled model. */
  public static EventConfidence bundled() {
    try (InputStream in = EventConfidence.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("event confidence model missing from the classpath: " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a model in the event-confidence.tsv form.
   *
   * @throws IllegalArgumentException naming the line when it is malformed or repeats a feature, or
   *     when the threshold line is missing
   */
  public static EventConfidence read(BufferedReader reader) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    double threshold = Double.NaN;
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      double value;
      try {
        value = Double.parseDouble(line.substring(tab + 1));
      } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
        throw new IllegalArgumentException("event confidence line " + number + ": expected name TAB number: " + line, e);
      }
      String name = line.substring(0, Math.max(tab, 0));
      if (tab <= 0) {
        throw new IllegalArgumentException("event confidence line " + number + ": expected name TAB number: " + line);
      } else if (name.equals("threshold")) {
        threshold = value;
      } else if (weights.put(name, value) != null) {
        throw new IllegalArgumentException("event confidence line " + number + ": repeated feature " + name);
      }
    }
    if (Double.isNaN(threshold)) {
      throw new IllegalArgumentException("event confidence model: no threshold line");
    }
    return new EventConfidence(weights, threshold);
  }

  /** Probability, 0..1, that an event with these features is right. */
  public double probability(List<String> features) {
    double z = 0;
    for (String f : features) {
      z += weights.getOrDefault(f, 0.0);
    }
    return 1 / (1 + Math.exp(-z));
  }
}
