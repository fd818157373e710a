package org.tidings.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tidings.model.Article;
import org.tidings.model.TimeRef;
import org.tidings.pipeline.annotate.CoreNlpAnnotator;
import org.tidings.pipeline.annotate.CoreNlpModels;
import org.tidings.pipeline.annotate.TimeCandidates;

/**
 * SUTime on its own, to measure what it costs: CoreNLP's annotation without SUTime is made once
 * per article ({@link #prepare}); SUTime then runs over it either as {@link CoreNlpAnnotator}
 * runs it, on token windows around time words, or on every sentence holding a time word, as it
 * ran before ({@link Scope}). Used by the {@link SutimeCost} harness, not by the pipeline (it
 * reaches into the annotate package's public SUTime hooks, which exist for it).
 *
 * <p>Not thread-safe: one probe per thread. Instances share the models they are made from.
 */
public final class SutimeProbe {
  /** What SUTime is given. */
  public enum Scope {
    /** Whole sentences that hold a time word (the first gate, before the windows). */
    SENTENCES,
    /** A window of tokens around each time word ({@link TimeCandidates}, what the pipeline runs). */
    WINDOWS
  }

  /** An article annotated up to named entities, ready for SUTime; opaque outside this package. */
  public static final class Prepared {
    private final Annotation annotation;

    private Prepared(Annotation annotation) {
      this.annotation = annotation;
    }
  }

  private final StanfordCoreNLP corenlp;
  private final TimeAnnotator sutime;

  /** A probe over loaded models; {@code models} should be loaded without the parser (not needed). */
  public SutimeProbe(CoreNlpModels models) {
    this.corenlp = models.newPipeline();
    this.sutime = models.sutime();
  }

  /** CoreNLP's annotation of the article's content text, dated as the pipeline dates it. */
  public Prepared prepare(Article article) {
    Annotation annotation = new Annotation(CoreNlpAnnotator.contentOnly(article));
    if (article.published() != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, article.published().date().toString());
    }
    corenlp.annotate(annotation);
    return new Prepared(annotation);
  }

  /** Tokens SUTime is given in {@code scope} (windows that share no token are counted apart). */
  public int tokensSeen(Prepared prepared, Scope scope) {
    int tokens = 0;
    for (CoreMap part : input(prepared, scope).get(CoreAnnotations.SentencesAnnotation.class)) {
      tokens += part.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return tokens;
  }

  /** Runs SUTime in {@code scope}; its expressions as the annotator reports them, text order. */
  public List<TimeRef> times(Prepared prepared, Scope scope) {
    Annotation input = input(prepared, scope);
    sutime.annotate(input);
    return new ArrayList<>(CoreNlpAnnotator.timexes(input, prepared.annotation.get(CoreAnnotations.TextAnnotation.class)));
  }

  private static Annotation input(Prepared prepared, Scope scope) {
    Objects.requireNonNull(prepared, "prepared");
    return scope == Scope.WINDOWS
        ? TimeCandidates.windowsThatMayHoldTime(prepared.annotation)
        : TimeCandidates.sentencesThatMayHoldTime(prepared.annotation);
  }
}
