package org.tidings.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.annotate.CoreNlpAnnotator;

/**
 * {@link CoreNlpAnnotator#process} on one Wikinews article, single-threaded, with and without the
 * dependency parser (the difference is the parser's cost on this article). Reports ms per article;
 * the article's token count is printed by the set-up, for tokens/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoreNlpAnnotatorBench {
  @Param("0")
  public int article;

  @Param({"true", "false"})
  public boolean parse;

  private Article input;
  private CoreNlpAnnotator annotator;

  @Setup
  public void setUp() {
    input = WikinewsArticle.article(article);
    annotator = new CoreNlpAnnotator(AnnotatorConfig.DEFAULT.withParse(parse));
    int tokens = annotator.process(Document.of(input)).tokens().size();
    System.out.println("article " + article + ": " + tokens + " tokens, " + input.text().length() + " chars");
  }

  @Benchmark
  public Document process() {
    return annotator.process(Document.of(input));
  }
}
