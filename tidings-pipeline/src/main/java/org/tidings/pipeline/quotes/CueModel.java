package org.tidings.pipeline.quotes;

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
 * The learned cue detector: a logistic model over {@link CueFeatures} that says whether a verb
 * the {@link CueLexicon} does not list introduces an attribution ("criticized the plan", "seemed
 * to suggest", "pushed for"). Read from the bundled {@code org/tidings/quotes/cue-model.tsv},
 * trained on the PolNeAR train split by {@code org.tidings.eval.quotes.PolnearCueModel} (its
 * header records the command and the threshold's choice).
 *
 * <p>Form: {@code #} comment lines, one {@code threshold TAB p} line, an optional {@code reject TAB
 * p} line, then {@code feature TAB weight} lines; a feature not listed weighs 0. A verb the
 * lexicon lacks is accepted as a cue at probability {@code threshold} or more; a use of a verb it
 * lists (features prefixed {@link CueFeatures#LEXICON_PREFIX}) is rejected below {@code reject}
 * (0 when the line is absent: never). An optional {@code nominal TAB p} line sets the least
 * probability at which a noun or adjective candidate ({@link NominalCue}, features prefixed {@link
 * CueFeatures#NOUN_PREFIX} or {@link CueFeatures#ADJECTIVE_PREFIX}) is accepted (1 when absent:
 * never). An optional {@code widen TAB p} line sets the least probability at which a use of a
 * lexicon verb whose listed content forms find nothing is read with every form ({@link #widens}; 1
 * when absent: never).
 *
 * <p>Immutable and thread-safe.
 */
public final class CueModel {
  private static final String RESOURCE = "/org/tidings/quotes/cue-model.tsv";

  private final Map<String, Double> weights;
  private final double threshold;
  private final double reject;
  private final double nominal;
  private final double widen;

  /**
   * @param weights feature weights (log-odds of a cue)
   * @param threshold least probability, in (0, 1), at which a verb the lexicon lacks is accepted
   * @param reject probability, in [0, 1), below which a use of a lexicon verb is rejected
   * @throws IllegalArgumentException when a threshold is out of range
   */
  public CueModel(Map<String, Double> weights, double threshold, double reject) {
    this(weights, threshold, reject, 1);
  }

  /**
   * @param weights feature weights (log-odds of a cue)
   * @param threshold least probability, in (0, 1), at which a verb the lexicon lacks is accepted
   * @param reject probability, in [0, 1), below which a use of a lexicon verb is rejected
   * @param nominal least probability, in (0, 1], at which a noun or adjective candidate is
   *     accepted; 1 accepts none
   * @throws IllegalArgumentException when a threshold is out of range
   */
  public CueModel(Map<String, Double> weights, double threshold, double reject, double nominal) {
    this(weights, threshold, reject, nominal, 1);
  }

  /**
   * @param weights feature weights (log-odds of a cue)
   * @param threshold least probability, in (0, 1), at which a verb the lexicon lacks is accepted
   * @param reject probability, in [0, 1), below which a use of a lexicon verb is rejected
   * @param nominal least probability, in (0, 1], at which a noun or adjective candidate is
   *     accepted; 1 accepts none
   * @param widen least probability, in (0, 1], at which a use of a lexicon verb is read with
   *     every content form when its listed forms find nothing; 1 never
   * @throws IllegalArgumentException when a threshold is out of range
   */
  public CueModel(Map<String, Double> weights, double threshold, double reject, double nominal, double widen) {
    if (!(threshold > 0 && threshold < 1) || !(reject >= 0 && reject < 1) || !(nominal > 0 && nominal <= 1)
        || !(widen > 0 && widen <= 1)) {
      throw new IllegalArgumentException(
          "cue model thresholds out of range: " + threshold + ", " + reject + ", " + nominal + ", " + widen);
    }
    this.weights = Map.copyOf(weights);
    this.threshold = threshold;
    this.reject = reject;
    this.nominal = nominal;
    this.widen = widen;
  }

  /** The bundled model. */
  public static CueModel bundled() {
    try (InputStream in = CueModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("cue model missing from the classpath: " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a model in the cue-model.tsv form.
   *
   * @throws IllegalArgumentException naming the line when a line is malformed, a feature repeats,
   *     or the threshold is missing
   */
  static CueModel read(BufferedReader reader) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    Double threshold = null;
    double reject = 0;
    double nominal = 1;
    double widen = 1;
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalArgumentException("cue model line " + number + ": expected 2 tab-separated fields: " + line);
      }
      double value;
      try {
        value = Double.parseDouble(f[1]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("cue model line " + number + ": not a number: " + line, e);
      }
      if (f[0].equals("threshold")) {
        threshold = value;
      } else if (f[0].equals("reject")) {
        reject = value;
      } else if (f[0].equals("nominal")) {
        nominal = value;
      } else if (f[0].equals("widen")) {
        widen = value;
      } else if (weights.putIfAbsent(f[0], value) != null) {
        throw new IllegalArgumentException("cue model line " + number + ": repeated feature " + f[0]);
      }
    }
    if (threshold == null) {
      throw new IllegalArgumentException("cue model: no threshold line");
    }
    return new CueModel(weights, threshold, reject, nominal, widen);
  }

  /** The same weights with other thresholds (for choosing them on held-out data). */
  public CueModel withThresholds(double threshold, double reject) {
    return new CueModel(weights, threshold, reject, nominal, widen);
  }

  /** The same weights and verb thresholds with another nominal threshold (1: no nominal cues). */
  public CueModel withNominalThreshold(double nominal) {
    return new CueModel(weights, threshold, reject, nominal, widen);
  }

  /** The same weights and other thresholds with another widening threshold (1: never widen). */
  public CueModel withWidenThreshold(double widen) {
    return new CueModel(weights, threshold, reject, nominal, widen);
  }

  public double widen() {
    return widen;
  }

  public double nominal() {
    return nominal;
  }

  public double threshold() {
    return threshold;
  }

  public double reject() {
    return reject;
  }

  /** Weights by feature, unmodifiable. */
  public Map<String, Double> weights() {
    return weights;
  }

  /** Probability, 0..1, that a candidate with these features is a cue. */
  public double probability(List<String> features) {
    double z = 0;
    for (String f : features) {
      z += weights.getOrDefault(f, 0.0);
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** True when the probability reaches the threshold (for a verb the lexicon lacks). */
  public boolean accepts(List<String> features) {
    return probability(features) >= threshold;
  }

  /** True when the probability reaches the nominal threshold (for a noun or adjective candidate). */
  public boolean acceptsNominal(List<String> features) {
    return reaches(nominal, features);
  }

  /**
   * True when the probability reaches the widening threshold: a use of a lexicon verb whose listed
   * content forms find nothing is then read with every form.
   */
  public boolean widens(List<String> features) {
    return reaches(widen, features);
  }

  /** True when an optional threshold is set (below 1) and the probability reaches it. */
  private boolean reaches(double least, List<String> features) {
    return least < 1 && probability(features) >= least;
  }

  /** True when the probability is below the reject threshold (for a use of a lexicon verb). */
  public boolean rejects(List<String> features) {
    return reject > 0 && probability(features) < reject;
  }
}
