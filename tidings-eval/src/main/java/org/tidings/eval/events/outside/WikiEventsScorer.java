package org.tidings.eval.events.outside;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidings.eval.EvalOptions;
import org.tidings.eval.EvalReport;
import org.tidings.eval.Scorer;

/**
 * The event coder on the WikiEvents test split (Li et al., NAACL 2021; 20 English news and
 * Wikipedia-linked documents, KAIROS event types with argument roles), the types with a PLOVER
 * counterpart mapped by {@link KairosMapping} and scored as {@link WikiEventsCounts} says. Each
 * document runs whole through the standard pipeline, undated.
 *
 * <p>Figures: trigger-type precision, recall and F1 (trigger overlaps, PLOVER type equal),
 * trigger identification F1 (type ignored), argument precision, recall and F1 (source and target
 * spans overlapping the gold mention), and F1 per PLOVER type. {@code --baseline} adds the other
 * coder under its prefix; {@code --limit N} scores the first N documents. Items are documents.
 *
 * <p>Never trained on: the data is an outside check. Used by one thread at a time.
 */
public final class WikiEventsScorer implements Scorer {
  private final CoderRuns runs = new CoderRuns();

  @Override
  public String suite() {
    return "events-wikievents";
  }

  @Override
  public String description() {
    return "WikiEvents test split, KAIROS types mapped to PLOVER: trigger-type F1 and source/target argument F1; "
        + "test.jsonl or a gen-arg checkout at commit 16d8f90";
  }

  @Override
  public EvalReport score(Path data) {
    return score(data, EvalOptions.NONE);
  }

  @Override
  public EvalReport score(Path data, EvalOptions options) {
    List<WikiEventsDocument> docs = WikiEventsDocument.read(data);
    if (options.limit() > 0 && docs.size() > options.limit()) {
      docs = docs.subList(0, options.limit());
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no document in " + data);
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (CoderRuns.Run run : runs.runs(options)) {
      WikiEventsCounts counts = new WikiEventsCounts();
      for (WikiEventsDocument d : docs) {
        counts.add(d, CoderRuns.events(run.pipeline(), suite(), d.id(), d.text()).stream()
            .map(WikiEventsCounts.Coded::of).toList());
      }
      put(metrics, run.prefix(), counts);
    }
    return new EvalReport(suite(), data.toString(), docs.size(), metrics);
  }

  static void put(Map<String, Double> m, String p, WikiEventsCounts c) {
    m.put(p + "gold.events", (double) c.gold);
    m.put(p + "coded.events", (double) c.predicted);
    m.put(p + "trigger.precision", WikiEventsCounts.precision(c.typed, c.predicted));
    m.put(p + "trigger.recall", WikiEventsCounts.precision(c.typed, c.gold));
    m.put(p + "trigger.f1", WikiEventsCounts.f1(c.typed, c.gold, c.predicted));
    m.put(p + "trigger.id.f1", WikiEventsCounts.f1(c.identified, c.gold, c.predicted));
    m.put(p + "gold.arguments", (double) c.goldArgs);
    m.put(p + "coded.arguments", (double) c.predictedArgs);
    m.put(p + "argument.precision", WikiEventsCounts.precision(c.rightArgs, c.predictedArgs));
    m.put(p + "argument.recall", WikiEventsCounts.precision(c.rightArgs, c.goldArgs));
    m.put(p + "argument.f1", WikiEventsCounts.f1(c.rightArgs, c.goldArgs, c.predictedArgs));
    c.byType.forEach((type, n) -> {
      m.put(p + "type." + type + ".f1", WikiEventsCounts.f1(n[2], n[0], n[1]));
      if (p.isEmpty()) {
        m.put("type." + type + ".gold", (double) n[0]);
      }
    });
  }
}
