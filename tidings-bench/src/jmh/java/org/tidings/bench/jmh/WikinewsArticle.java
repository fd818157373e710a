package org.tidings.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tidings.model.Article;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.RawArticle;
import org.tidings.pipeline.extract.TextCleaner;

/**
 * One article of the Wikinews throughput corpus for the JMH benchmarks: the corpus is
 * {@code -Dtidings.corpus=FILE}, or {@code ../shared/corpus/wikinews/wikinews_2019_2020.jsonl}
 * relative to the working directory (run from the repository root).
 */
final class WikinewsArticle {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WikinewsArticle() {}

  static Path corpus() {
    return Path.of(System.getProperty("tidings.corpus", "../shared/corpus/wikinews/wikinews_2019_2020.jsonl"));
  }

  /** The raw record at {@code index} (0-based line), as the JSONL reader would see it. */
  static RawArticle raw(int index) {
    try (BufferedReader r = Files.newBufferedReader(corpus(), StandardCharsets.UTF_8)) {
      String line = null;
      for (int i = 0; i <= index; i++) {
        line = r.readLine();
      }
      if (line == null) {
        throw new IllegalArgumentException(corpus() + " has no line " + (index + 1));
      }
      JsonNode n = JSON.readTree(line);
      return new RawArticle(
          corpus() + ":" + (index + 1), n.path("id").asText(null), n.path("url").asText(null), "Wikinews",
          n.path("title").asText(null), n.path("date").asText(null), "en", n.path("text").asText());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + corpus(), e);
    }
  }

  /** The cleaned article at {@code index}. */
  static Article article(int index) {
    InputItem item = new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS).clean(raw(index));
    if (item instanceof InputItem.Read read) {
      return read.article();
    }
    throw new IllegalStateException("article " + index + " rejected: " + item);
  }
}
