package org.tidings.pipeline.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Timeout;
import org.tidings.pipeline.FuzzSupport;

/**
 * Coverage-guided fuzz test (Jazzer) of GeoNames dump lines. It drives the import's line reader
 * (not the whole {@link GeoNamesImport#run}, which also copies the built-in gazetteer, too slow to
 * fuzz) and reads what it wrote back as a gazetteer. Replays its committed inputs
 * ({@code GeoNamesFuzzTestInputs/}) in every test run; fuzzes with {@code JAZZER_FUZZ=1}.
 */
class GeoNamesFuzzTest {
  private static final Path DUMP = Path.of("fuzz-allCountries.txt");
  /**
   * Over a three-country stand-in for the built-in gazetteer, which gives only country codes to the
   * lines read (the built-in one takes half a minute to load under the fuzzer's instrumentation).
   */
  private static final GeoNamesImport IMPORTER = new GeoNamesImport(countries(), 500);

  private static Gazetteer countries() {
    String rows = String.join("\n",
        "3041565\tAndorra\tA\tPCLI\tAD\tAND\t\t42.55\t1.58\t77006\t\tAndorran",
        "1149361\tAfghanistan\tA\tPCLI\tAF\tAFG\t\t33\t66\t37172386\t\tAfghan",
        "3017382\tFrance\tA\tPCLI\tFR\tFRA\t\t46\t2\t66987244\t\tFrench");
    try {
      return Gazetteer.read(new ByteArrayInputStream(gzip(Gazetteer.MAGIC + "\tfuzz countries\n" + rows + "\n")), "fuzz countries");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /*
   * Warm-up: one seed through the code before the first timed input, so that loading (and, when
   * fuzzing, instrumenting) the libraries' classes does not count against the per-input timeout.
   */
  static {
    GeoNamesFuzzTest test = new GeoNamesFuzzTest();
    try {
      test.dumpLines(FuzzSupport.seed(GeoNamesFuzzTest.class, "dumpLines/cities500-head.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  /**
   * Any bytes as dump lines: every line is counted, the only refusal is the documented one (a file
   * whose first lines are all malformed), and what is written is a gazetteer that loads, one entry
   * per place kept, with coordinates on the globe.
   */
  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void dumpLines(byte[] bytes) throws IOException {
    GeoNamesImport.Counts counts = new GeoNamesImport.Counts();
    StringWriter written = new StringWriter();
    BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    try {
      IMPORTER.readDump(DUMP, reader, written, counts, (lines, places) -> { });
    } catch (GazetteerException notADump) {
      assertTrue(notADump.getMessage().contains("is not a GeoNames dump"), notADump.getMessage());
      assertEquals(counts.lines, counts.bad, "refused only when every line so far is malformed");
      return;
    }
    long lines = new BufferedReader(new StringReader(new String(bytes, StandardCharsets.UTF_8))).lines().count();
    assertEquals(lines, counts.lines, "every line counted");
    assertTrue(counts.imported + counts.bad <= counts.lines);
    assertTrue(counts.firstBad.size() <= GeoNamesImport.FIRST_BAD_LINES);
    counts.firstBad.forEach(b -> assertFalse(b.isBlank()));
    if (counts.imported == 0) {
      assertEquals("", written.toString());
      return;
    }
    Gazetteer read = Gazetteer.read(new ByteArrayInputStream(gzip(Gazetteer.MAGIC + "\tfuzz\n" + written)), "fuzz");
    assertEquals(counts.imported, read.size(), "one gazetteer entry per place kept");
    for (GazetteerEntry e : read.entries()) {
      assertTrue(Math.abs(e.lat()) <= 90 && Math.abs(e.lon()) <= 180, "on the globe: " + e.lat() + ", " + e.lon());
      assertFalse(e.name().isBlank(), "a place has a name");
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
