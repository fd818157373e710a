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
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.RawArticle;
import org.tidings.pipeline.extract.TextCleaner;

/**
 * Clean-up of one Wikinews article: {@link TextCleaner#normalise} alone, and the whole
 * {@link TextCleaner#clean} (normalise, date parsing, line segmentation into title, body,
 * captions and residue).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextCleanerBench {
  @Param("0")
  public int article;

  private RawArticle raw;
  private TextCleaner cleaner;

  @Setup
  public void setUp() {
    raw = WikinewsArticle.raw(article);
    cleaner = new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS);
  }

  @Benchmark
  public String normalise() {
    return TextCleaner.normalise(raw.text());
  }

  @Benchmark
  public InputItem normaliseAndSegment() {
    return cleaner.clean(raw);
  }
}
