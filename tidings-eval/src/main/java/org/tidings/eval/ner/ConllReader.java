package org.tidings.eval.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tidings.model.TextSpan;

/**
 * Reads CoNLL-2003 files: one token a line in four space-separated columns ({@code token POS chunk
 * NER}), a blank line between sentences, a {@code -DOCSTART-} line between documents. NER tags are
 * IOB1 ({@code I-PER}, with {@code B-PER} only where two entities of one type touch).
 *
 * <p>Entities are cut from the tags as conlleval does: an entity starts at a {@code B-} tag, at an
 * {@code I-} tag after {@code O}, or where the type changes; it ends before {@code O}, before a
 * {@code B-}, before a type change, and at the end of the sentence.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConllReader {
  private static final String DOCSTART = "-DOCSTART-";

  private ConllReader() {}

  /**
   * Reads every document of a CoNLL-2003 file (UTF-8; the Reuters files are ASCII).
   *
   * @throws IllegalArgumentException when the file is missing or a line has fewer than two columns
   * @throws UncheckedIOException when it cannot be read
   */
  public static List<ConllDocument> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such CoNLL file: " + file);
    }
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Parses the lines of a CoNLL-2003 file. Documents without any token are dropped.
   *
   * @param origin name used in error messages
   * @throws IllegalArgumentException naming the line when it has fewer than two columns
   */
  public static List<ConllDocument> parse(List<String> lines, String origin) {
    List<ConllDocument> documents = new ArrayList<>();
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> sentence = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith(DOCSTART)) {
        closeSentence(sentences, sentence);
        sentence = new ArrayList<>();
        closeDocument(documents, sentences);
        sentences = new ArrayList<>();
      } else if (line.isEmpty()) {
        closeSentence(sentences, sentence);
        sentence = new ArrayList<>();
      } else {
        String[] columns = line.split("\\s+");
        if (columns.length < 2) {
          throw new IllegalArgumentException(
              origin + ":" + (i + 1) + ": expected 'token POS chunk NER', got '" + line + "'");
        }
        sentence.add(new String[] {columns[0], columns[columns.length - 1]});
      }
    }
    closeSentence(sentences, sentence);
    closeDocument(documents, sentences);
    return documents;
  }

  private static void closeSentence(List<List<String[]>> sentences, List<String[]> sentence) {
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
  }

  private static void closeDocument(List<ConllDocument> documents, List<List<String[]>> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    List<EntitySpan> entities = new ArrayList<>();
    int tokens = 0;
    for (List<String[]> sentence : sentences) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int[] begins = new int[sentence.size()];
      int[] ends = new int[sentence.size()];
      List<String> tags = new ArrayList<>(sentence.size());
      for (int t = 0; t < sentence.size(); t++) {
        if (t > 0) {
          text.append(' ');
        }
        begins[t] = text.length();
        text.append(sentence.get(t)[0]);
        ends[t] = text.length();
        tags.add(sentence.get(t)[1]);
      }
      for (Chunk chunk : chunks(tags)) {
        entities.add(new EntitySpan(new TextSpan(begins[chunk.first()], ends[chunk.last()]), chunk.type()));
      }
      tokens += sentence.size();
    }
    documents.add(new ConllDocument(text.toString(), tokens, entities));
  }

  /**
   * A run of tokens forming one entity.
   *
   * @param first index of its first token
   * @param last index of its last token (inclusive)
   * @param type entity type without the IOB prefix
   */
  public record Chunk(int first, int last, String type) {}

  /**
   * The entities of one sentence's IOB1 (or IOB2) tags, by conlleval's rules; see the class
   * comment. Tags other than {@code O}, {@code B-X} and {@code I-X} count as {@code O}.
   */
  public static List<Chunk> chunks(List<String> tags) {
    List<Chunk> chunks = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      boolean inside = tag.length() > 2 && (tag.startsWith("I-") || tag.startsWith("B-"));
      String tagType = inside ? tag.substring(2) : null;
      boolean continues = inside && !tag.startsWith("B-") && tagType.equals(type);
      if (type != null && !continues) {
        chunks.add(new Chunk(start, i - 1, type));
        type = null;
      }
      if (inside && !continues) {
        start = i;
        type = tagType;
      }
    }
    if (type != null) {
      chunks.add(new Chunk(start, tags.size() - 1, type));
    }
    return chunks;
  }
}
