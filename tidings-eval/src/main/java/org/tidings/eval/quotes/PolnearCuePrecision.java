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
 * How often each cue of the standard pipeline is a PolNeAR cue: the second step behind the quote
 * cue lexicon, which drops cues that cost more precision than they bring recall. Run on the train
 * split only:
 *
 * <pre>
 *   java -cp ... org.tidings.eval.quotes.PolnearCuePrecision ../shared/corpus/polnear/train precision.tsv [N]
 * </pre>
 *
 * <p>With N, only the first N articles (file-name order) are read.
 *
 * <p>Each predicted attribution (as {@link PolnearQuoteScorer#attributions} groups our quotes) is
 * keyed by its cue's lemma (the lemma of the cue's first token, marked "(noun)" for a noun; the
 * words for a phrase) and counted
 * right when its cue overlaps a gold cue. The output lists lemma, predicted, right and precision,
 * most frequent first. Single-threaded; a batch tool, not used by the pipeline.
 */
public final class PolnearCuePrecision {
  private PolnearCuePrecision() {}

  public static void main(String[] args) {
    if (args.length != 2 && args.length != 3) {
      System.err.println("usage: PolnearCuePrecision SPLIT_DIR PRECISION_TSV [FIRST_N_ARTICLES]");
      System.exit(2);
    }
    Map<String, int[]> counts = new TreeMap<>();
    Pipeline pipeline = Pipelines.standard(AnnotatorConfig.DEFAULT);
    List<PolnearDocument> docs = PolnearDocument.readSplit(Path.of(args[0]), args, 2);
    int done = 0;
    for (PolnearDocument doc : docs) {
      Outcome outcome = pipeline.run(doc.article());
      if (!(outcome instanceof Outcome.Coded coded)) {
        System.err.println("PolnearCuePrecision: not coded: " + doc.id() + ": " + outcome);
        continue;
      }
      List<Token> tokens = coded.document().tokens();
      for (Predicted p : PolnearQuoteScorer.attributions(coded.document().get(Layers.QUOTES), coded.document().get(Layers.ACTORS))) {
        if (p.roles().cue().isEmpty()) {
          continue;
        }
        int[] c = counts.computeIfAbsent(key(tokens, p.roles().cue().get(0), doc.text()), k -> new int[2]);
        c[0]++;
        if (hitsGold(p.roles().cue(), doc.gold())) {
          c[1]++;
        }
      }
      if (++done % 50 == 0) {
        System.err.println("PolnearCuePrecision: " + done + " / " + docs.size());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("cue\tpredicted\tright\tprecision");
    counts.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
        .forEach(e -> lines.add(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\t"
            + String.format(Locale.ROOT, "%.3f", (double) e.getValue()[1] / e.getValue()[0])));
    try {
      Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lemma of the cue's first token when a verb or noun, else the cue's words. */
  private static String key(List<Token> tokens, TextSpan cue, String text) {
    for (Token t : tokens) {
      if (t.span().begin() >= cue.begin() && t.span().end() <= cue.end()) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return t.pos().startsWith("VB") ? lemma : t.pos().startsWith("NN") ? lemma + " (noun)" : cue.of(text).toLowerCase(Locale.ROOT);
      }
    }
    return cue.of(text).toLowerCase(Locale.ROOT);
  }

  /** True when the cue overlaps a gold cue. */
  static boolean hitsGold(List<TextSpan> cue, List<Attribution> gold) {
    for (Attribution g : gold) {
      if (AttributionCounts.overlaps(cue, g.cue())) {
        return true;
      }
    }
    return false;
  }
}
