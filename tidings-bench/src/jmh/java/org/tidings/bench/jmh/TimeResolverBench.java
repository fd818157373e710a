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
import org.tidings.model.Document;
import org.tidings.pipeline.annotate.AnnotatorConfig;
import org.tidings.pipeline.annotate.CoreNlpAnnotator;
import org.tidings.pipeline.time.TimeResolver;

/** {@link TimeResolver} on one Wikinews article annotated once (with the parser) in the set-up. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TimeResolverBench {
  @Param("0")
  public int article;

  private Document annotated;
  private TimeResolver resolver;

  @Setup
  public void setUp() {
    annotated = new CoreNlpAnnotator(AnnotatorConfig.DEFAULT).process(Document.of(WikinewsArticle.article(article)));
    resolver = new TimeResolver();
  }

  @Benchmark
  public Document resolve() {
    return resolver.process(annotated);
  }
}
