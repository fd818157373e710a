package org.tidings.eval.events.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Outcome;
import org.tidings.model.Published;
import org.tidings.pipeline.Pipeline;

/**
 * Runs corpus articles through a pipeline and keeps the coded documents. Used by one thread at a
 * time.
 */
public final class CorpusDocuments {
  private CorpusDocuments() {}

  /** One coded article of the corpus. */
  public record Coded(String id, Document document) {}

  /** The article a corpus text stands for: its id the corpus id, dated when the text is. */
  public static Article article(CorpusText t) {
    Published published = null;
    if (!t.date().isBlank()) {
      try {
        published = Published.of(LocalDate.parse(t.date().substring(0, Math.min(10, t.date().length()))));
      } catch (DateTimeParseException e) {
        System.err.println("events-corpus: " + t.id() + ": ignoring bad date '" + t.date() + "'");
      }
    }
    return new Article(Article.idOf(t.text()), t.url().isBlank() ? null : t.url(), null,
        t.title().isBlank() ? null : t.title(), published, "en", t.text(), List.of(), t.id(), t.id());
  }

  /**
   * Codes the given articles; an article the pipeline does not code is reported on stderr and left
   * out (a scorer then counts its gold events as missed).
   */
  public static List<Coded> code(Pipeline pipeline, EventCorpus corpus, List<String> ids) {
    List<Coded> out = new ArrayList<>();
    for (String id : ids) {
      Outcome o = pipeline.run(article(corpus.texts().get(id)));
      if (o instanceof Outcome.Coded c) {
        out.add(new Coded(id, c.document()));
      } else {
        System.err.println("events-corpus: " + id + ": not coded: " + o);
      }
    }
    return out;
  }
}
