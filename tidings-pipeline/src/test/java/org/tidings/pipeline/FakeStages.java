package org.tidings.pipeline;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Layer;
import org.tidings.model.Published;
import org.tidings.model.Segment;
import org.tidings.model.SegmentKind;
import org.tidings.model.TextSpan;

/** Small real {@link Stage}s and articles for testing the pipeline machinery without CoreNLP. */
final class FakeStages {
  private FakeStages() {}

  static final Layer<String> UPPER = Layer.named("upper");
  static final Layer<Integer> LENGTH = Layer.named("length");

  /** A stage with the given declarations whose work is {@code work}. */
  static Stage stage(String name, Set<Layer<?>> requires, Set<Layer<?>> produces, Function<Document, Document> work) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer<?>> requires() {
        return requires;
      }

      @Override
      public Set<Layer<?>> produces() {
        return produces;
      }

      @Override
      public Document process(Document document) {
        return work.apply(document);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /** Produces {@link #UPPER}: the text in capitals. */
  static Stage upper() {
    return stage("upper", Set.of(), Set.of(UPPER), d -> d.with(UPPER, d.article().text().toUpperCase()));
  }

  /** Requires {@link #UPPER}, produces {@link #LENGTH}; throws for articles {@code failWhen} picks. */
  static Stage length(Predicate<Article> failWhen) {
    return stage(
        "length",
        Set.of(UPPER),
        Set.of(LENGTH),
        d -> {
          if (failWhen.test(d.article())) {
            throw new IllegalStateException("cannot measure " + d.article().externalId());
          }
          return d.with(LENGTH, d.get(UPPER).length());
        });
  }

  static Article article(String externalId, String text) {
    return new Article(
        Article.idOf(text),
        null,
        null,
        null,
        Published.parse("2021-10-13"),
        "en",
        text,
        List.of(new Segment(new TextSpan(0, text.length()), SegmentKind.BODY, "")),
        "test:" + externalId,
        externalId);
  }
}
