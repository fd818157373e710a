package org.tidings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.MemoryUsage;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  private static final BenchReport OURS =
      new BenchReport("corpus.jsonl", 2, 12, 10, 1, 1, 40_000, 6.5, 8.0, 20.0, 900.5, 2048, null, 0, Map.of("annotate", 30.0, "actors", 1.0));
  private static final BaselineReport PLAIN =
      new BaselineReport("tokenize,ssplit,pos", 4, 0, 2_000, 2, 15.0, 40.0, 3000, Map.of("POSTaggerAnnotator", 1.5));

  @Test
  void ratesAreEndToEnd() {
    assertEquals(2_000.0, OURS.tokensPerSecond());
    assertEquals(0.5, OURS.articlesPerSecond());
    assertEquals(40_000 / 12.0, OURS.steadyTokensPerSecond(), 1e-9);
    assertTrue(Double.isNaN(OURS.tokensRatio()));
  }

  @Test
  void stagesAreListedByCostWithTheirShare() {
    String table = OURS.toTable();
    assertTrue(words(table).contains("8.0 s (JVM start to first article; models ready at 6.5 s)"), table);
    assertTrue(table.indexOf("annotate") < table.indexOf("actors"), table);
    assertEquals("annotate 30.0 s 96.8 % 2500.0 ms/article", row(table, "annotate")); // 30 s over 12 articles
    assertEquals("actors 1.0 s 3.2 % 83.3 ms/article", row(table, "actors"));
    assertEquals(30.0, OURS.toJson(new ObjectMapper()).get("stageSeconds").get("annotate").asDouble());
  }

  @Test
  void ratioIsOursOverBaseline() {
    BenchReport both = OURS.withBaseline(PLAIN, 4);
    assertEquals(2_000.0 / 50.0, both.tokensRatio(), 1e-9);
    assertEquals(0.5 / 0.1, both.articlesRatio(), 1e-9);
  }

  @Test
  void tableSaysWhichArticlesTheBaselineRan() {
    String limited = OURS.withBaseline(PLAIN, 4).toTable();
    assertTrue(limited.contains("the first 4 articles only (--baseline-limit 4)"), limited);
    assertTrue(limited.contains("ratio ours/baseline: 40.00x tokens/s, 5.00x articles/s"), limited);
    assertEquals("tokens/s 2,000 (end to end); 3,333 after startup", row(limited, "tokens/s"));
    assertTrue(OURS.withBaseline(PLAIN, 0).toTable().contains("on all 4 articles"));
    assertTrue(!OURS.toTable().contains("baseline"));
  }

  /** The table's text with runs of spaces folded: what a reader sees, whatever the column widths. */
  private static String words(String table) {
    return table.replaceAll(" +", " ");
  }

  /** The table's row that starts with {@code label}, its cells separated by single spaces. */
  private static String row(String table, String label) {
    return table.lines().map(String::strip).filter(l -> l.startsWith(label + " ")).findFirst()
        .map(l -> l.replaceAll("\\s+", " ")).orElseThrow(() -> new AssertionError("no row " + label + " in\n" + table));
  }

  @Test
  void jsonHasEveryFigure() {
    ObjectNode json = OURS.withBaseline(PLAIN, 4).toJson(new ObjectMapper());
    assertEquals(2000.0, json.get("tokensPerSecond").asDouble());
    assertEquals(900.5, json.get("peakHeapMb").asDouble());
    assertEquals(4, json.get("baseline").get("limit").asInt());
    assertEquals(1.5, json.get("baseline").get("annotatorSeconds").get("POSTaggerAnnotator").asDouble());
    assertEquals(40.0, json.get("tokensRatio").asDouble());
    assertTrue(OURS.toJson(new ObjectMapper()).get("baseline").isNull());
  }

  @Test
  void peakHeapSumsPoolsInMebibytes() {
    MemoryUsage eden = new MemoryUsage(0, 3L << 20, 4L << 20, 8L << 20);
    MemoryUsage old = new MemoryUsage(0, 1L << 19, 4L << 20, -1);
    assertEquals(3.5, HeapPeak.sumUsedMegabytes(Arrays.asList(eden, null, old)));
  }

  @Test
  void peakHeapIsReadAfterReset() {
    HeapPeak.reset();
    byte[] ballast = new byte[8 << 20];
    assertTrue(HeapPeak.megabytes() >= 0 && ballast.length > 0);
  }

  @Test
  void parsesCoreNlpTimingLines() {
    String timing =
        "Annotation pipeline timing information:\nTokenizerAnnotator: 0.4 sec.\n"
            + "DependencyParseAnnotator: 46.0 sec.\nTOTAL: 52.0 sec. for 19981 tokens at 384.2 tokens/sec.\n";
    assertEquals(
        Map.of("TokenizerAnnotator", 0.4, "DependencyParseAnnotator", 46.0),
        CoreNlpBaseline.annotatorSeconds(timing));
  }

  @Test
  void parsesTheBaselineJsonLine() throws java.io.IOException {
    BaselineReport b =
        BaselineProcess.parse(
            "{\"annotators\":\"a,b\",\"articles\":3,\"failed\":1,\"tokens\":900,\"threads\":2,"
                + "\"startupSeconds\":5.0,\"totalSeconds\":9.0,\"peakHeapMb\":100.0,"
                + "\"annotatorSeconds\":{\"X\":2.0}}");
    assertEquals(100.0, b.tokensPerSecond());
    assertEquals(225.0, b.steadyTokensPerSecond());
    assertEquals(Map.of("X", 2.0), b.annotatorSeconds());
  }
}
