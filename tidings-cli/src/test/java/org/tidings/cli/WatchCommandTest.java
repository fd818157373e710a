package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.pipeline.output.DocumentJson;

/**
 * {@code tidings watch --once} end to end: a feed on a loopback server, its pages fetched,
 * extracted and annotated by the real pipeline, outcomes appended to the output; a second run
 * with the same state adds nothing.
 */
class WatchCommandTest {
  static final String PAGE =
      "<html lang=\"en\"><head><title>Putin warns of militants</title>"
          + "<meta property=\"og:site_name\" content=\"Loopback Times\"></head><body>"
          + "<nav><a href=\"/\">Home</a></nav><article><h1>Putin warns of militants</h1>"
          + "<p>Russian President Vladimir Putin said on Wednesday that militants from Iraq and Syria are "
          + "entering Afghanistan.</p><p>Tajikistan's leader Emomali Rakhmon met French President Emmanuel "
          + "Macron in Paris to discuss the border.</p></article></body></html>";

  @TempDir Path dir;
  private LoopbackSite site;

  @BeforeEach
  void start() throws IOException {
    site = new LoopbackSite();
    site.put("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Loopback Times</title>"
        + "<item><guid>1</guid><link>/news/putin</link><title>Putin warns of militants</title>"
        + "<pubDate>Wed, 13 Oct 2021 09:00:00 +0000</pubDate></item>"
        + "<item><guid>2</guid><link>/files/report.pdf</link><title>Report</title></item>"
        + "</channel></rss>");
    site.put("/news/putin", "text/html; charset=utf-8", PAGE);
    site.put("/files/report.pdf", "application/pdf", "%PDF-1.4");
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void onceFetchesAnnotatesAndNeverRepeats() throws Exception {
    Path feeds = Files.writeString(dir.resolve("feeds.txt"),
        "# test feeds\n" + site.url("/feed.xml") + " 1m\n");
    Path out = dir.resolve("out.jsonl");
    Path state = dir.resolve("state.json");
    String[] args = {"watch", feeds.toString(), "--once", "-o", out.toString(), "--state", state.toString(), "--delay", "0"};

    Run first = Run.of(args);
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().contains("1 feeds polled (0 not modified, 0 failed): 2 new items, 1 coded, 1 skipped, 0 failed"), first.out());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      lines.add(DocumentJson.MAPPER.readTree(line));
    }
    assertEquals(2, lines.size());
    JsonNode coded = lines.get(0);
    assertEquals("coded", coded.path("outcome").asText(), coded.toString());
    assertTrue(coded.path("origin").asText().endsWith("/news/putin"));
    assertEquals("Putin warns of militants", coded.path("article").path("title").asText());
    assertEquals("Loopback Times", coded.path("article").path("source").asText());
    assertTrue(coded.path("article").path("published").asText().startsWith("2021-10-13"), coded.toString());
    List<String> mentions = new ArrayList<>();
    coded.path("mentions").forEach(m -> mentions.add(m.path("text").asText()));
    assertTrue(mentions.contains("Vladimir Putin"), mentions.toString());
    JsonNode pdf = lines.get(1);
    assertEquals("skipped", pdf.path("outcome").asText());
    assertEquals("not HTML: application/pdf", pdf.path("reason").asText());

    Run second = Run.of(args);
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.out().startsWith("0 feeds polled"), "the feed is not due again within its interval: " + second.out());
    assertEquals(2, Files.readAllLines(out).size());
    assertEquals(1, site.hits("/news/putin"));
    assertEquals(1, site.hits("/feed.xml"));
  }
}
