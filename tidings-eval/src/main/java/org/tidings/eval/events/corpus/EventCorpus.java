package org.tidings.eval.events.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The project's annotated event corpus (see {@code corpus/events/README.md}): texts, one or two
 * annotators' events per article, and a fixed split by article.
 *
 * <pre>
 * texts/*.jsonl          {id, url, date, title, text} per line
 * gold/&lt;doc&gt;.json       the primary annotation ({doc, annotator, events})
 * second/&lt;doc&gt;.json     an independent second annotation of some articles
 * splits.tsv             doc id TAB train|dev|test
 * </pre>
 *
 * Annotations of texts that may not be redistributed carry spans instead of copied words
 * ({@code sentence_span}, {@code trigger_span}, a party's {@code text_span}): they are filled from the
 * text when read. Immutable once read.
 *
 * @param root the corpus folder
 * @param texts article id to article
 * @param gold article id to its primary events (articles with a text only)
 * @param second article id to its second annotation's events (articles with a text only)
 * @param splits article id to split name
 * @param missingTexts annotated articles whose text is absent (e.g. not rebuilt from its source)
 */
public record EventCorpus(Path root, Map<String, CorpusText> texts, Map<String, List<GoldEvent>> gold,
    Map<String, List<GoldEvent>> second, Map<String, String> splits, List<String> missingTexts) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads a corpus folder.
   *
   * @throws IllegalArgumentException when the folder is not such a corpus, or a file is malformed
   */
  public static EventCorpus read(Path root) {
    if (!Files.isDirectory(root.resolve("gold")) || !Files.isDirectory(root.resolve("texts"))) {
      throw new IllegalArgumentException(root + " is not an event corpus: it needs gold/ and texts/ folders");
    }
    Map<String, CorpusText> texts = new TreeMap<>();
    for (Path f : list(root.resolve("texts"), ".jsonl")) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank()) {
            continue;
          }
          JsonNode o = JSON.readTree(line);
          if (!o.path("id").isTextual() || !o.path("text").isTextual()) {
            throw new IllegalArgumentException(f + " line " + n + ": needs string fields id and text");
          }
          texts.put(o.get("id").asText(), new CorpusText(o.get("id").asText(), o.path("url").asText(""),
              o.path("date").asText(""), o.path("title").asText(""), o.get("text").asText()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
    }
    List<String> missing = new ArrayList<>();
    Map<String, List<GoldEvent>> gold = annotations(root.resolve("gold"), texts, missing);
    Map<String, List<GoldEvent>> second = Files.isDirectory(root.resolve("second"))
        ? annotations(root.resolve("second"), texts, missing) : Map.of();
    Map<String, String> splits = new TreeMap<>();
    Path s = root.resolve("splits.tsv");
    if (Files.exists(s)) {
      try {
        for (String line : Files.readAllLines(s, StandardCharsets.UTF_8)) {
          String[] cols = line.split("\t");
          if (cols.length == 2 && !line.startsWith("#")) {
            splits.put(cols[0], cols[1]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + s, e);
      }
    }
    return new EventCorpus(root, texts, gold, second, splits, List.copyOf(missing));
  }

  /** The articles of a split that have a primary annotation and a text, in id order. */
  public List<String> split(String name) {
    return gold.keySet().stream().filter(d -> name.equals(splits.get(d))).sorted().toList();
  }

  /** Reads one annotation file's events, the spans filled from {@code text}. */
  static List<GoldEvent> events(JsonNode file, String text) {
    List<GoldEvent> out = new ArrayList<>();
    for (JsonNode e : file.path("events")) {
      String sentence = words(e, "sentence", text);
      String trigger = words(e, "trigger", text);
      out.add(new GoldEvent(sentence, trigger, e.path("type").asText("").toUpperCase(Locale.ROOT),
          e.path("cameo_root").isTextual() ? e.get("cameo_root").asText() : null, party(e.path("source"), text),
          party(e.path("target"), text), e.path("modality").asText("").toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  private static GoldEvent.Party party(JsonNode p, String text) {
    if (!p.isObject()) {
      return null;
    }
    String country = p.path("country").isTextual() ? p.get("country").asText() : null;
    return new GoldEvent.Party(p.has("text_span") || p.has("text") ? words(p, "text", text) : "", country);
  }

  /** A field's words: the field itself, or the text at its {@code _span} [begin, end). */
  private static String words(JsonNode o, String field, String text) {
    if (o.path(field).isTextual()) {
      return o.get(field).asText();
    }
    JsonNode span = o.path(field + "_span");
    if (span.isArray() && span.size() == 2) {
      int b = span.get(0).asInt();
      int e = span.get(1).asInt();
      if (b < 0 || e > text.length() || b > e) {
        throw new IllegalArgumentException(field + "_span " + span + " outside the text");
      }
      return text.substring(b, e);
    }
    return "";
  }

  private static Map<String, List<GoldEvent>> annotations(Path folder, Map<String, CorpusText> texts, List<String> missing) {
    Map<String, List<GoldEvent>> out = new LinkedHashMap<>();
    for (Path f : list(folder, ".json")) {
      try {
        JsonNode o = JSON.readTree(f.toFile());
        String doc = o.path("doc").asText("");
        CorpusText t = texts.get(doc);
        if (t == null) {
          missing.add(doc);
          continue;
        }
        out.put(doc, events(o, t.text()));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException("bad annotation file " + f + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static List<Path> list(Path folder, String suffix) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
