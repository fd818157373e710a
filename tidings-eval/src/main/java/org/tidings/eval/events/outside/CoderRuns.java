package org.tidings.eval.events.outside;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.eval.EvalOptions;
import org.tidings.model.Article;
import org.tidings.model.Event;
import org.tidings.model.Layers;
import org.tidings.model.Outcome;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.events.EventsConfig;
import org.tidings.pipeline.places.PlaceResources;

/**
 * The pipelines an outside check scores: the standard pipeline with the default events config
 * (metric names unprefixed) and, with {@code --baseline}, the same with the other coder (metric
 * names prefixed by that coder, e.g. {@code learned.}). Resources load on first use. Used by one
 * thread at a time.
 */
final class CoderRuns {
  /** One pipeline to score and the prefix of its metric names ("" or e.g. "learned."). */
  record Run(String prefix, EventsConfig.Coder coder, Pipeline pipeline) {}

  private PipelineResources resources;

  /** The runs the options ask for, default coder first. */
  List<Run> runs(EvalOptions options) {
    if (resources == null) {
      resources = PipelineResources.load(AnnotatorConfig.DEFAULT, PlaceResources.builtIn());
    }
    List<Run> out = new ArrayList<>();
    EventsConfig.Coder primary = EventsConfig.DEFAULT.coder();
    out.add(new Run("", primary, Pipelines.standard(resources, EventsConfig.DEFAULT)));
    if (options.baseline()) {
      EventsConfig.Coder other = primary == EventsConfig.Coder.RULES ? EventsConfig.Coder.LEARNED : EventsConfig.Coder.RULES;
      out.add(new Run(other.name().toLowerCase(Locale.ROOT) + ".", other,
          Pipelines.standard(resources, EventsConfig.DEFAULT.withCoder(other))));
    }
    return out;
  }

  /**
   * The events of one undated text; none, with a note on stderr naming the suite and id, when the
   * pipeline does not code it.
   */
  static List<Event> events(Pipeline pipeline, String suite, String id, String text) {
    Article article = new Article(Article.idOf(text), null, null, null, null, "en", text, List.of(), id, id);
    Outcome outcome = pipeline.run(article);
    if (outcome instanceof Outcome.Coded coded && coded.document().has(Layers.EVENTS)) {
      return coded.document().get(Layers.EVENTS);
    }
    System.err.println(suite + ": " + id + ": not coded: " + outcome);
    return List.of();
  }
}
