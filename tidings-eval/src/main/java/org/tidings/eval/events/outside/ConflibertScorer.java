package org.tidings.eval.events.outside;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidings.eval.EvalOptions;
import org.tidings.eval.EvalReport;
import org.tidings.eval.Scorer;
import org.tidings.eval.events.PloverEventScorer;
import org.tidings.model.Event;

/**
 * The event coder on the ConfliBERT CAMEO sentences (Hu et al., NAACL 2022; test split, 451
 * sentences, each labelled with one coarse class 0..4). Each sentence runs through the standard
 * pipeline alone; its predicted class is the {@link PentaClass} of the first event in text order
 * that PLOVER keeps (as {@link PloverEventScorer} chooses), neutral when there is none.
 *
 * <p>Figures: {@code macro.f1} is the mean F1 of the four PLOVER classes 1..4 present in the gold
 * (a sentence predicted in class c counts against c whatever its gold, neutral included); {@code
 * penta.macro.f1} adds the neutral class; {@code accuracy} is over all five classes; {@code
 * coverage} is the share of sentences with a PLOVER event. {@code --baseline} adds the other coder
 * under its prefix; {@code --limit N} scores the first N sentences. Items are sentences.
 *
 * <p>Never trained on: the data is an outside check. Used by one thread at a time.
 */
public final class ConflibertScorer implements Scorer {
  private final CoderRuns runs = new CoderRuns();

  @Override
  public String suite() {
    return "events-conflibert";
  }

  @Override
  public String description() {
    return "ConfliBERT CAMEO sentences, coarse class from the coded PLOVER type: macro-F1, accuracy, coverage; "
        + "a ConfliBERT checkout, its data/cameo_class or test.tsv";
  }

  @Override
  public EvalReport score(Path data) {
    return score(data, EvalOptions.NONE);
  }

  @Override
  public EvalReport score(Path data, EvalOptions options) {
    List<ConflibertSentences.Sentence> sentences = ConflibertSentences.read(data);
    if (options.limit() > 0 && sentences.size() > options.limit()) {
      sentences = sentences.subList(0, options.limit());
    }
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no sentence in " + data);
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (CoderRuns.Run run : runs.runs(options)) {
      ClassCounts counts = new ClassCounts();
      for (ConflibertSentences.Sentence s : sentences) {
        Event e = PloverEventScorer.chosen(CoderRuns.events(run.pipeline(), suite(), "line-" + s.line(), s.text()));
        counts.add(s.label(), e == null ? PentaClass.NEUTRAL : PentaClass.ofPlover(e.ploverType()));
      }
      put(metrics, run.prefix(), counts);
    }
    return new EvalReport(suite(), data.toString(), sentences.size(), metrics);
  }

  static void put(Map<String, Double> m, String prefix, ClassCounts c) {
    m.put(prefix + "macro.f1", c.macroF1(1));
    m.put(prefix + "penta.macro.f1", c.macroF1(0));
    m.put(prefix + "accuracy", c.accuracy());
    m.put(prefix + "coverage", c.coverage());
    for (int k = 0; k < 5; k++) {
      m.put(prefix + "class." + PentaClass.NAMES.get(k) + ".f1", c.f1(k));
      if (prefix.isEmpty()) {
        m.put("class." + PentaClass.NAMES.get(k) + ".gold", (double) c.gold(k));
      }
    }
  }
}
