package org.tidings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.tidings.pipeline.output.DocumentJson;

/** A short human summary of an ingest output file: totals, entity types, and a sample article. */
final class DemoReport {
  private DemoReport() {}

  static void print(Path records, PrintWriter out) throws IOException {
    int sentences = 0;
    int tokens = 0;
    int times = 0;
    Map<String, Integer> types = new TreeMap<>();
    JsonNode sample = null;
    try (BufferedReader r = Files.newBufferedReader(records)) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = DocumentJson.MAPPER.readTree(line);
        if (!"coded".equals(n.path("outcome").asText())) {
          continue;
        }
        sentences += n.path("sentences").size();
        for (JsonNode s : n.path("sentences")) {
          tokens += s.path("tokens").size();
        }
        times += n.path("times").size();
        for (JsonNode m : n.path("mentions")) {
          types.merge(m.path("type").asText(), 1, Integer::sum);
        }
        if (sample == null) {
          sample = n;
        }
      }
    }
    out.printf("%d sentences, %d tokens, %d time expressions, entity mentions by type %s%n", sentences, tokens, times, types);
    if (sample != null) {
      out.println("First article: " + sample.path("article").path("title").asText()
          + " (" + sample.path("article").path("published").asText() + ")");
      int shown = 0;
      for (JsonNode m : sample.path("mentions")) {
        if (shown++ == 8) {
          break;
        }
        out.println("  " + m.path("span") + " " + m.path("type").asText() + " " + m.path("text").asText());
      }
      for (JsonNode t : sample.path("times")) {
        out.println("  " + t.path("span") + " TIME " + t.path("text").asText() + " = " + t.path("value").asText());
      }
    }
    out.println("Records (one JSON object per article, format in docs/record-format.md): " + records);
  }
}
