package org.tidings.eval.events.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidings.eval.EvalOptions;
import org.tidings.eval.EvalReport;
import org.tidings.eval.Scorer;
import org.tidings.model.Layers;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.events.EventsConfig;
import org.tidings.pipeline.places.PlaceResources;

/**
 * The event coder on the project's annotated corpus ({@code corpus/events}): event F1 by PLOVER
 * type, type-and-parties F1 and full F1 (type, both countries, modality class), as {@code
 * shared/annotation/score_events.py} defines them, over one split. {@code --data DIR} scores the
 * test split of the corpus at DIR; {@code --data DIR/dev} (or {@code /train}) another split.
 * {@code --baseline} scores the rule coder in the same run. Reliability: coded events by confidence
 * (fifths of 0..1), with the share that is right by type (a gold event of its type in its sentence).
 * The confusion table (gold type, or {@code (spurious)}, to coded type, or {@code (missed)}) follows.
 * Items are articles.
 *
 * <p>Used by one thread at a time.
 */
public final class EventsCorpusScorer implements Scorer {
  private PipelineResources resources;

  @Override
  public String suite() {
    return "events-corpus";
  }

  @Override
  public String description() {
    return "events in whole annotated articles: type, parties and full F1 on a split of corpus/events (DIR = test, DIR/dev, DIR/train)";
  }

  @Override
  public EvalReport score(Path data) {
    return score(data, EvalOptions.NONE);
  }

  @Override
  public EvalReport score(Path data, EvalOptions options) {
    Path root = data;
    String split = "test";
    if (!Files.isDirectory(data.resolve("gold")) && data.getParent() != null
        && List.of("train", "dev", "test").contains(data.getFileName().toString())) {
      root = data.getParent();
      split = data.getFileName().toString();
    }
    EventCorpus corpus = EventCorpus.read(root);
    List<String> ids = corpus.split(split);
    if (options.limit() > 0 && ids.size() > options.limit()) {
      ids = ids.subList(0, options.limit());
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("the " + split + " split of " + root + " has no annotated article");
    }
    if (resources == null) {
      resources = PipelineResources.load(AnnotatorConfig.DEFAULT, PlaceResources.builtIn());
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    EventScoring.Counts learned = run(Pipelines.standard(resources, EventsConfig.DEFAULT.withCoder(EventsConfig.Coder.LEARNED)), corpus, ids);
    put(metrics, "", learned);
    if (options.baseline()) {
      EventScoring.Counts rules = run(Pipelines.standard(resources, EventsConfig.DEFAULT.withCoder(EventsConfig.Coder.RULES)), corpus, ids);
      put(metrics, "rules.", rules);
    }
    return new EvalReport(suite(), data.toString(), ids.size(), metrics);
  }

  /** The corpus articles coded and scored against their primary annotation. */
  static EventScoring.Counts run(Pipeline pipeline, EventCorpus corpus, List<String> ids) {
    Map<String, List<EventScoring.Item>> gold = new LinkedHashMap<>();
    Map<String, List<EventScoring.Item>> coded = new LinkedHashMap<>();
    for (String id : ids) {
      gold.put(id, corpus.gold().get(id).stream().map(EventScoring::of).toList());
    }
    EventScoring.Counts counts = new EventScoring.Counts();
    for (CorpusDocuments.Coded c : CorpusDocuments.code(pipeline, corpus, ids)) {
      String text = c.document().article().text();
      coded.put(c.id(), EventTrainer.items(text, c.document().get(Layers.EVENTS)));
      for (org.tidings.model.Event e : c.document().get(Layers.EVENTS)) {
        if (!EventTrainer.TYPES.contains(e.ploverType())) {
          continue;
        }
        String sentence = text.substring(e.sentence().begin(), e.sentence().end());
        boolean right = corpus.gold().get(c.id()).stream()
            .anyMatch(g -> g.type().equals(e.ploverType()) && EventScoring.sameSentence(g.sentence(), sentence));
        int[] bin = counts.reliability.computeIfAbsent(Math.min(4, (int) (e.confidence() * 5)), k -> new int[2]);
        bin[0]++;
        bin[1] += right ? 1 : 0;
      }
    }
    EventScoring.score(gold, coded, counts);
    return counts;
  }

  /** The figures of one set of counts, each name prefixed. */
  static void put(Map<String, Double> m, String prefix, EventScoring.Counts c) {
    m.put(prefix + "gold.events", (double) c.gold);
    m.put(prefix + "coded.events", (double) c.other);
    m.put(prefix + "type.precision", c.precision(c.type));
    m.put(prefix + "type.recall", c.recall(c.type));
    m.put(prefix + "type.f1", c.f1(c.type));
    m.put(prefix + "parties.f1", c.f1(c.parties));
    m.put(prefix + "full.precision", c.precision(c.full));
    m.put(prefix + "full.recall", c.recall(c.full));
    m.put(prefix + "full.f1", c.f1(c.full));
    m.put(prefix + "modality.given.type", c.type == 0 ? 0 : (double) c.modality / c.type);
    m.put(prefix + "source.country.given.type", c.type == 0 ? 0 : 1 - (double) c.sourceWrong / c.type);
    m.put(prefix + "target.country.given.type", c.type == 0 ? 0 : 1 - (double) c.targetWrong / c.type);
    c.reliability.forEach((bin, n) -> {
      String range = String.format(java.util.Locale.ROOT, "%.1f-%.1f", bin / 5.0, (bin + 1) / 5.0);
      m.put(prefix + "reliability." + range + ".events", (double) n[0]);
      m.put(prefix + "reliability." + range + ".right", n[0] == 0 ? 0 : (double) n[1] / n[0]);
    });
    if (prefix.isEmpty()) {
      c.confusion.forEach((gold, row) -> row.forEach((coded, n) -> m.put("confusion." + gold + "." + coded, (double) n)));
      c.byType.forEach((type, n) -> {
        double p = n[1] == 0 ? 0 : (double) n[2] / n[1];
        double r = n[0] == 0 ? 0 : (double) n[2] / n[0];
        m.put("type." + type + ".f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
        m.put("type." + type + ".gold", (double) n[0]);
      });
    }
  }
}
