package org.tidings.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.tidings.eval.LogisticFit.Example;
import org.tidings.eval.LogisticFit;
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
import org.tidings.pipeline.lexicon.WordNetSenses;
import org.tidings.pipeline.quotes.CueFeatures.Candidate;
import org.tidings.pipeline.quotes.CueFeatures;
import org.tidings.pipeline.quotes.CueLexicon;
import org.tidings.pipeline.quotes.CueModel;
import org.tidings.pipeline.quotes.QuoteFinder;
import org.tidings.pipeline.time.TimeResolver;

/**
 * Trains the quote stage's learned cue detector ({@link CueModel}) on the PolNeAR train split, the
 * procedure behind {@code org/tidings/quotes/cue-model.tsv}. Run on the train split only (dev and
 * test are for scoring); it holds every annotated article in memory (about 8 GB for 840):
 *
 * <pre>
 *   java -Xmx12g -cp ... org.tidings.eval.quotes.PolnearCueModel ../shared/corpus/polnear/train cue-model.tsv
 * </pre>
 *
 * <ol>
 *   <li>Each article is annotated (CoreNLP, times, actors). Every {@link CueFeatures} candidate (a
 *       verb, or a noun or adjective with a complement; the features of lexicon verbs, nouns and
 *       adjectives are kept apart by prefixes) is an example, a cue when its characters overlap a
 *       gold cue.
 *   <li>Articles are split by position into {@value #FOLDS} folds (article n in fold n mod
 *       {@value #FOLDS}). Every choice below is made by cross-validation: each fold's articles run
 *       through the quote stage with a model ({@link LogisticFit}) trained on the other folds, and
 *       the source, cue and content overlap F1 of all articles together are averaged.
 *   <li>Fold models are trained with each L2 prior sigma of {@link #SIGMAS}. Then, in turn,
 *       {@value #PASSES} times over (starting from sigma 1, accept threshold 0.5, no rejection, no
 *       nominal cues, no widening): the sigma with the best mean F1, the accept threshold of {@link #THRESHOLDS}
 *       for verbs the lexicon lacks, the reject threshold of {@link #REJECTS} for lexicon verbs, the
 *       nominal threshold of {@link #NOMINALS} and the widening threshold of {@link #WIDENS} (1:
 *       never). Each time the most conservative value whose mean F1 is within {@value #TOLERANCE}
 *       of the best is kept (the highest accept, nominal and widening threshold, the lowest reject
 *       threshold): differences that small are noise, and a conservative value adds fewer doubtful
 *       cues.
 *   <li>The model is trained again on all articles with that sigma and written with those
 *       thresholds.
 * </ol>
 *
 * <p>Progress and the cross-validated figures go to stderr. Single-threaded; a batch tool, not
 * used by the pipeline.
 */
public final class PolnearCueModel {
  static final int FOLDS = 5;
  static final double[] SIGMAS = {0.25, 0.5, 1.0, 2.0};
  static final double[] THRESHOLDS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8};
  static final double[] REJECTS = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};
  /** Nominal thresholds tried, 1 (no nominal cues) last so that it wins ties. */
  static final double[] NOMINALS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 1.0};
  /** Widening thresholds tried, 1 (never) last so that it wins ties. */
  static final double[] WIDENS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0};
  /**
   * Mean overlap F1 within which a more conservative threshold is preferred to the best: a few
   * attributions among the 840 articles' 20,000.
   */
  static final double TOLERANCE = 0.0005;
  /** Passes of coordinate ascent over the four thresholds. */
  static final int PASSES = 2;
  /** Weights smaller than this are not written (they change no decision). */
  static final double SMALLEST_WEIGHT = 1e-3;

  /** One annotated article with its gold attributions and its candidates as examples. */
  private record Article(Document doc, List<Attribution> gold, List<Example> examples) {}

  /** The prior width and thresholds of a model, in the order they are chosen. */
  private record Settings(double sigma, double accept, double reject, double nominal, double widen) {
    Settings withSigma(double v) {
      return new Settings(v, accept, reject, nominal, widen);
    }

    Settings withAccept(double v) {
      return new Settings(sigma, v, reject, nominal, widen);
    }

    Settings withReject(double v) {
      return new Settings(sigma, accept, v, nominal, widen);
    }

    Settings withNominal(double v) {
      return new Settings(sigma, accept, reject, v, widen);
    }

    Settings withWiden(double v) {
      return new Settings(sigma, accept, reject, nominal, v);
    }

    CueModel apply(CueModel m) {
      return m.withThresholds(accept, reject).withNominalThreshold(nominal).withWidenThreshold(widen);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "sigma %.2f, accept %.2f, reject %.2f, nominal %.2f, widen %.2f", sigma, accept,
          reject, nominal, widen);
    }
  }

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
    List<Article> articles = new ArrayList<>();
    for (int n = 0; n < docs.size(); n++) {
      PolnearDocument doc = docs.get(n);
      Outcome outcome = annotate.run(doc.article());
      if (!(outcome instanceof Outcome.Coded coded)) {
        System.err.println("PolnearCueModel: not annotated: " + doc.id() + ": " + outcome);
        continue;
      }
      List<Example> examples = new ArrayList<>();
      for (Candidate c : features.candidates(coded.document())) {
        TextSpan span = coded.document().tokens().get(c.token()).span();
        examples.add(new Example(c.features(), isGoldCue(span, doc.gold())));
      }
      articles.add(new Article(coded.document(), doc.gold(), examples));
      if ((n + 1) % 50 == 0) {
        System.err.println("PolnearCueModel: annotated " + (n + 1) + " / " + docs.size());
      }
    }
    List<Example> all = articles.stream().flatMap(a -> a.examples().stream()).toList();
    System.err.printf(Locale.ROOT, "PolnearCueModel: %d articles, %d candidates (%d cues)%n", articles.size(), all.size(),
        all.stream().filter(Example::positive).count());
    meanF1(crossValidate(articles, lexicon, null, null, null), "lexicon alone");
    Map<Double, List<CueModel>> folds = new HashMap<>();
    for (double sigma : SIGMAS) {
      folds.put(sigma, trainFolds(articles, sigma));
    }
    Settings chosen = choose(articles, lexicon, features, folds);
    CueModel model = chosen.apply(train(all, chosen.sigma()));
    write(Path.of(args[1]), model, articles.size(), all.size(), chosen.sigma());
  }

  /** One model per fold, each trained on the other folds' examples. */
  private static List<CueModel> trainFolds(List<Article> articles, double sigma) {
    List<CueModel> models = new ArrayList<>();
    for (int k = 0; k < FOLDS; k++) {
      List<Example> fit = new ArrayList<>();
      for (int n = 0; n < articles.size(); n++) {
        if (n % FOLDS != k) {
          fit.addAll(articles.get(n).examples());
        }
      }
      models.add(train(fit, sigma));
    }
    return models;
  }

  /**
   * Scores every article with its own fold's model under these settings; with null folds, the
   * lexicon alone.
   */
  private static AttributionCounts crossValidate(List<Article> articles, CueLexicon lexicon, CueFeatures features,
      Map<Double, List<CueModel>> folds, Settings settings) {
    AttributionCounts counts = new AttributionCounts();
    for (int n = 0; n < articles.size(); n++) {
      Article a = articles.get(n);
      QuoteFinder finder = folds == null ? new QuoteFinder(lexicon)
          : new QuoteFinder(lexicon, features, settings.apply(folds.get(settings.sigma()).get(n % FOLDS)));
      Document done = finder.process(a.doc());
      counts.add(a.doc().article().text(), a.gold(),
          PolnearQuoteScorer.attributions(done.get(Layers.QUOTES), done.get(Layers.ACTORS)));
    }
    return counts;
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

  /** A logistic model: one weight per feature, the log-odds of a cue (thresholds 0.5, 0). */
  static CueModel train(List<Example> data, double sigma) {
    return new CueModel(LogisticFit.weights(data, sigma, SMALLEST_WEIGHT), 0.5, 0);
  }

  /**
   * The sigma and the accept, reject, nominal and widening thresholds by coordinate ascent over
   * {@value #PASSES} passes, each by cross-validation (see the class comment).
   */
  private static Settings choose(List<Article> articles, CueLexicon lexicon, CueFeatures features,
      Map<Double, List<CueModel>> folds) {
    Map<Settings, Double> scored = new HashMap<>();
    Function<Settings, Double> score = t -> scored.computeIfAbsent(t,
        x -> meanF1(crossValidate(articles, lexicon, features, folds, x), x.toString()));
    Settings t = new Settings(1.0, 0.5, 0, 1, 1);
    for (int pass = 0; pass < PASSES; pass++) {
      Settings now = t;
      t = now.withSigma(SIGMAS[best(map(SIGMAS, v -> score.apply(now.withSigma(v))))]);
      Settings afterSigma = t;
      t = t.withAccept(THRESHOLDS[conservative(map(THRESHOLDS, v -> score.apply(afterSigma.withAccept(v))), true)]);
      Settings afterAccept = t;
      t = t.withReject(REJECTS[conservative(map(REJECTS, v -> score.apply(afterAccept.withReject(v))), false)]);
      Settings afterReject = t;
      t = t.withNominal(NOMINALS[conservative(map(NOMINALS, v -> score.apply(afterReject.withNominal(v))), true)]);
      Settings afterNominal = t;
      t = t.withWiden(WIDENS[conservative(map(WIDENS, v -> score.apply(afterNominal.withWiden(v))), true)]);
    }
    System.err.printf(Locale.ROOT, "PolnearCueModel: chosen %s (cross-validated mean overlap F1 %.4f)%n", t, score.apply(t));
    return t;
  }

  private static int best(double[] scores) {
    int pick = 0;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[pick]) {
        pick = i;
      }
    }
    return pick;
  }

  private static double[] map(double[] values, DoubleUnaryOperator f) {
    return Arrays.stream(values).map(f).toArray();
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

  private static double meanF1(AttributionCounts counts, String label) {
    Map<String, Double> m = counts.metrics("");
    double mean = (m.get("source overlap F1") + m.get("cue overlap F1") + m.get("content overlap F1")) / 3;
    System.err.printf(Locale.ROOT,
        "PolnearCueModel: cross-validated, %s: overlap P/R/F1 source %.4f/%.4f/%.4f cue %.4f/%.4f/%.4f content %.4f/%.4f/%.4f;"
            + " speaker accuracy %.4f; mean F1 %.4f%n",
        label, m.get("source overlap P"), m.get("source overlap R"), m.get("source overlap F1"), m.get("cue overlap P"),
        m.get("cue overlap R"), m.get("cue overlap F1"), m.get("content overlap P"), m.get("content overlap R"),
        m.get("content overlap F1"), m.get("direct speaker accuracy"), mean);
    return mean;
  }

  private static void write(Path out, CueModel model, int articles, int candidates, double sigma) {
    List<String> lines = new ArrayList<>();
    lines.add("# Tidings learned quote cue model (logistic; see org.tidings.pipeline.quotes.CueModel).");
    lines.add("# Derived from the PolNeAR train split (" + articles + " articles, " + candidates
        + " candidate verbs, nouns and adjectives) by org.tidings.eval.quotes.PolnearCueModel;");
    lines.add(String.format(Locale.ROOT, "# sigma %.2f and the thresholds chosen by %d-fold cross-validation on the train articles, never on dev or test.",
        sigma, FOLDS));
    lines.add(String.format(Locale.ROOT, "threshold\t%.2f", model.threshold()));
    lines.add(String.format(Locale.ROOT, "reject\t%.2f", model.reject()));
    lines.add(String.format(Locale.ROOT, "nominal\t%.2f", model.nominal()));
    lines.add(String.format(Locale.ROOT, "widen\t%.2f", model.widen()));
    new TreeMap<>(model.weights()).forEach((f, w) -> lines.add(f + "\t" + String.format(Locale.ROOT, "%.4f", w)));
    try {
      Files.write(out, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
