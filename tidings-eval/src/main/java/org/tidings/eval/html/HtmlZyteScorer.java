package org.tidings.eval.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.tidings.eval.CorpusManifest;
import org.tidings.eval.EvalReport;
import org.tidings.eval.Scorer;
import org.tidings.pipeline.extract.html.HtmlArticleExtractor;
import org.tidings.pipeline.extract.html.PageOutcome;

/**
 * Scores article-body extraction on the Zyte (Scrapinghub) article-extraction benchmark layout:
 * {@code ground-truth.json} ({@code id -> {articleBody, url}}) and {@code html/<id>.html.gz}.
 * Per page, {@link Shingles#match word 4-gram shingle} counts give precision and recall; the
 * reported precision and recall are their means over pages (pages without predicted shingles are
 * left out of the precision mean, pages without gold shingles out of the recall mean) and F1 is
 * the harmonic mean of those two means, as the benchmark's {@code evaluate.py} defines it.
 *
 * <p>One thread at a time.
 */
public final class HtmlZyteScorer implements Scorer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  @Override
  public String suite() {
    return "html-zyte";
  }

  @Override
  public String description() {
    return "article body from HTML: word 4-gram shingle P/R/F1 (Zyte benchmark); DIR holds ground-truth.json and html/";
  }

  @Override
  public EvalReport score(Path data) {
    CorpusManifest.check(data);
    Path truth = data.resolve("ground-truth.json");
    if (!Files.isRegularFile(truth) || !Files.isDirectory(data.resolve("html"))) {
      throw new IllegalArgumentException(data + " must hold ground-truth.json and html/");
    }
    JsonNode root;
    try {
      root = JSON.readTree(truth.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + truth, e);
    }
    List<Shingles.Match> matches = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Path page = data.resolve("html").resolve(entry.getKey() + ".html.gz");
      String predicted = extractText(page, entry.getValue().path("url").asText(null));
      matches.add(Shingles.match(entry.getValue().path("articleBody").asText(""), predicted));
    }
    Shingles.Summary s = Shingles.summarise(matches);
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("precision", s.precision());
    metrics.put("recall", s.recall());
    metrics.put("f1", s.f1());
    return new EvalReport(suite(), data.toString(), matches.size(), metrics);
  }

  /** The extracted body of one gzipped page, or "" when the extractor found none. */
  String extractText(Path page, String url) {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + page, e);
    }
    PageOutcome outcome = extractor.extract(bytes, null, page.toString(), url);
    return outcome instanceof PageOutcome.Extracted e ? e.extraction().text() : "";
  }
}
