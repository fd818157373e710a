package org.tidings.eval;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits a binary logistic model over named features: the adapter to CoreNLP's classifier package
 * (the one place Tidings uses it), for the training tools behind the quote stage's cue model and the
 * events stage's confidence model. Stateless and thread-safe.
 */
public final class LogisticFit {
  private static final String POSITIVE = "positive";
  private static final String NEGATIVE = "negative";

  /**
   * One training example.
   *
   * @param features feature names, never null
   * @param positive its label
   */
  public record Example(Collection<String> features, boolean positive) {}

  private LogisticFit() {}

  /**
   * The log-odds weight of each feature (positive over negative), fitted with an L2 (Gaussian)
   * prior of width {@code sigma}; weights smaller in magnitude than {@code smallest} are left out,
   * as they change no decision. Sorted by feature name.
   */
  public static Map<String, Double> weights(List<Example> examples, double sigma, double smallest) {
    Dataset<String, String> dataset = new Dataset<>();
    for (Example x : examples) {
      dataset.add(new BasicDatum<>(x.features(), x.positive() ? POSITIVE : NEGATIVE));
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    LinearClassifier<String, String> classifier = factory.trainClassifier(dataset);
    Map<String, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
    Counter<String> positive = byLabel.get(POSITIVE);
    Counter<String> negative = byLabel.get(NEGATIVE);
    TreeSet<String> names = new TreeSet<>(positive.keySet());
    if (negative != null) {
      names.addAll(negative.keySet());
    }
    Map<String, Double> weights = new TreeMap<>();
    for (String f : names) {
      double w = positive.getCount(f) - (negative == null ? 0 : negative.getCount(f));
      if (Math.abs(w) >= smallest) {
        weights.put(f, w);
      }
    }
    return weights;
  }
}
