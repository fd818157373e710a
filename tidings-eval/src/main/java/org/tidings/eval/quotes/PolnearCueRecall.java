package org.tidings.eval.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tidings.eval.quotes.AttributionCounts.Predicted;
import org.tidings.eval.quotes.PolnearDocument.Attribution;
import org.tidings.model.Layers;
import org.tidings.model.Outcome;
import org.tidings.model.TextSpan;
import org.tidings.model.Token;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.annotate.AnnotatorConfig;

/**
 * Which PolNeAR cues the standard pipeline misses: the recall side of {@link PolnearCuePrecision}.
 * Run on the train split only:
 *
 * <pre>
 *   java -cp ... org.tidings.eval.quotes.PolnearCueRecall ../shared/corpus/polnear/train recall.tsv misses.tsv false.tsv [N]
 * </pre>
 *
 * <p>Each gold attribution with a cue is keyed by its cue's head (the lemma of the cue's last verb
 * or noun token, marked "(noun)" for a noun; the lower-cased words for any other cue) and counted
 * found when a predicted cue overlaps it. {@code recall.tsv} lists key, gold, found and recall,
 * most missed first; {@code misses.tsv} lists every missed gold cue with its article, cue words,
 * content words (first 120 characters), source words and, when one of our attributions
 * overlaps its content, that attribution's cue. Single-threaded; a batch tool, not used by
 * the pipeline. A gold cue found whose content our attribution misses is listed too, its key
 * prefixed "content-miss:" and our content in place of the source. {@code false.tsv} lists, in the same form, every predicted cue that overlaps no gold cue.
 */
public final class PolnearCueRecall {
  private PolnearCueRecall() {}

  public static void main(String[] args) {
    if (args.length != 4 && args.length != 5) {
      System.err.println("usage: PolnearCueRecall SPLIT_DIR RECALL_TSV MISSES_TSV FALSE_TSV [FIRST_N_ARTICLES]");
      System.exit(2);
    }
    Map<String, int[]> counts = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    misses.add("article\tkey\tcue\tcontent\tsource");
    List<String> falses = new ArrayList<>(misses);
    Pipeline pipeline = Pipelines.standard(AnnotatorConfig.DEFAULT);
    List<PolnearDocument> docs = PolnearDocument.readSplit(Path.of(args[0]), args, 4);
    int done = 0;
    for (PolnearDocument doc : docs) {
      Outcome outcome = pipeline.run(doc.article());
      if (!(outcome instanceof Outcome.Coded coded)) {
        System.err.println("PolnearCueRecall: not coded: " + doc.id() + ": " + outcome);
        continue;
      }
      List<Token> tokens = coded.document().tokens();
      List<Predicted> predicted = PolnearQuoteScorer.attributions(
          coded.document().get(Layers.QUOTES), coded.document().get(Layers.ACTORS));
      for (Attribution g : doc.gold()) {
        if (g.cue().isEmpty()) {
          continue;
        }
        String key = key(tokens, g.cue(), doc.text());
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0]++;
        boolean found = false;
        boolean contentFound = false;
        for (Predicted p : predicted) {
          boolean cueHit = AttributionCounts.overlaps(p.roles().cue(), g.cue());
          found |= cueHit;
          contentFound |= cueHit && AttributionCounts.overlaps(p.roles().content(), g.content());
        }
        if (found && !contentFound && !g.content().isEmpty()) {
          String ours = "";
          for (Predicted p : predicted) {
            if (AttributionCounts.overlaps(p.roles().cue(), g.cue())) {
              ours = words(p.roles().content(), doc.text(), 120);
            }
          }
          misses.add(doc.id() + "\tcontent-miss:" + key + "\t" + words(g.cue(), doc.text(), 60) + "\t"
              + words(g.content(), doc.text(), 120) + "\t" + ours);
        }
        if (found) {
          c[1]++;
        } else {
          String ours = "";
          for (Predicted p : predicted) {
            if (!g.content().isEmpty() && AttributionCounts.overlaps(p.roles().content(), g.content())) {
              ours = "ours: " + (p.roles().cue().isEmpty() ? "(no cue)" : words(p.roles().cue(), doc.text(), 40));
            }
          }
          misses.add(doc.id() + "\t" + key + "\t" + words(g.cue(), doc.text(), 60) + "\t"
              + words(g.content(), doc.text(), 120) + "\t" + words(g.source(), doc.text(), 60) + "\t" + ours);
        }
      }
      for (Predicted p : predicted) {
        if (!PolnearCuePrecision.hitsGold(p.roles().cue(), doc.gold()) && !p.roles().cue().isEmpty()) {
          falses.add(doc.id() + "\t" + key(tokens, p.roles().cue(), doc.text()) + "\t"
              + words(p.roles().cue(), doc.text(), 60) + "\t" + words(p.roles().content(), doc.text(), 120)
              + "\t" + words(p.roles().source(), doc.text(), 60));
        }
      }
      if (++done % 50 == 0) {
        System.err.println("PolnearCueRecall: " + done + " / " + docs.size());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("cue\tgold\tfound\trecall");
    counts.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue()[0] - b.getValue()[1], a.getValue()[0] - a.getValue()[1]))
        .forEach(e -> lines.add(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\t"
            + String.format(Locale.ROOT, "%.3f", (double) e.getValue()[1] / e.getValue()[0])));
    try {
      Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
      Files.write(Path.of(args[2]), misses, StandardCharsets.UTF_8);
      Files.write(Path.of(args[3]), falses, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lemma of the cue's last verb or noun token, else the cue's words, lower-cased. */
  private static String key(List<Token> tokens, List<TextSpan> cue, String text) {
    String key = null;
    for (TextSpan piece : cue) {
      for (Token t : tokens) {
        if (t.span().begin() >= piece.begin() && t.span().end() <= piece.end()) {
          String lemma = t.lemma().toLowerCase(Locale.ROOT);
          if (t.pos().startsWith("VB")) {
            key = lemma;
          } else if (t.pos().startsWith("NN")) {
            key = lemma + " (noun)";
          }
        }
      }
    }
    return key != null ? key : words(cue, text, 60).toLowerCase(Locale.ROOT);
  }

  private static String words(List<TextSpan> spans, String text, int max) {
    StringBuilder b = new StringBuilder();
    for (TextSpan s : spans) {
      if (b.length() > 0) {
        b.append(" | ");
      }
      b.append(s.of(text));
    }
    String w = b.toString().replaceAll("\\s+", " ");
    return w.length() > max ? w.substring(0, max) + "…" : w;
  }
}
