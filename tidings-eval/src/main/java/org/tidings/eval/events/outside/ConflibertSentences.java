package org.tidings.eval.events.outside;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ConfliBERT CAMEO classification split ({@code data/cameo_class/test.tsv} of
 * github.com/eventdata/ConfliBERT): one sentence a line, a tab, its coarse class 0..4 (see {@link
 * PentaClass}). No header. Stateless and thread-safe.
 */
public final class ConflibertSentences {
  private ConflibertSentences() {}

  /**
   * One labelled sentence.
   *
   * @param line 1-based line in the file
   * @param text the sentence, never blank
   * @param label its class, 0..4
   */
  public record Sentence(int line, String text, int label) {}

  /**
   * The test split found at a path: the TSV file itself, a {@code cameo_class} directory holding
   * {@code test.tsv}, or a ConfliBERT checkout holding {@code data/cameo_class/test.tsv}.
   *
   * @throws IllegalArgumentException when none is there or a line is malformed
   */
  public static List<Sentence> read(Path data) {
    Path file = data;
    if (Files.isDirectory(data)) {
      file = Files.isRegularFile(data.resolve("test.tsv")) ? data.resolve("test.tsv")
          : data.resolve("data/cameo_class/test.tsv");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no ConfliBERT CAMEO test split at " + data
          + " (want test.tsv, cameo_class/ or a ConfliBERT checkout)");
    }
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }

  /**
   * The sentences of the file's lines; blank lines are skipped.
   *
   * @param name the file's name, for messages
   * @throws IllegalArgumentException naming the line when one has no tab or a label outside 0..4
   */
  public static List<Sentence> parse(List<String> lines, String name) {
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      int tab = l.lastIndexOf('\t');
      String label = tab < 0 ? "" : l.substring(tab + 1).strip();
      if (tab <= 0 || !label.matches("[0-4]") || l.substring(0, tab).isBlank()) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": want 'sentence<TAB>0..4', got '" + l + "'");
      }
      out.add(new Sentence(i + 1, l.substring(0, tab).strip(), label.charAt(0) - '0'));
    }
    return out;
  }
}
