package org.tidings.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tidings.model.Article;
import org.tidings.model.Outcome;
import org.tidings.pipeline.extract.InputDefaults;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;
import org.tidings.pipeline.output.AnnotationLines;

/**
 * Three Wikinews articles (bundled in {@code src/test/resources/wikinews/}, CC BY 2.5) and the seed
 * article (beside the repository, tagged {@value SharedCorpus#TAG}) against their golden annotation
 * lines.
 */
class GoldenTest {
  /** The three golden Wikinews articles, one JSON object per line as in the development corpus. */
  static final String WIKINEWS = "/wikinews/golden-articles.jsonl";

  @Test
  @Tag(SharedCorpus.TAG)
  void seed() throws IOException {
    GoldenFiles.check("seed", AnnotationLines.of(SeedTest.coded().document()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"wn-2019-003", "wn-2019-094", "wn-2020-088"})
  void wikinews(String id) throws IOException {
    Article article = wikinews().get(id);
    Outcome.Coded coded = assertInstanceOf(Outcome.Coded.class, TestPipelines.standard().run(article));
    assertEquals(List.of(), coded.warnings());
    SpanChecks.assertAllInsideText(coded.document());
    GoldenFiles.check(id, AnnotationLines.of(coded.document()));
  }

  @Test
  void diffShowsOnlyChangedLines() {
    assertEquals(
        List.of("- [5,9) PERSON Putn", "+ [5,10) PERSON Putin"),
        GoldenFiles.diff(
            List.of("ARTICLE x", "[5,9) PERSON Putn", "[20,25) LOCATION Paris"),
            List.of("ARTICLE x", "[5,10) PERSON Putin", "[20,25) LOCATION Paris")));
  }

  private static Map<String, Article> wikinews() throws IOException {
    InputReader reader = new InputReader(new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS), InputDefaults.NONE);
    return reader.readAll(TestResources.path(WIKINEWS)).stream()
        .map(i -> ((InputItem.Read) i).article())
        .collect(Collectors.toMap(Article::externalId, Function.identity()));
  }
}
