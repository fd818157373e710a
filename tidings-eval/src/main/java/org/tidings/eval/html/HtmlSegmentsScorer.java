package org.tidings.eval.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tidings.eval.CorpusManifest;
import org.tidings.eval.EvalReport;
import org.tidings.eval.Scorer;
import org.tidings.pipeline.extract.html.HtmlArticleExtractor;
import org.tidings.pipeline.extract.html.PageOutcome;

/**
 * Scores article-text extraction on trafilatura's evaluation set ({@code evaldata.json} and
 * {@code html/}): for each page, every {@code with} segment found in the extracted text
 * (white space collapsed) is a true positive, one missing a false negative; every {@code without}
 * segment found is a false positive, one absent a true negative. Precision, recall, F1 and
 * accuracy are computed over the pooled counts, as trafilatura's evaluation does. A page the
 * extractor rejects counts as empty text.
 *
 * <p>One thread at a time.
 */
public final class HtmlSegmentsScorer implements Scorer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  @Override
  public String suite() {
    return "html-segments";
  }

  @Override
  public String description() {
    return "article text from HTML: segment presence P/R/F1/accuracy; DIR holds evaldata.json and html/";
  }

  /** Counts for one page or a pool of pages. */
  public record Counts(int tp, int fp, int fn, int tn) {
    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }
  }

  @Override
  public EvalReport score(Path data) {
    CorpusManifest.check(data);
    Path eval = data.resolve("evaldata.json");
    if (!Files.isRegularFile(eval) || !Files.isDirectory(data.resolve("html"))) {
      throw new IllegalArgumentException(data + " must hold evaldata.json and html/");
    }
    JsonNode root;
    try {
      root = JSON.readTree(eval.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + eval, e);
    }
    Counts total = new Counts(0, 0, 0, 0);
    int pages = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Path file = data.resolve("html").resolve(entry.getValue().path("file").asText());
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("missing page " + file);
      }
      String text = extractText(file, entry.getKey());
      total = total.plus(count(text, entry.getValue()));
      pages++;
    }
    return report(data, pages, total);
  }

  /** The extracted text of one page, or "" when the extractor found none. */
  String extractText(Path file, String url) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    PageOutcome outcome = extractor.extract(bytes, null, file.toString(), url);
    return outcome instanceof PageOutcome.Extracted e ? e.extraction().text() : "";
  }

  /** The counts of one page: segments looked up in the text with white space collapsed. */
  public static Counts count(String text, JsonNode item) {
    String flat = String.join(" ", text.strip().split("\\s+"));
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    for (JsonNode with : item.path("with")) {
      if (flat.contains(with.asText())) {
        tp++;
      } else {
        fn++;
      }
    }
    for (JsonNode without : item.path("without")) {
      if (flat.contains(without.asText())) {
        fp++;
      } else {
        tn++;
      }
    }
    return new Counts(tp, fp, fn, tn);
  }

  static EvalReport report(Path data, int pages, Counts c) {
    double precision = c.tp + c.fp == 0 ? 0 : (double) c.tp / (c.tp + c.fp);
    double recall = c.tp + c.fn == 0 ? 0 : (double) c.tp / (c.tp + c.fn);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    int all = c.tp + c.fp + c.fn + c.tn;
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("precision", precision);
    metrics.put("recall", recall);
    metrics.put("f1", f1);
    metrics.put("accuracy", all == 0 ? 0 : (double) (c.tp + c.tn) / all);
    metrics.put("true positives", (double) c.tp);
    metrics.put("false positives", (double) c.fp);
    metrics.put("false negatives", (double) c.fn);
    metrics.put("true negatives", (double) c.tn);
    return new EvalReport("html-segments", data.toString(), pages, metrics);
  }
}
