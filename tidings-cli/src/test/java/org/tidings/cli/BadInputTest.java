package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.pipeline.output.DocumentJson;

/**
 * Issue acceptance: bad input (empty file, binary file, 20 MB of text, invalid UTF-8, malformed
 * JSONL line, missing or bad date) gives a clear message and a Skipped/Failed outcome with its
 * reason, and the rest of the batch completes. One {@code tidings ingest DIR} run over all of it,
 * with real CoreNLP.
 */
class BadInputTest {
  @TempDir static Path dir;
  static Path input;
  static Run run;
  static Map<String, JsonNode> byOrigin = new LinkedHashMap<>();
  static List<String> origins = new ArrayList<>();

  static final String GOOD =
      "Russian President Vladimir Putin said Wednesday that militants are entering Afghanistan.\n\n"
          + "Tajikistan's leader Emomali Rakhmon met French President Emmanuel Macron in Paris.\n";

  @BeforeAll
  static void ingestABadDirectory() throws IOException {
    input = Files.createDirectories(dir.resolve("in"));
    Files.write(input.resolve("a-empty.txt"), new byte[0]);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    Files.write(input.resolve("b-binary.txt"), png);
    try (BufferedWriter w = Files.newBufferedWriter(input.resolve("c-huge.txt"), StandardCharsets.UTF_8)) {
      String line = "The minister said the talks would continue next week in the capital. ".repeat(15) + "\n";
      for (long written = 0; written < 20L * 1024 * 1024; written += line.length()) {
        w.write(line);
      }
    }
    ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
    latin1.writeBytes("Le ministre a parl".getBytes(StandardCharsets.US_ASCII));
    latin1.write(0xE9); // "é" in ISO-8859-1: not UTF-8
    latin1.writeBytes(" mercredi.".getBytes(StandardCharsets.US_ASCII));
    Files.write(input.resolve("d-latin1.txt"), latin1.toByteArray());
    Files.writeString(input.resolve("e-undated.txt"), GOOD);
    Files.writeString(
        input.resolve("f-feed.jsonl"),
        "{\"id\":\"one\",\"published\":\"2021-10-13\",\"text\":\"Putin spoke in Moscow on Wednesday.\"}\n"
            + "{\"id\":\"two\",\"published\":\"2021-10-13\",\"text\":\"Truncated line \n"
            + "{\"id\":\"three\",\"published\":\"2021-10-13\",\"text\":\"Macron hosted Rakhmon in Paris.\"}\n"
            + "{\"id\":\"four\",\"published\":\"2021-13-45\",\"text\":\"A date that does not exist.\"}\n");
    Path out = dir.resolve("out.jsonl");
    run = Run.of("ingest", input.toString(), "--out", out.toString(), "--threads", "2", "--no-progress");
    for (String line : Files.readAllLines(out)) {
      JsonNode n = DocumentJson.MAPPER.readTree(line);
      String origin = n.path("origin").asText();
      origins.add(origin);
      byOrigin.put(origin.substring(input.toString().length() + 1), n);
    }
  }

  private static JsonNode outcome(String name) {
    JsonNode n = byOrigin.get(name);
    assertTrue(n != null, name + " has no outcome in " + byOrigin.keySet());
    return n;
  }

  private static void assertProblem(String name, String outcome, String stage, String reason) {
    JsonNode n = outcome(name);
    assertEquals(outcome, n.path("outcome").asText(), name + ": " + n);
    assertEquals(stage, n.path("stage").asText(), name);
    assertTrue(n.path("reason").asText().contains(reason), name + " reason: " + n.path("reason").asText());
    assertTrue(run.err().contains(name), "the problem with " + name + " is reported on stderr: " + run.err());
  }

  @Test
  void theBatchCompletesWithOneOutcomePerItemInInputOrder() {
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of("a-empty.txt", "b-binary.txt", "c-huge.txt", "d-latin1.txt", "e-undated.txt",
            "f-feed.jsonl:1", "f-feed.jsonl:2", "f-feed.jsonl:3", "f-feed.jsonl:4"),
        new ArrayList<>(byOrigin.keySet()));
    assertTrue(run.out().startsWith("9 articles: 3 coded, 3 skipped, 3 failed"), run.out());
  }

  @Test
  void emptyFileIsSkipped() {
    assertProblem("a-empty.txt", "skipped", "input", "empty text");
  }

  @Test
  void binaryFileIsSkipped() {
    assertProblem("b-binary.txt", "skipped", "input", "binary content (NUL byte at offset 8)");
  }

  @Test
  void twentyMegabytesOfTextIsSkipped() {
    assertProblem("c-huge.txt", "skipped", "input", "text too large");
    assertTrue(outcome("c-huge.txt").path("reason").asText().contains("limit 500,000"));
  }

  @Test
  void invalidUtf8FailsNamingTheByte() {
    assertProblem("d-latin1.txt", "failed", "input", "invalid UTF-8 at byte 18");
  }

  @Test
  void malformedJsonLineFailsAndItsNeighboursAreCodedInOrder() {
    assertProblem("f-feed.jsonl:2", "failed", "input", "malformed JSON");
    JsonNode one = outcome("f-feed.jsonl:1");
    JsonNode three = outcome("f-feed.jsonl:3");
    assertEquals("coded", one.path("outcome").asText());
    assertEquals("one", one.path("article").path("externalId").asText());
    assertEquals("coded", three.path("outcome").asText());
    assertEquals("three", three.path("article").path("externalId").asText());
    assertTrue(origins.indexOf(one.path("origin").asText()) < origins.indexOf(three.path("origin").asText()));
    assertTrue(mentions(three).contains("Paris LOCATION"), mentions(three).toString());
  }

  @Test
  void anUnparseableDateFailsNamingTheValue() {
    assertProblem("f-feed.jsonl:4", "failed", "input", "not a publication date: '2021-13-45'");
  }

  @Test
  void anArticleWithoutDateIsCodedWithAWarning() {
    JsonNode n = outcome("e-undated.txt");
    assertEquals("coded", n.path("outcome").asText(), n.toString());
    assertEquals(
        List.of("no publication date: relative time expressions are left unresolved"),
        DocumentJson.MAPPER.convertValue(n.path("warnings"), List.class));
    assertTrue(n.path("article").path("published").isNull());
    assertTrue(mentions(n).contains("Vladimir Putin PERSON"), mentions(n).toString());
    assertTrue(mentions(n).contains("Paris LOCATION"), mentions(n).toString());
  }

  @Test
  void theDatedGoodArticlesHaveNoWarnings() {
    assertEquals(0, outcome("f-feed.jsonl:1").path("warnings").size());
  }

  private static List<String> mentions(JsonNode n) {
    List<String> found = new ArrayList<>();
    n.path("mentions").forEach(m -> found.add(m.path("text").asText() + " " + m.path("type").asText()));
    return found;
  }
}
