package org.tidings.eval.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidings.eval.CorpusManifest;
import org.tidings.eval.EvalReport;
import org.tidings.eval.PrfCounts;
import org.tidings.eval.Scorer;
import org.tidings.model.Article;
import org.tidings.model.Layers;
import org.tidings.model.Mention;
import org.tidings.model.Outcome;
import org.tidings.pipeline.BatchRunner;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.annotate.CoreNlpAnnotator;
import org.tidings.pipeline.extract.InputItem;

/**
 * Suite {@code ner-conll}: named entities on a CoNLL-2003 file, scored like conlleval: an entity
 * counts only when both its character span and its type match exactly; micro precision, recall and
 * F1 overall and per type (PER, ORG, LOC, MISC). Items are documents.
 *
 * <p>Each document is rebuilt as text (see {@link ConllDocument}) and annotated by the real
 * {@link CoreNlpAnnotator} without the dependency parser; its {@link Layers#MENTIONS} are mapped
 * PERSON/ORGANIZATION/LOCATION/MISC to PER/ORG/LOC/MISC, other types are ignored. Documents run on
 * all cores, one annotator per worker thread, each made once. A document whose annotation fails
 * scores as all its gold entities missed, and is reported on standard error.
 *
 * <p>Used by one thread at a time.
 */
public final class NerConllScorer implements Scorer {
  /** The CoNLL types, in report order. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  @Override
  public String suite() {
    return "ner-conll";
  }

  @Override
  public String description() {
    return "Named entities (PER, ORG, LOC, MISC) on a CoNLL-2003 4-column file: exact span+type micro P/R/F1.";
  }

  @Override
  public EvalReport score(Path data) {
    CorpusManifest.check(data);
    List<ConllDocument> documents = ConllReader.read(data);
    if (documents.isEmpty()) {
      throw new IllegalArgumentException(data + ": no CoNLL-2003 document in it");
    }
    List<InputItem> items = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      String text = documents.get(i).text();
      String origin = data + "#doc" + (i + 1);
      items.add(
          new InputItem.Read(
              Article.builder(text, origin).build()));
    }
    AnnotatorConfig config = AnnotatorConfig.DEFAULT.withParse(false);
    List<Outcome> outcomes = new ArrayList<>(documents.size());
    try (BatchRunner runner =
        BatchRunner.allCores(() -> Pipeline.of(List.of(new CoreNlpAnnotator(config))))) {
      Iterator<InputItem> it = items.iterator();
      runner.run(it, outcomes::add);
    }
    Map<String, PrfCounts> byType = new LinkedHashMap<>();
    TYPES.forEach(t -> byType.put(t, new PrfCounts()));
    PrfCounts overall = new PrfCounts();
    for (int i = 0; i < documents.size(); i++) {
      Set<EntitySpan> gold = new HashSet<>(documents.get(i).entities());
      Set<EntitySpan> predicted;
      if (outcomes.get(i) instanceof Outcome.Coded coded) {
        predicted = predicted(coded.document().get(Layers.MENTIONS));
      } else {
        System.err.println("ner-conll: document " + (i + 1) + " not annotated: " + outcomes.get(i));
        predicted = Set.of();
      }
      count(gold, predicted, overall, byType);
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("precision", overall.precision());
    metrics.put("recall", overall.recall());
    metrics.put("f1", overall.f1());
    byType.forEach(
        (type, c) -> {
          metrics.put(type + "_precision", c.precision());
          metrics.put(type + "_recall", c.recall());
          metrics.put(type + "_f1", c.f1());
        });
    return new EvalReport(suite(), data.toString(), documents.size(), metrics);
  }

  /** Mentions as CoNLL-typed spans; mentions of other types are left out. */
  static Set<EntitySpan> predicted(List<Mention> mentions) {
    Set<EntitySpan> spans = new HashSet<>();
    for (Mention m : mentions) {
      String type = conllType(m.type());
      if (type != null) {
        spans.add(new EntitySpan(m.span(), type));
      }
    }
    return spans;
  }

  /** PERSON to PER and so on; null for a type CoNLL does not score. */
  static String conllType(String corenlpType) {
    return switch (corenlpType) {
      case "PERSON" -> "PER";
      case "ORGANIZATION" -> "ORG";
      case "LOCATION" -> "LOC";
      case "MISC" -> "MISC";
      default -> null;
    };
  }

  /** Adds one document's true and false positives and false negatives, overall and per type. */
  static void count(
      Set<EntitySpan> gold, Set<EntitySpan> predicted, PrfCounts overall, Map<String, PrfCounts> byType) {
    for (String type : byType.keySet()) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (EntitySpan p : predicted) {
        if (p.type().equals(type)) {
          if (gold.contains(p)) {
            tp++;
          } else {
            fp++;
          }
        }
      }
      for (EntitySpan g : gold) {
        if (g.type().equals(type) && !predicted.contains(g)) {
          fn++;
        }
      }
      byType.get(type).add(tp, fp, fn);
      overall.add(tp, fp, fn);
    }
  }
}
