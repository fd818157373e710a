package org.tidings.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tidings.eval.LogisticFit;
import org.tidings.eval.LogisticFit.Example;
import org.tidings.eval.quotes.PolnearDocument.Attribution;
import org.tidings.model.Document;
import org.tidings.model.Layers;
import org.tidings.model.Outcome;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.actors.ActorDictionary;
import org.tidings.pipeline.actors.ActorResolver;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.annotate.CoreNlpAnnotator;
import org.tidings.pipeline.events.WordNetSenses;
import org.tidings.pipeline.quotes.CueFeatures;
import org.tidings.pipeline.quotes.CueFeatures.Candidate;
import org.tidings.pipeline.quotes.CueLexicon;
import org.tidings.pipeline.quotes.CueModel;
import org.tidings.pipeline.quotes.QuoteFinder;
import org.tidings.pipeline.time.TimeResolver;

/**
 * Trains the quote stage's learned cue detector ({@link CueModel}) on the PolNeAR train split, the
 * procedure behind {@code org/tidings/quotes/cue-model.tsv}. Run on the train split only (dev and
 * test are for scoring):
 *
 * <pre>
 *   java -cp ... org.tidings.eval.quotes.PolnearCueModel ../shared/corpus/polnear/train cue-model.tsv
 * </pre>
 *
 * <ol>
 *   <li>Each article is annotated (CoreNLP, times, actors). Every {@link CueFeatures} candidate (a
 *       verb, or a noun or adjective with a complement; the features of lexicon verbs, nouns and
 *       adjectives are kept apart by prefixes) is an example, a cue when its characters overlap a
 *       gold cue.
 *   <li>Articles are split by position: every {@value #FOLDS}th (the 5th, 10th, ...) is held out.
 *       Logistic models ({@link LogisticFit}) are trained on the rest with
 *       each L2 prior sigma of {@link #SIGMAS}; the one with the least log-loss on the held-out
 *       candidates is kept.
 *   <li>On the held-out articles the quote stage runs with the lexicon alone and with the model at
 *       each accept threshold of {@link #THRESHOLDS} (no rejection); kept is the highest threshold
 *       whose mean of source, cue and content overlap F1 is within {@value #TOLERANCE} of the best
 *       (differences that small are noise on 168 articles, and a higher threshold adds fewer
 *       doubtful cues). Then, with it, each reject threshold of {@link #REJECTS} for lexicon verbs
 *       and 0 (none): kept is the lowest within {@value #TOLERANCE} of the best. Then, with both,
 *       each nominal threshold of {@link #NOMINALS} (1: no noun or adjective cues): kept is the
 *       highest within {@value #TOLERANCE} of the best.
 *   <li>The model is trained again on all articles with that sigma and written with those
 *       thresholds.
 * </ol>
 *
 * <p>Progress and the held-out figures go to stderr. Single-threaded; a batch tool, not used by
 * the pipeline.
 */
public final class PolnearCueModel {
  static final int FOLDS = 5;
  static final double[] SIGMAS = {0.25, 0.5, 1.0, 2.0};
  static final double[] THRESHOLDS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8};
  static final double[] REJECTS = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};
  /** Nominal thresholds tried, 1 (no nominal cues) last so that it wins ties. */
  static final double[] NOMINALS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 1.0};
  /** Mean overlap F1 within which a more conservative threshold is preferred to the best. */
  static final double TOLERANCE = 0.002;
  /** Weights smaller than this are not written (they change no decision). */
  static final double SMALLEST_WEIGHT = 1e-3;

  /** One annotated held-out article with its gold. */
  private record HeldOut(Document doc, List<Attribution> gold) {}

  private PolnearCueModel() {}

  public static void main(String[] args) {
    if (args.length != 2 && args.length != 3) {
      System.err.println("usage: PolnearCueModel TRAIN_DIR MODEL_TSV [FIRST_N_ARTICLES]");
      System.exit(2);
    }
    List<PolnearDocument> docs = PolnearDocument.readSplit(Path.of(args[0]), args, 2);
    WordNetSenses wordNet = WordNetSenses.load();
    CueLexicon lexicon = CueLexicon.bundled();
    CueFeatures features = new CueFeatures(lexicon, wordNet::firstVerbSenseFile, wordNet::firstSenseFile);
    Pipeline annotate = Pipeline.of(List.of(new CoreNlpAnnotator(AnnotatorConfig.DEFAULT), new TimeResolver(),
        new ActorResolver(ActorDictionary.load())));
    List<Example> fit = new ArrayList<>();
    List<Example> heldData = new ArrayList<>();
    List<Example> all = new ArrayList<>();
    List<HeldOut> heldOut = new ArrayList<>();
    for (int n = 0; n < docs.size(); n++) {
      PolnearDocument doc = docs.get(n);
      Outcome outcome = annotate.run(doc.article());
      if (!(outcome instanceof Outcome.Coded coded)) {
        System.err.println("PolnearCueModel: not annotated: " + doc.id() + ": " + outcome);
        continue;
      }
      boolean held = n % FOLDS == FOLDS - 1;
      for (Candidate c : features.candidates(coded.document())) {
        TextSpan span = coded.document().tokens().get(c.token()).span();
        Example datum = new Example(c.features(), isGoldCue(span, doc.gold()));
        all.add(datum);
        (held ? heldData : fit).add(datum);
      }
      if (held) {
        heldOut.add(new HeldOut(coded.document(), doc.gold()));
      }
      if ((n + 1) % 50 == 0) {
        System.err.println("PolnearCueModel: annotated " + (n + 1) + " / " + docs.size());
      }
    }
    System.err.printf(Locale.ROOT, "PolnearCueModel: %d candidates (%d cues), %d held-out articles%n", all.size(),
        all.stream().filter(Example::positive).count(), heldOut.size());
    double sigma = SIGMAS[0];
    double bestLoss = Double.MAX_VALUE;
    CueModel first = null;
    for (double s : SIGMAS) {
      CueModel m = train(fit, s);
      double loss = logLoss(m, heldData);
      System.err.printf(Locale.ROOT, "PolnearCueModel: sigma %.2f: held-out log-loss %.5f%n", s, loss);
      if (loss < bestLoss) {
        bestLoss = loss;
        sigma = s;
        first = m;
      }
    }
    double[] chosen = chooseThresholds(first, lexicon, features, heldOut);
    CueModel model = train(all, sigma).withThresholds(chosen[0], chosen[1]).withNominalThreshold(chosen[2]);
    write(Path.of(args[1]), model, docs.size(), all.size());
  }

  private static boolean isGoldCue(TextSpan token, List<Attribution> gold) {
    for (Attribution a : gold) {
      for (TextSpan c : a.cue()) {
        if (c.overlaps(token)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Mean negative log-likelihood of the labels. */
  private static double logLoss(CueModel m, List<Example> data) {
    double sum = 0;
    for (Example d : data) {
      double p = m.probability(List.copyOf(d.features()));
      sum -= Math.log(Math.max(1e-12, d.positive() ? p : 1 - p));
    }
    return sum / Math.max(1, data.size());
  }

  /** A logistic model: one weight per feature, the log-odds of a cue (thresholds 0.5, 0). */
  static CueModel train(List<Example> data, double sigma) {
    return new CueModel(LogisticFit.weights(data, sigma, SMALLEST_WEIGHT), 0.5, 0);
  }

  /**
   * The accept threshold, then the reject threshold, with the best mean overlap F1 on the held-out
   * articles (see the class comment).
   */
  private static double[] chooseThresholds(CueModel model, CueLexicon lexicon, CueFeatures features, List<HeldOut> heldOut) {
    double lexiconAlone = meanF1(score(new QuoteFinder(lexicon), heldOut), "lexicon alone");
    double[] accept = new double[THRESHOLDS.length];
    for (int i = 0; i < THRESHOLDS.length; i++) {
      accept[i] = meanF1(score(new QuoteFinder(lexicon, features, model.withThresholds(THRESHOLDS[i], 0)), heldOut),
          String.format(Locale.ROOT, "threshold %.2f", THRESHOLDS[i]));
    }
    int t = conservative(accept, true);
    if (accept[t] <= lexiconAlone) {
      t = THRESHOLDS.length - 1;
    }
    double[] reject = new double[REJECTS.length];
    for (int i = 0; i < REJECTS.length; i++) {
      reject[i] = meanF1(score(new QuoteFinder(lexicon, features, model.withThresholds(THRESHOLDS[t], REJECTS[i])), heldOut),
          String.format(Locale.ROOT, "threshold %.2f, reject %.2f", THRESHOLDS[t], REJECTS[i]));
    }
    int r = conservative(reject, false);
    double[] nominal = new double[NOMINALS.length];
    for (int i = 0; i < NOMINALS.length; i++) {
      nominal[i] = meanF1(score(new QuoteFinder(lexicon, features,
          model.withThresholds(THRESHOLDS[t], REJECTS[r]).withNominalThreshold(NOMINALS[i])), heldOut),
          String.format(Locale.ROOT, "threshold %.2f, reject %.2f, nominal %.2f", THRESHOLDS[t], REJECTS[r], NOMINALS[i]));
    }
    int n = conservative(nominal, true);
    System.err.printf(Locale.ROOT,
        "PolnearCueModel: chosen threshold %.2f, reject %.2f, nominal %.2f (mean overlap F1 %.4f, lexicon alone %.4f)%n",
        THRESHOLDS[t], REJECTS[r], NOMINALS[n], nominal[n], lexiconAlone);
    return new double[] {THRESHOLDS[t], REJECTS[r], NOMINALS[n]};
  }

  /**
   * The index of the score within {@link #TOLERANCE} of the best that lies furthest towards the
   * end ({@code last}) or the start of the array.
   */
  private static int conservative(double[] scores, boolean last) {
    double best = java.util.Arrays.stream(scores).max().orElseThrow();
    int pick = -1;
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] >= best - TOLERANCE && (pick < 0 || last)) {
        pick = i;
      }
    }
    return pick;
  }

  private static AttributionCounts score(QuoteFinder finder, List<HeldOut> heldOut) {
    AttributionCounts counts = new AttributionCounts();
    for (HeldOut h : heldOut) {
      Document done = finder.process(h.doc());
      counts.add(h.doc().article().text(), h.gold(),
          PolnearQuoteScorer.attributions(done.get(Layers.QUOTES), done.get(Layers.ACTORS)));
    }
    return counts;
  }

  private static double meanF1(AttributionCounts counts, String label) {
    Map<String, Double> m = counts.metrics("");
    double mean = (m.get("source overlap F1") + m.get("cue overlap F1") + m.get("content overlap F1")) / 3;
    System.err.printf(Locale.ROOT,
        "PolnearCueModel: held-out, %s: overlap P/R/F1 source %.4f/%.4f/%.4f cue %.4f/%.4f/%.4f content %.4f/%.4f/%.4f;"
            + " speaker accuracy %.4f; mean F1 %.4f%n",
        label, m.get("source overlap P"), m.get("source overlap R"), m.get("source overlap F1"), m.get("cue overlap P"),
        m.get("cue overlap R"), m.get("cue overlap F1"), m.get("content overlap P"), m.get("content overlap R"),
        m.get("content overlap F1"), m.get("direct speaker accuracy"), mean);
    return mean;
  }

  private static void write(Path out, CueModel model, int articles, int candidates) {
    List<String> lines = new ArrayList<>();
    lines.add("# Tidings learned quote cue model (logistic; see org.tidings.pipeline.quotes.CueModel).");
    lines.add("# Derived from the PolNeAR train split (" + articles + " articles, " + candidates
        + " candidate verbs, nouns and adjectives) by org.tidings.eval.quotes.PolnearCueModel;");
    lines.add("# sigma and thresholds chosen on held-out train articles (every " + FOLDS + "th), never on dev or test.");
    lines.add(String.format(Locale.ROOT, "threshold\t%.2f", model.threshold()));
    lines.add(String.format(Locale.ROOT, "reject\t%.2f", model.reject()));
    lines.add(String.format(Locale.ROOT, "nominal\t%.2f", model.nominal()));
    new TreeMap<>(model.weights()).forEach((f, w) -> lines.add(f + "\t" + String.format(Locale.ROOT, "%.4f", w)));
    try {
      Files.write(out, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
