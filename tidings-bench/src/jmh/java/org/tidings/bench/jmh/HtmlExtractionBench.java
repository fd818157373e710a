package org.tidings.bench.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tidings.pipeline.extract.html.HtmlArticleExtractor;
import org.tidings.pipeline.extract.html.PageOutcome;

/**
 * Article extraction from real pages: every invocation extracts the next page of a dev set
 * (bytes in memory; decoding, parsing, metadata, furniture removal, text and offset map), cycling
 * through all of them, so the score in ops/s is pages/s over the set's mix of page sizes.
 *
 * <p>Pages: {@code ../shared/corpus/html-extraction/SET/html/} relative to the working directory
 * (run from the repository root), or {@code -Dtidings.htmlCorpus=DIR} for the {@code
 * html-extraction} directory. {@code SET} is {@code segments} (400 pages, 55 MB) or {@code
 * zyte-dev} (30 gzipped English news pages).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HtmlExtractionBench {
  @Param({"segments", "zyte-dev"})
  public String set;

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
  private List<byte[]> pages;
  private int next;

  @Setup
  public void loadPages() {
    Path root = Path.of(System.getProperty("tidings.htmlCorpus", "../shared/corpus/html-extraction"));
    Path dir = root.resolve(set).resolve("html");
    try (Stream<Path> files = Files.list(dir)) {
      pages = new ArrayList<>();
      for (Path f : files.sorted().toList()) {
        pages.add(read(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pages under " + dir, e);
    }
    if (pages.isEmpty()) {
      throw new IllegalStateException("no pages under " + dir);
    }
  }

  private static byte[] read(Path f) throws IOException {
    if (!f.getFileName().toString().endsWith(".gz")) {
      return Files.readAllBytes(f);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      return in.readAllBytes();
    }
  }

  @Benchmark
  public PageOutcome extractNextPage() {
    byte[] page = pages.get(next);
    next = (next + 1) % pages.size();
    return extractor.extract(page, null, "bench", null);
  }
}
