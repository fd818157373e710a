package org.tidings.pipeline.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the sentences SUTime needs to see. SUTime's rule cascade costs about a third of the
 * annotation time, yet most news sentences hold no time expression; every TIMEX3 contains a digit
 * or one of a closed set of time words (months, weekdays, seasons, holidays, "week", "ago",
 * "now", ...), so sentences with none of them are skipped. Measured effect in BENCHMARKS.md; the
 * TempEval-3 score was re-run with this gate on.
 *
 * <p>Stateless and thread-safe.
 */
final class TimeCandidates {
  private TimeCandidates() {}

  private static final Set<String> TIME_WORDS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
          "sun", "today", "tonight", "yesterday", "tomorrow", "now", "currently", "current",
          "recently", "recent", "previously", "formerly", "lately", "soon", "ago", "later", "earlier",
          "once", "past", "future", "present", "nowadays", "daily", "weekly", "monthly", "yearly",
          "annual", "annually", "quarterly", "hourly", "nightly", "day", "days", "week", "weeks",
          "weekend", "weekends", "fortnight", "month", "months", "year", "years", "decade",
          "decades", "century", "centuries", "millennium", "quarter", "quarters", "season",
          "seasons", "spring", "summer", "autumn", "fall", "winter", "morning", "mornings",
          "afternoon", "afternoons", "evening", "evenings", "night", "nights", "noon", "midnight",
          "midday", "dawn", "dusk", "overnight", "hour", "hours", "minute", "minutes", "second",
          "seconds", "moment", "time", "times", "era", "christmas", "easter", "thanksgiving",
          "halloween", "ramadan", "eid", "hanukkah", "passover", "diwali", "new", "eve", "holiday",
          "holidays", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "fiscal", "term", "semester",
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
          "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "dozen", "several", "few");

  /** An annotation holding only the sentences of {@code document} that may contain a time. */
  static Annotation sentencesThatMayHoldTime(Annotation document) {
    List<CoreMap> kept = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      if (mayHoldTime(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
        kept.add(sentence);
      }
    }
    Annotation subset = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
    subset.set(CoreAnnotations.SentencesAnnotation.class, kept);
    subset.set(CoreAnnotations.TokensAnnotation.class, document.get(CoreAnnotations.TokensAnnotation.class));
    String docDate = document.get(CoreAnnotations.DocDateAnnotation.class);
    if (docDate != null) {
      subset.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    return subset;
  }

  static boolean mayHoldTime(List<CoreLabel> tokens) {
    for (CoreLabel token : tokens) {
      String word = token.word();
      for (int i = 0; i < word.length(); i++) {
        if (Character.isDigit(word.charAt(i))) {
          return true;
        }
      }
      if (TIME_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
