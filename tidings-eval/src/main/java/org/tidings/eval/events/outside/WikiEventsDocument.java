package org.tidings.eval.events.outside;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidings.model.TextSpan;

/**
 * One WikiEvents document (Li et al., NAACL 2021; {@code data/wikievents/test.jsonl} of
 * github.com/raspberryice/gen-arg at commit 16d8f90): its text and gold events. The JSON lines
 * give tokens with document character offsets in {@code sentences}; the text is rebuilt by putting
 * each token at its offsets (the line's own {@code text} field drops the gaps between sentences, so
 * the offsets do not fit it), gaps filled with spaces and a newline where a sentence ends. Trigger
 * and argument spans are token ranges, turned into UTF-16 character spans of the rebuilt text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the {@code doc_id}
 * @param text the rebuilt text
 * @param events gold events in file order
 */
public record WikiEventsDocument(String id, String text, List<GoldEvent> events) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public WikiEventsDocument {
    events = List.copyOf(events);
  }

  /**
   * A gold event.
   *
   * @param kairosType full KAIROS type, e.g. "Conflict.Attack.Unspecified"
   * @param trigger its trigger's characters
   * @param arguments its arguments, each the entity mention it names
   */
  public record GoldEvent(String kairosType, TextSpan trigger, List<GoldArgument> arguments) {
    public GoldEvent {
      arguments = List.copyOf(arguments);
    }
  }

  /** An argument: its role and the characters of its entity mention. */
  public record GoldArgument(String role, TextSpan span) {}

  /**
   * The documents of a WikiEvents split: a JSON-lines file, or a directory holding {@code
   * test.jsonl} or {@code data/wikievents/test.jsonl}.
   *
   * @throws IllegalArgumentException when no file is there or a line is not a WikiEvents document
   */
  public static List<WikiEventsDocument> read(Path data) {
    Path file = data;
    if (Files.isDirectory(data)) {
      file = Files.isRegularFile(data.resolve("test.jsonl")) ? data.resolve("test.jsonl")
          : data.resolve("data/wikievents/test.jsonl");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no WikiEvents test split at " + data + " (want test.jsonl or a gen-arg checkout)");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    List<WikiEventsDocument> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        out.add(parse(lines.get(i), file + ":" + (i + 1)));
      }
    }
    return out;
  }

  /**
   * One JSON line.
   *
   * @param where file and line, for messages
   * @throws IllegalArgumentException naming {@code where} when the line is not a WikiEvents document
   */
  public static WikiEventsDocument parse(String line, String where) {
    JsonNode root;
    try {
      root = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage(), e);
    }
    List<TextSpan> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (JsonNode sentence : root.path("sentences")) {
      for (JsonNode t : sentence.path(0)) {
        String form = t.path(0).asText();
        int begin = t.path(1).asInt(-1);
        int end = t.path(2).asInt(-1);
        if (begin < text.length() || end - begin != form.length()) {
          throw new IllegalArgumentException(where + ": token '" + form + "' at [" + begin + "," + end + ") does not fit");
        }
        text.append(" ".repeat(begin - text.length())).append(form);
        tokens.add(new TextSpan(begin, end));
      }
      text.append('\n');
    }
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException(where + ": no sentences with token offsets");
    }
    Map<String, TextSpan> mentions = new HashMap<>();
    for (JsonNode m : root.path("entity_mentions")) {
      mentions.put(m.path("id").asText(), span(tokens, m, where));
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : root.path("event_mentions")) {
      List<GoldArgument> args = new ArrayList<>();
      for (JsonNode a : e.path("arguments")) {
        TextSpan s = mentions.get(a.path("entity_id").asText());
        if (s == null) {
          throw new IllegalArgumentException(where + ": argument names unknown mention " + a.path("entity_id"));
        }
        args.add(new GoldArgument(a.path("role").asText(), s));
      }
      events.add(new GoldEvent(e.path("event_type").asText(), span(tokens, e.path("trigger"), where), args));
    }
    return new WikiEventsDocument(root.path("doc_id").asText(), text.toString().stripTrailing(), events);
  }

  private static TextSpan span(List<TextSpan> tokens, JsonNode n, String where) {
    int start = n.path("start").asInt(-1);
    int end = n.path("end").asInt(-1);
    if (start < 0 || end <= start || end > tokens.size()) {
      throw new IllegalArgumentException(where + ": token range [" + start + "," + end + ") outside the document");
    }
    return new TextSpan(tokens.get(start).begin(), tokens.get(end - 1).end());
  }
}
