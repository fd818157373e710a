package org.tidings.pipeline.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks what SUTime needs to see. SUTime's rule cascade is costly and its cost grows with the
 * tokens it is given, yet most news text holds no time expression; every TIMEX3 contains a number
 * in a time's form (a year, a clock time, a numeric date) or one of a closed set of time words
 * (months, weekdays, seasons, holidays, "week", "ago", "now", ...), and a count ("two weeks") is
 * never far from its unit. {@link #windowsThatMayHoldTime} hands SUTime only a window of tokens
 * around each such word ({@value #BEFORE} before, {@value #AFTER} after, overlapping windows
 * merged, never crossing a sentence end): enough for "last Wednesday", "two weeks ago", "October
 * 20, 2021", "between 2019 and 2020", "the next 12 to 18 months". The windows hold the document's
 * own tokens, so the character offsets of what SUTime finds are the document's. Measured effect in
 * BENCHMARKS.md ("SUTime cost"); the TempEval-3 score was re-run with the windows.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimeCandidates {
  private TimeCandidates() {}

  private static final Set<String> TIME_WORDS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
          "saturdays", "sundays", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
          "sun", "today", "tonight", "yesterday", "tomorrow", "now", "currently", "current",
          "recently", "recent", "previously", "formerly", "lately", "soon", "ago", "later",
          "earlier", "once", "past", "future", "present", "nowadays", "daily", "weekly", "monthly",
          "yearly", "annual", "annually", "quarterly", "hourly", "nightly", "day", "days", "week",
          "weeks", "weekend", "weekends", "fortnight", "month", "months", "year", "years", "decade",
          "decades", "century", "centuries", "millennium", "quarter", "quarters", "season",
          "seasons", "spring", "summer", "autumn", "fall", "winter", "springs", "summers",
          "autumns", "winters", "morning", "mornings", "afternoon", "afternoons", "evening",
          "evenings", "night", "nights", "noon", "midnight", "midday", "dawn", "dusk", "overnight",
          "hour", "hours", "minute", "minutes", "second", "seconds", "moment", "time", "times",
          "era", "christmas", "easter", "thanksgiving", "halloween", "ramadan", "eid", "hanukkah",
          "passover", "diwali", "new", "eve", "holiday", "holidays", "am", "pm", "a.m.", "p.m.",
          "gmt", "utc", "fiscal", "term", "semester", "nineteen");

  /**
   * Counts: a time expression holding one also holds a time word ("two weeks ago", "20 more
   * years"), which anchors its window, so they only widen the sentence gate of the first version.
   */
  private static final Set<String> COUNT_WORDS =
      Set.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
          "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "dozen", "several", "few");

  /**
   * Numbers that are times by their form: years and decades ("1998", "1990s", "'98"), clock times
   * ("10:35", "5pm"), numeric dates ("10/20/2021", "2021-10-20") and day ordinals ("the 20th").
   * Other numbers ("20 percent", "$4.5 million") anchor no window; a count of a time unit is
   * covered by the unit's window.
   */
  private static final Pattern NUMERIC_TIME =
      Pattern.compile(
          "[12]\\d{3}s?|'\\d{2}s?|\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,2}(?:[ap]\\.?m\\.?)"
              + "|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|\\d{1,2}(?:st|nd|rd|th)",
          Pattern.CASE_INSENSITIVE);

  /** Tokens kept before a time word: "the next 12 to 18 months", "the last half of the '80s". */
  static final int BEFORE = 5;
  /** Tokens of context kept after a time word: "5 p.m. EST", "Oct. 26, 1989". */
  static final int AFTER = 4;

  /**
   * An annotation whose "sentences" are the windows of {@code document} that may hold a time,
   * for SUTime; each window is a sub-list of one sentence's tokens (the same token objects) with
   * its own text and offsets, so SUTime's results carry document offsets.
   */
  public static Annotation windowsThatMayHoldTime(Annotation document) {
    String text = document.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> windows = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int from = -1;
      int to = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (!isTimeWord(tokens.get(i).word())) {
          continue;
        }
        int begin = Math.max(0, i - BEFORE);
        int end = Math.min(tokens.size(), i + AFTER + 1);
        if (from >= 0 && begin <= to) {
          to = end; // overlaps or touches the open window: extend it
        } else {
          if (from >= 0) {
            windows.add(window(sentence, tokens, from, to, text));
          }
          from = begin;
          to = end;
        }
      }
      if (from >= 0) {
        windows.add(window(sentence, tokens, from, to, text));
      }
    }
    return withSentences(document, windows);
  }

  private static CoreMap window(
      CoreMap sentence, List<CoreLabel> tokens, int from, int to, String text) {
    List<CoreLabel> part = new ArrayList<>(tokens.subList(from, to));
    int begin = part.get(0).beginPosition();
    int end = part.get(part.size() - 1).endPosition();
    CoreMap window = new ArrayCoreMap();
    window.set(CoreAnnotations.TokensAnnotation.class, part);
    window.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    Integer firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (firstToken != null) {
      window.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + from);
      window.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + to);
    }
    Integer sentenceIndex = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
    window.set(CoreAnnotations.SentenceIndexAnnotation.class, sentenceIndex);
    return window;
  }

  /** An annotation holding only the sentences of {@code document} that may contain a time. */
  public static Annotation sentencesThatMayHoldTime(Annotation document) {
    List<CoreMap> kept = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      if (mayHoldTime(sentence.get(CoreAnnotations.TokensAnnotation.class))) {
        kept.add(sentence);
      }
    }
    return withSentences(document, kept);
  }

  /** A new annotation over the text, tokens and date of {@code document} with other sentences. */
  private static Annotation withSentences(Annotation document, List<CoreMap> sentences) {
    Annotation subset = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
    subset.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    subset.set(CoreAnnotations.TokensAnnotation.class, document.get(CoreAnnotations.TokensAnnotation.class));
    String docDate = document.get(CoreAnnotations.DocDateAnnotation.class);
    if (docDate != null) {
      subset.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    return subset;
  }

  /**
   * The first gate (whole sentences, {@link #sentencesThatMayHoldTime}): a token holding a digit,
   * a count or a time word.
   */
  static boolean mayHoldTime(List<CoreLabel> tokens) {
    for (CoreLabel token : tokens) {
      String word = token.word();
      String lower = word.toLowerCase(Locale.ROOT);
      if (isTimeWord(word) || COUNT_WORDS.contains(lower) || hasDigit(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code word} anchors a window: a time word or a number in a time's form, also as
   * part of a hyphenated word ("mid-November", "year-end", "mid-1990s").
   */
  static boolean isTimeWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (isTimePart(lower)) {
      return true;
    }
    if (lower.indexOf('-') > 0) {
      for (String part : lower.split("-")) {
        if (isTimePart(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isTimePart(String lower) {
    if (TIME_WORDS.contains(lower)) {
      return true;
    }
    boolean abbreviation = lower.length() > 2 && lower.endsWith(".");
    if (abbreviation && TIME_WORDS.contains(lower.substring(0, lower.length() - 1))) {
      return true; // "Aug.", "Sept.", "Wed."
    }
    return hasDigit(lower) && NUMERIC_TIME.matcher(lower).matches();
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
