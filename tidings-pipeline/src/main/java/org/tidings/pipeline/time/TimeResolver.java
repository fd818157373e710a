package org.tidings.pipeline.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.tidings.model.Document;
import org.tidings.model.Layer;
import org.tidings.model.Layers;
import org.tidings.model.TimeRef;
import org.tidings.model.TimexType;
import org.tidings.pipeline.Stage;

/**
 * Turns the annotator's raw time expressions ({@link Layers#TIMEX}) into the article's times
 * ({@link Layers#TIMES}): TimeML extents ({@link ExtentRules}), values anchored to the publication
 * date in the direction of the clause's tense ({@link ValueRules}, {@link TenseFinder}), and each
 * date or time resolved to an interval with its precision ({@link TimexValues}).
 *
 * <p>Why tense: a weekday or a month without a year names one of several days; "said Friday" in
 * an article of Wednesday 2021-10-13 is 2021-10-08, "will meet on Friday" is 2021-10-15. A date in
 * a past-tense clause is never put after publication.
 *
 * <p>Pure Java, no CoreNLP. Stateless and thread-safe.
 */
public final class TimeResolver implements Stage {

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.TIMEX);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layers.TIMES);
  }

  @Override
  public Document process(Document document) {
    TimeContext context = TimeContext.of(document);
    List<TimexDraft> drafts = new ArrayList<>();
    for (TimeRef raw : document.get(Layers.TIMEX)) {
      TimexDraft draft = new TimexDraft(raw.span(), raw.type(), raw.value());
      if (!raw.span().isEmpty() && !NotTimes.drop(draft, context)) {
        drafts.addAll(ExtentRules.split(ExtentRules.widen(draft, context), context));
      }
    }
    drafts = withoutOverlaps(drafts);
    drafts.addAll(ExtentRules.missedQuarters(context, drafts));
    drafts.addAll(ExtentRules.missedMidPoints(context, drafts));
    drafts.sort(Comparator.comparing(TimexDraft::span));

    List<TimeRef> resolved = new ArrayList<>();
    for (TimexDraft draft : drafts) {
      String text = context.textOf(draft.span());
      Tense tense = TenseFinder.of(context, draft.span());
      TimexDraft d = ValueRules.rewrite(draft, text, tense, context);
      boolean placeable = d.type() == TimexType.DATE || d.type() == TimexType.TIME;
      resolved.add(
          new TimeRef(
              d.span(),
              text,
              d.type(),
              d.value(),
              placeable ? TimexValues.interval(d.value(), context.published()) : null));
    }
    return document.with(Layers.TIMES, List.copyOf(resolved));
  }

  /** Widening can swallow a neighbour ("Thanksgiving" + "Day"): the longer expression stays. */
  private static List<TimexDraft> withoutOverlaps(List<TimexDraft> drafts) {
    List<TimexDraft> byLength = new ArrayList<>(drafts);
    byLength.sort(Comparator.comparingInt((TimexDraft d) -> -d.span().length()).thenComparing(TimexDraft::span));
    List<TimexDraft> kept = new ArrayList<>();
    for (TimexDraft d : byLength) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(d.span()))) {
        kept.add(d);
      }
    }
    kept.sort(Comparator.comparing(TimexDraft::span));
    return kept;
  }
}
