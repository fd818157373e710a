package org.tidings.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tidings.eval.CorpusManifest;
import org.tidings.model.Article;
import org.tidings.model.TextSpan;

/**
 * One PolNeAR article: its text ({@code text/NAME.txt}) and the attribution relations of its brat
 * file ({@code attributions/NAME_ANNOTATOR.ann}). When several annotators marked an article, the
 * file whose annotator id sorts first is read, so every run scores the same gold.
 *
 * <p>brat form read: {@code T} lines {@code id TAB Role begin end[;begin end...] TAB text} with
 * roles Source, Cue, Content (Attribution, Discuss and Discard text-bound lines are skipped), and
 * {@code E} lines {@code id TAB Attribution:Tn Source:Tn Cue:Tn Content:Tn [Content2:Tn]} (or
 * {@code Attribution-no-source:...}). Offsets are UTF-16 offsets into the text. A span's text may
 * run over line breaks (a few train files); lines not opening with such an id are skipped.
 *
 * @param id file name without extension
 * @param text the article text
 * @param gold its attributions, in file order
 */
record PolnearDocument(String id, String text, List<Attribution> gold) {
  private static final Pattern TEXT_BOUND = Pattern.compile("T\\d+\t");
  private static final Pattern EVENT = Pattern.compile("E\\d+\t");

  /**
   * One attribution relation: each role as the characters it covers (a role may be split into
   * several stretches, or be empty when not marked, e.g. no source).
   */
  record Attribution(List<TextSpan> source, List<TextSpan> cue, List<TextSpan> content) {
    Attribution {
      source = List.copyOf(source);
      cue = List.copyOf(cue);
      content = List.copyOf(content);
    }
  }

  /** The article to run a pipeline on: English, its publication date from the file name when there. */
  Article article() {
    return Article.builder(text, "polnear:" + id).published(PolnearQuoteScorer.published(id)).externalId(id).build();
  }

  /**
   * The split's articles for a batch tool: all of them, or the first {@code args[index]} (file-name
   * order) when the command line has that argument.
   */
  static List<PolnearDocument> readSplit(Path dir, String[] args, int index) {
    List<PolnearDocument> docs = readSplit(dir);
    return args.length > index ? docs.subList(0, Math.min(docs.size(), Integer.parseInt(args[index]))) : docs;
  }

  /**
   * Reads every article of a split directory ({@code text/} and {@code attributions/}), in file-name order.
   *
   * @throws IllegalArgumentException when the directory is not of that form
   */
  static List<PolnearDocument> readSplit(Path dir) {
    CorpusManifest.check(dir);
    Path texts = dir.resolve("text");
    Path anns = dir.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new IllegalArgumentException(dir + ": expected a PolNeAR split with text/ and attributions/ folders");
    }
    Map<String, Path> annByName = new HashMap<>();
    try (Stream<Path> files = Files.list(anns)) {
      files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
        String f = p.getFileName().toString();
        String name = f.substring(0, f.lastIndexOf('_'));
        annByName.putIfAbsent(name, p);
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<PolnearDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(texts)) {
      for (Path t : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = t.getFileName().toString().replaceFirst("\\.txt$", "");
        Path ann = annByName.get(name);
        if (ann != null) {
          String text = Files.readString(t, StandardCharsets.UTF_8);
          docs.add(new PolnearDocument(name, text, parse(Files.readAllLines(ann, StandardCharsets.UTF_8), ann.toString())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException(dir + ": no article has both a text and an attributions file");
    }
    return docs;
  }

  /** Parses brat lines; package-private for tests. */
  static List<Attribution> parse(List<String> lines, String where) {
    Map<String, List<TextSpan>> spans = new HashMap<>();
    for (String line : lines) {
      if (!TEXT_BOUND.matcher(line).lookingAt()) {
        continue; // also the rest of a span text that runs over a line break
      }
      String[] f = line.split("\t");
      if (f.length < 2) {
        throw new IllegalArgumentException(where + ": malformed line: " + line);
      }
      String[] typeAndRanges = f[1].split(" ", 2);
      if (typeAndRanges.length < 2) {
        throw new IllegalArgumentException(where + ": malformed line: " + line);
      }
      List<TextSpan> ranges = new ArrayList<>();
      for (String r : typeAndRanges[1].split(";")) {
        String[] be = r.trim().split(" ");
        ranges.add(new TextSpan(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
      }
      spans.put(f[0], ranges);
    }
    List<Attribution> out = new ArrayList<>();
    for (String line : lines) {
      if (!EVENT.matcher(line).lookingAt()) {
        continue;
      }
      String[] f = line.split("\t");
      List<TextSpan> source = new ArrayList<>();
      List<TextSpan> cue = new ArrayList<>();
      List<TextSpan> content = new ArrayList<>();
      for (String arg : f.length < 2 ? new String[0] : f[1].trim().split(" ")) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = arg.substring(0, colon);
        List<TextSpan> s = spans.getOrDefault(arg.substring(colon + 1), List.of());
        if (role.equals("Source")) {
          source.addAll(s);
        } else if (role.equals("Cue")) {
          cue.addAll(s);
        } else if (role.startsWith("Content")) {
          content.addAll(s);
        }
      }
      if (!content.isEmpty() || !cue.isEmpty()) {
        out.add(new Attribution(source, cue, content));
      }
    }
    return out;
  }
}
