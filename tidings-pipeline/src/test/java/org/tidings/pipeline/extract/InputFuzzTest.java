package org.tidings.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.tidings.pipeline.FuzzSupport;

/**
 * Coverage-guided fuzz test (Jazzer) of the JSONL input reader. Replays its committed inputs
 * ({@code InputFuzzTestInputs/}) in every test run; fuzzes with {@code JAZZER_FUZZ=1}.
 */
class InputFuzzTest {
  private static final InputReader READER =
      new InputReader(new TextCleaner(TextCleaner.DEFAULT_MAX_CHARS), new InputDefaults("Fuzz", null, null, null));
  private static final Path DIR = FuzzSupport.tempDir("tidings-fuzz");

  /*
   * Warm-up: one seed through the code before the first timed input, so that loading (and, when
   * fuzzing, instrumenting) the libraries' classes does not count against the per-input timeout.
   */
  static {
    InputFuzzTest test = new InputFuzzTest();
    try {
      test.jsonLines(FuzzSupport.seed(InputFuzzTest.class, "jsonLines/articles.jsonl"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  /**
   * Any bytes as a JSONL file: nothing lost (one item per non-blank line, in order, named by its
   * line), every rejection says why, and every article read has text.
   */
  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void jsonLines(byte[] bytes) throws IOException {
    Path file = DIR.resolve("fuzz.jsonl");
    Files.write(file, bytes);
    List<InputItem> items = READER.readAll(file);
    List<Integer> lines = nonBlankLines(new String(bytes, StandardCharsets.UTF_8));
    assertEquals(lines.size(), items.size(), "one item per non-blank line");
    for (int i = 0; i < items.size(); i++) {
      InputItem item = items.get(i);
      assertEquals(file + ":" + lines.get(i), item.origin(), "items in line order, named by their line");
      if (item instanceof InputItem.Rejected r) {
        assertFalse(r.reason().isBlank(), "a rejection says why");
      } else {
        var article = ((InputItem.Read) item).article();
        assertNotNull(article.text());
        assertTrue(!article.text().isBlank(), "an article read has text");
      }
    }
  }

  /**
   * Line numbers (from 1) of the non-blank lines, split as {@link BufferedReader#readLine} splits; a
   * byte-order mark at the start of the file is no content (the reader drops it).
   */
  private static List<Integer> nonBlankLines(String text) throws IOException {
    List<Integer> out = new java.util.ArrayList<>();
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try (BufferedReader r = new BufferedReader(new StringReader(content))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          out.add(n);
        }
      }
    }
    return out;
  }

}
