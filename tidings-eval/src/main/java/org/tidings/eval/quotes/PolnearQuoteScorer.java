package org.tidings.eval.quotes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.eval.EvalOptions;
import org.tidings.eval.EvalReport;
import org.tidings.eval.Scorer;
import org.tidings.eval.quotes.AttributionCounts.Predicted;
import org.tidings.eval.quotes.PolnearDocument.Attribution;
import org.tidings.model.Actor;
import org.tidings.model.ActorMention;
import org.tidings.model.Layers;
import org.tidings.model.Outcome;
import org.tidings.model.Published;
import org.tidings.model.Quote;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.annotate.AnnotatorConfig;

/**
 * Quote attribution on a PolNeAR split ({@code text/} and brat {@code attributions/}): the
 * standard pipeline runs on each article and its quotes are read as attributions (see
 * {@link #attributions}); metrics in {@link AttributionCounts}. With {@code --baseline}, CoreNLP's
 * {@code quote} annotator with coreference runs on the same articles and is scored the same way,
 * its metrics prefixed "baseline ". Items are the articles.
 *
 * <p>An article the pipeline fails on is reported on stderr; its gold counts as missed. Loads
 * CoreNLP on first use. Used by one thread at a time.
 */
public final class PolnearQuoteScorer implements Scorer {
  private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

  private Pipeline pipeline;
  private CoreNlpQuoteBaseline baseline;

  @Override
  public String suite() {
    return "quotes-polnear";
  }

  @Override
  public String description() {
    return "quote attribution P/R/F1 (source, cue, content; exact and overlap) and direct-quote speaker accuracy:"
        + " a PolNeAR split folder, e.g. polnear/dev; --baseline adds CoreNLP's quote annotator, --limit N the first N articles";
  }

  @Override
  public EvalReport score(Path data) {
    return score(data, EvalOptions.NONE);
  }

  @Override
  public EvalReport score(Path data, EvalOptions options) {
    List<PolnearDocument> docs = PolnearDocument.readSplit(data);
    if (options.limit() > 0 && options.limit() < docs.size()) {
      docs = docs.subList(0, options.limit());
    }
    AttributionCounts ours = new AttributionCounts();
    AttributionCounts theirs = new AttributionCounts();
    for (PolnearDocument doc : docs) {
      ours.add(doc.text(), doc.gold(), predict(doc));
      if (options.baseline()) {
        theirs.add(doc.text(), doc.gold(), baseline(doc));
      }
    }
    Map<String, Double> metrics = new LinkedHashMap<>(ours.metrics(""));
    if (options.baseline()) {
      metrics.putAll(theirs.metrics("baseline "));
    }
    return new EvalReport(suite(), data.toString(), docs.size(), metrics);
  }

  private List<Predicted> predict(PolnearDocument doc) {
    Outcome outcome = pipeline().run(doc.article());
    if (outcome instanceof Outcome.Coded coded) {
      return attributions(coded.document().get(Layers.QUOTES), coded.document().get(Layers.ACTORS));
    }
    System.err.println("quotes-polnear: pipeline did not code " + doc.id() + ": " + outcome);
    return List.of();
  }

  /**
   * Our quotes as PolNeAR attributions. PolNeAR marks one relation per cue, whose content may be
   * split ("X," he said, "Y."); so quotes sharing a cue are one attribution, its content the
   * union of theirs (a partial quote inside reported speech adds nothing new), its source the
   * speaker's words at the cue. A quote without a cue is an attribution of its own.
   */
  static List<Predicted> attributions(List<Quote> quotes, List<Actor> actors) {
    Map<Object, List<Quote>> byCue = new LinkedHashMap<>();
    for (Quote q : quotes) {
      byCue.computeIfAbsent(q.cue() == null ? q : q.cue(), k -> new ArrayList<>()).add(q);
    }
    List<Predicted> out = new ArrayList<>();
    for (List<Quote> group : byCue.values()) {
      Quote first = group.get(0);
      List<TextSpan> content = group.stream().map(Quote::span).toList();
      List<TextSpan> source = first.speaker() == null ? List.of() : List.of(first.speaker());
      List<TextSpan> cue = first.cue() == null ? List.of() : List.of(first.cue());
      out.add(new Predicted(new Attribution(source, cue, content), mentionsOf(first.speakerActorId(), actors)));
    }
    return out;
  }

  private static List<TextSpan> mentionsOf(String actorId, List<Actor> actors) {
    if (actorId == null) {
      return List.of();
    }
    for (Actor a : actors) {
      if (a.id().equals(actorId)) {
        return a.mentions().stream().map(ActorMention::span).toList();
      }
    }
    return List.of();
  }

  private List<Predicted> baseline(PolnearDocument doc) {
    if (baseline == null) {
      baseline = new CoreNlpQuoteBaseline();
    }
    List<Predicted> out = new ArrayList<>();
    for (CoreNlpQuoteBaseline.Attributed a : baseline.quotes(doc.text())) {
      Quote q = a.quote();
      out.add(new Predicted(new Attribution(
          q.speaker() == null ? List.of() : List.of(q.speaker()),
          q.cue() == null ? List.of() : List.of(q.cue()),
          List.of(q.span())), a.speakerMentions()));
    }
    return out;
  }

  /** The publication date in a PolNeAR file name ({@code breitbart_2016-09-12_...}), or null. */
  static Published published(String id) {
    Matcher m = DATE.matcher(id);
    if (!m.find()) {
      return null;
    }
    try {
      return Published.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Pipelines.standard(AnnotatorConfig.DEFAULT);
    }
    return pipeline;
  }
}
