package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.pipeline.output.DocumentJson;

/** {@code extract} end to end, in process, with real CoreNLP ({@code demo}: {@link DemoTest}). */
class CommandsTest {
  static final String TITLE = "Putin says militants from Iraq and Syria are entering Afghanistan";

  @TempDir Path dir;

  @Tag("corpus")
  @Test
  void extractPrintsTheRecordAsJson() throws Exception {
    Path seed = Run.shared("examples/seed/article.txt");
    Run run = Run.of("extract", seed.toString(), "--published", "2021-10-13", "--title", TITLE);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = DocumentJson.MAPPER.readTree(run.out());
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertTrue(fields.containsAll(List.of("article", "sentences", "mentions", "times", "warnings")), fields.toString());
    assertEquals("2021-10-13", json.path("article").path("published").asText());
    assertEquals(TITLE, json.path("article").path("title").asText());
    assertEquals(0, json.path("warnings").size());
    assertTrue(json.path("sentences").size() > 10);
    List<String> mentions = new ArrayList<>();
    json.path("mentions").forEach(m -> mentions.add(m.path("text").asText() + " " + m.path("type").asText()));
    assertTrue(mentions.contains("Vladimir Putin PERSON"), mentions.toString());
    String text = json.path("article").path("text").asText();
    for (JsonNode m : json.path("mentions")) {
      int begin = m.path("span").get(0).asInt();
      int end = m.path("span").get(1).asInt();
      assertEquals(m.path("text").asText(), text.substring(begin, end), "spans are UTF-16 offsets into the text");
    }
  }

  @Tag("corpus")
  @Test
  void extractAsTextPrintsOneLinePerAnnotation() {
    Path seed = Run.shared("examples/seed/article.txt");
    Run run = Run.of("extract", seed.toString(), "--published", "2021-10-13", "--title", TITLE, "--format", "text");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("ARTICLE "), lines.get(0));
    assertTrue(lines.contains("[179,189) SEGMENT residue (reading-time note) 2 min read"), run.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("\\[\\d+,\\d+\\) PERSON Vladimir Putin")), run.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("\\[\\d+,\\d+\\) TIME Wednesday = 2021-10-13 .*")), run.out());
  }

  @Test
  void extractWithoutDateWarnsOnStderr() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "Putin spoke in Moscow on Wednesday.");
    Run run = Run.of("extract", file.toString(), "--format", "text");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("warning: no publication date"), run.err());
    assertTrue(run.out().contains("ARTICLE ") && run.out().contains(" undated "), run.out());
  }

  @Test
  void extractOfAMissingFileExitsWith2AndSaysSo() {
    Path missing = dir.resolve("no-such-article.txt");
    Run run = Run.of("extract", missing.toString());
    assertEquals(2, run.exitCode());
    assertEquals("tidings: no such file or directory: " + missing, run.err().strip());
    assertEquals("", run.out());
  }

  @Test
  void extractOfAnEmptyFileExitsWith1AndGivesTheReason() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "\n\n");
    Run run = Run.of("extract", empty.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("skipped " + empty + ": empty text"), run.err());
    JsonNode json = DocumentJson.MAPPER.readTree(run.out());
    assertEquals("skipped", json.path("outcome").asText());
  }

  @Test
  void ingestOfAMissingDirectoryExitsWith2() {
    Run run = Run.of("ingest", dir.resolve("nope").toString(), "--out", dir.resolve("o.jsonl").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("tidings: no such file or directory"), run.err());
    assertFalse(Files.exists(dir.resolve("o.jsonl")));
  }
}
