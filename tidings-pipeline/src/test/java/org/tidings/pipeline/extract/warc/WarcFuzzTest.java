package org.tidings.pipeline.extract.warc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Timeout;
import org.tidings.pipeline.FuzzSupport;
import org.tidings.pipeline.extract.html.HtmlArticleExtractor;
import org.tidings.pipeline.extract.html.PageChecks;
import org.tidings.pipeline.extract.html.PageOutcome;

/**
 * Coverage-guided fuzz test (Jazzer) of WARC and ARC reading, plain and gzipped. The first byte of
 * an input picks the file kind ({@link Kind}), the rest is the file (gzipped here for the kinds
 * that say so, so that the fuzzer explores the records inside the compression). Replays its
 * committed inputs ({@code WarcFuzzTestInputs/}) in every test run; fuzzes with {@code JAZZER_FUZZ=1}.
 */
class WarcFuzzTest {
  private static final WarcArticleReader READER = new WarcArticleReader(new HtmlArticleExtractor(1 << 20));
  private static final Path DIR = FuzzSupport.tempDir("tidings-fuzz");

  /** What the first byte of an input (modulo 5) makes of the rest. */
  enum Kind {
    WARC(".warc", false), WARC_GZIPPED(".warc.gz", true), WARC_GZ_AS_GIVEN(".warc.gz", false),
    ARC(".arc", false), ARC_GZIPPED(".arc.gz", true);

    final String suffix;
    final boolean gzip;

    Kind(String suffix, boolean gzip) {
      this.suffix = suffix;
      this.gzip = gzip;
    }
  }

  /*
   * Warm-up: one seed through the code before the first timed input, so that loading (and, when
   * fuzzing, instrumenting) the libraries' classes does not count against the per-input timeout.
   */
  static {
    WarcFuzzTest test = new WarcFuzzTest();
    try {
      test.archives(FuzzSupport.seed(WarcFuzzTest.class, "archives/warc-article-gzipped"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  /**
   * Any bytes as a web archive: reading ends, every record gives an outcome that keeps the page
   * contract, and no exception escapes (the file exists, so not even the documented one for a
   * file that cannot be opened).
   */
  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void archives(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    Kind kind = Kind.values()[(input[0] & 0xff) % Kind.values().length];
    byte[] content = Arrays.copyOfRange(input, 1, input.length);
    Path file = DIR.resolve("fuzz" + kind.suffix);
    Files.write(file, kind.gzip ? gzip(content) : content);
    long outcomes = 0;
    try (Stream<PageOutcome> pages = READER.read(file)) {
      Iterator<PageOutcome> it = pages.iterator();
      while (it.hasNext()) {
        PageChecks.check(it.next(), null);
        outcomes++;
        assertTrue(outcomes <= Files.size(file) + 1, "reading advances: more outcomes than bytes");
      }
    }
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(content);
    }
    return out.toByteArray();
  }

}
