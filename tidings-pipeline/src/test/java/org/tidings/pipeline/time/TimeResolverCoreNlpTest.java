package org.tidings.pipeline.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tidings.model.Article;
import org.tidings.model.Outcome;
import org.tidings.model.Published;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.annotate.AnnotatorConfig;

/** The resolver behind the real annotator (CoreNLP + SUTime, about ten seconds to load). */
class TimeResolverCoreNlpTest {

  @Test
  void tenseDecidesWhichFridayInARealParse() {
    String text =
        "Officials said Friday that the talks had failed. The ministers will meet again on Friday."
            + " Talks are scheduled for October 20.";
    Article article =
        new Article(
            Article.idOf(text), null, null, null, Published.of(LocalDate.of(2021, 10, 13)), "en", text,
            List.of(), "test", null);
    Outcome outcome = Pipelines.standard(AnnotatorConfig.DEFAULT).run(article);
    Outcome.Coded coded = (Outcome.Coded) outcome;
    String times =
        coded.document().times().stream()
            .map(t -> t.span() + " " + t.text() + " " + t.value())
            .collect(Collectors.joining("\n"));
    assertEquals(
        "[15,21) Friday 2021-10-08\n[82,88) Friday 2021-10-15\n[114,124) October 20 2021-10-20", times);
  }
}
