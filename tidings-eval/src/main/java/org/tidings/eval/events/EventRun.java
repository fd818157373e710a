package org.tidings.eval.events;

import java.time.LocalDate;
import java.util.List;
import org.tidings.model.Article;
import org.tidings.model.Event;
import org.tidings.model.Layers;
import org.tidings.model.Outcome;
import org.tidings.model.Published;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.annotate.AnnotatorConfig;

/**
 * Runs texts through the standard pipeline (loaded on first use) and returns their events. A text
 * that is not coded yields no events and a note on stderr. Used by one thread at a time.
 */
final class EventRun {
  private final String suite;
  private Pipeline pipeline;

  EventRun(String suite) {
    this.suite = suite;
  }

  /** Events of one text; {@code date} is yyyy-MM-dd or yyyyMMdd, or blank. */
  List<Event> events(String id, String text, String date) {
    if (pipeline == null) {
      pipeline = Pipelines.standard(AnnotatorConfig.DEFAULT);
    }
    Published published = null;
    try {
      String d = date.length() == 8 ? date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6) : date;
      published = d.isBlank() ? null : Published.of(LocalDate.parse(d));
    } catch (RuntimeException e) {
      System.err.println(suite + ": " + id + ": ignoring bad date '" + date + "'");
    }
    Article article = Article.builder(text, id).published(published).externalId(id).build();
    Outcome outcome = pipeline.run(article);
    if (outcome instanceof Outcome.Coded coded && coded.document().has(Layers.EVENTS)) {
      return coded.document().get(Layers.EVENTS);
    }
    System.err.println(suite + ": " + id + ": not coded: " + outcome);
    return List.of();
  }
}
