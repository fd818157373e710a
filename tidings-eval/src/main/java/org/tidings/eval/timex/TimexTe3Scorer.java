package org.tidings.eval.timex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tidings.eval.CorpusManifest;
import org.tidings.eval.EvalReport;
import org.tidings.eval.Scorer;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Outcome;
import org.tidings.model.Published;
import org.tidings.model.TimeRef;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.annotate.AnnotatorConfig;

/**
 * TempEval-3 task A for time expressions: runs the standard pipeline on the text of every TimeML
 * file under a directory, with the document creation time as publication date, and compares the
 * {@code times} layer with the gold TIMEX3 (see {@link TimexCounts} for the metrics). Items are
 * the documents scored.
 *
 * <p>A file that cannot be parsed, or whose article fails in the pipeline, is reported on stderr
 * and counted in the summary line; it does not stop the run. A failed article's gold expressions
 * count as missed.
 *
 * <p>Loads CoreNLP on first use (about ten seconds). Used by one thread at a time.
 */
public final class TimexTe3Scorer implements Scorer {
  private Pipeline pipeline;

  @Override
  public String suite() {
    return "timex-te3";
  }

  @Override
  public String description() {
    return "TempEval-3 time expressions (extent, type, value): a directory of TimeML .tml files,"
        + " e.g. tempeval3/TBAQ-cleaned";
  }

  @Override
  public EvalReport score(Path data) {
    CorpusManifest.check(data);
    List<Path> files = timeMlFiles(data);
    TimexCounts counts = new TimexCounts();
    int scored = 0;
    int unreadable = 0;
    int failed = 0;
    for (Path file : files) {
      TimeMlDocument gold;
      try {
        gold = TimeMlReader.read(file);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        System.err.println("timex-te3: skipping " + e.getMessage());
        unreadable++;
        continue;
      }
      List<TimexAnnotation> predicted = predict(gold, file);
      if (predicted == null) {
        failed++;
        predicted = List.of();
      }
      counts.add(gold.timexes(), predicted);
      scored++;
    }
    if (unreadable > 0 || failed > 0) {
      System.err.printf(
          "timex-te3: %d of %d files unreadable, %d failed in the pipeline%n",
          unreadable, files.size(), failed);
    }
    return new EvalReport(suite(), data.toString(), scored, counts.metrics());
  }

  /** The pipeline's time expressions for the document's text, or null when the article failed. */
  List<TimexAnnotation> predict(TimeMlDocument gold, Path file) {
    Document document = annotate(gold, file);
    if (document == null) {
      return null;
    }
    List<TimexAnnotation> predicted = new ArrayList<>();
    for (TimeRef t : document.times()) {
      predicted.add(new TimexAnnotation(t.span(), t.type().name(), t.value()));
    }
    return predicted;
  }

  /** The annotated document, or null (reported on stderr) when the pipeline failed on it. */
  Document annotate(TimeMlDocument gold, Path file) {
    String text = gold.text();
    // Built directly, not through TextCleaner: clean-up normalises whitespace and would move
    // the gold offsets.
    Article article =
        Article.builder(text, file.toString()).published(Published.of(gold.creationDate())).build();
    Outcome outcome = pipeline().run(article);
    if (outcome instanceof Outcome.Coded coded) {
      return coded.document();
    }
    System.err.println("timex-te3: pipeline did not code " + file + ": " + outcome);
    return null;
  }

  private Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Pipelines.standard(AnnotatorConfig.DEFAULT);
    }
    return pipeline;
  }

  /**
   * Every {@code .tml} file under {@code data}, sorted by path.
   *
   * @throws IllegalArgumentException when {@code data} is not a directory or holds no such file
   */
  static List<Path> timeMlFiles(Path data) {
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException(
          "timex-te3 needs a directory of TimeML .tml files; not a directory: " + data);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(data)) {
      files =
          walk.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + data, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("timex-te3: no .tml files under " + data);
    }
    return files;
  }
}
