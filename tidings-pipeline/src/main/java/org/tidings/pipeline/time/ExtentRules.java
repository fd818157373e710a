package org.tidings.pipeline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.model.Sentence;
import org.tidings.model.TextSpan;
import org.tidings.model.TimexType;
import org.tidings.model.Token;

/**
 * Which characters are a time expression, by TimeML's conventions rather than SUTime's: drops what
 * TimeML does not annotate (ages, "once", adjectives such as "quarterly"), widens spans SUTime cuts
 * short ("the year-earlier quarter", "nineteen ninety-six", "Thanksgiving Day") and finds the
 * financial-report quarters SUTime misses ("the quarter", "fourth-quarter").
 *
 * <p>Stateless and thread-safe.
 */
final class ExtentRules {
  private ExtentRules() {}

  private static final Pattern AGE =
      Pattern.compile("(?i)(?:\\w+[- ])?[\\w.]+[- ](?:year|month|week|day)s?[- ]old");
  /** Words TimeML leaves unannotated on their own: frequency adjectives, "once", "present". */
  private static final Set<String> NOT_ALONE =
      Set.of("once", "present", "quarterly", "annual", "annually", "day");
  private static final Pattern YEAR_EARLIER =
      Pattern.compile(
          "^[- ](?:earlier|ago)\\b(?:\\s+(?:(?:first|second|third|fourth)\\s+)?(?:fiscal\\s+)?(?:quarter|period|nine months|six months)\\b)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SPOKEN_DECADE =
      Pattern.compile("(?i)nineteen\\s+(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$");
  private static final Pattern SPOKEN_UNIT =
      Pattern.compile("^-(one|two|three|four|five|six|seven|eight|nine)\\b", Pattern.CASE_INSENSITIVE);
  private static final List<String> TENS =
      List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  private static final List<String> UNITS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
  private static final Pattern LATER =
      Pattern.compile(
          "(?i)(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|many)"
              + "\\s+(minute|hour|day|week|month|year)(s)?\\s+later");
  private static final Pattern FIRST_MONTHS_OF =
      Pattern.compile(
          "(?i)(?:the\\s+)?first\\s+(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven)\\s+(months)\\s+of\\s");
  private static final Pattern YEAR_END = Pattern.compile("^(?:-end|'s end| end)\\b");
  private static final Pattern THAT_BEFORE = Pattern.compile("(?i)\\bthat\\s+(?:same\\s+)?$");
  /** A bare plural unit SUTime reads as "some units" ({@code PXY}) although a count precedes it. */
  private static final Pattern BARE_UNITS = Pattern.compile("(?i)(year|month|week|day|hour|minute)s");
  /** The count before a bare unit: "2 1/2 years", "two more weeks", "20 more years". */
  private static final Pattern COUNT_BEFORE =
      Pattern.compile(
          "(?i)\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(\\s+1/2)?(\\s+more)?\\s+$");
  /** "This Week", "60 Minutes", "High Noon": a time noun capitalised inside a sentence is a title. */
  private static final Pattern TITLE_WORD =
      Pattern.compile("\\b(?:Weeks?|Minutes?|Hours?|Months?|Noon|Morning|Afternoon|Evening|Night|Tonight|Today)\\b");
  private static final List<String> COUNTS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
  private static final Pattern LOWERCASE_MONTH = Pattern.compile("\\b(?:march|may)\\b");
  /** A unit SUTime found without its article: "night" of "$55 a night". */
  private static final Pattern BARE_UNIT = Pattern.compile("(?i)year|month|week|day|night|hour|quarter");
  private static final Pattern RATE_ARTICLE = Pattern.compile("(?i)\\b(?:an?|per)\\s+$");
  /** A capitalised month or season ending the text: "March", "the annual March", "Spring". */
  private static final Pattern NAME_HEAD =
      Pattern.compile("\\b(?:January|February|March|April|May|June|July|August|September|October|November"
          + "|December|Spring|Summer|Autumn|Fall|Winter)$");
  private static final Pattern NAME_TAIL = Pattern.compile("\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z]");
  private static final Pattern ORDINAL_SECOND = Pattern.compile("(?i)an?\\s+second");
  /** The unit of a rate: "a year", "per hour". */
  private static final Pattern RATE_UNIT =
      Pattern.compile("(?i)(?:an?|per)\\s+(?:year|month|week|day|night|hour|quarter)");
  /** "more than four hours Friday": the amount (group 1; count 2, unit 3) and the weekday (5). */
  private static final Pattern AMOUNT_THEN_WEEKDAY =
      Pattern.compile(
          "(?i)((?:(?:more|less) than\\s+|about\\s+|nearly\\s+|almost\\s+)?"
              + "(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
              + "(hour|minute|day|week)(s?))\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
  private static final List<String> WEEKDAY_NAMES =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  /** "mid-November", "mid-1996" (group 1 the month, group 2 the year). */
  private static final Pattern MID_POINT =
      Pattern.compile(
          "\\b[Mm]id-(?:(January|February|March|April|May|June|July|August|September|October"
              + "|November|December)|(1[89]\\d\\d|20\\d\\d))\\b(?!-)");
  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
  /** Quarters of earnings reports; the value is filled in by {@link ValueRules}. */
  static final Pattern QUARTER =
      Pattern.compile(
          "\\b(?:(?:[Tt]he|[Tt]his|[Ii]ts)\\s+(?:(?:latest|current|most recent|fiscal)\\s+)?(?:(?:first|second|third|fourth)[- ](?:fiscal\\s+)?)?quarter"
              + "|[Tt]he\\s+latest\\s+period"
              + "|(?:first|second|third|fourth)-quarter)\\b(?!ly|-)");

  /** True when TimeML would not annotate the draft at all. */
  static boolean drop(TimexDraft draft, TimeContext context) {
    String text = context.textOf(draft.span());
    if (AGE.matcher(text).matches()) {
      return true;
    }
    // Capitalised "Day" alone is part of a name.
    if (NOT_ALONE.contains(text.toLowerCase(Locale.ROOT))) {
      return true;
    }
    // "march", "at this march", "this may be": lowercase they are a noun or a verb.
    if (LOWERCASE_MONTH.matcher(text).find()) {
      return true;
    }
    // "the quarter-to-quarter comparison", "a quarter-century": the first half of a compound.
    if (text.toLowerCase(Locale.ROOT).endsWith("quarter")
        && context.text().startsWith("-", draft.span().end())) {
      return true;
    }
    // "Jan Kavan": a month abbreviation followed by a name is a first name.
    Token next = context.tokenAfter(draft.span());
    if (text.matches("(?i)jan|mar|jun|jul|aug|sept?|oct|nov|dec|may|june|april|august")
        && next != null && next.pos().equals("NNP")) {
      return true;
    }
    // "three-quarters of its sales", "more than a quarter of the market": fractions, not durations.
    if (text.toLowerCase(Locale.ROOT).matches(".*\\bthree[- ]quarters\\b.*")
        || text.toLowerCase(Locale.ROOT).matches("(?:.*\\s)?an?\\s+quarter")
            && context.text().startsWith(" of ", draft.span().end())) {
      return true;
    }
    // "continue past the deadline": the preposition, not the past.
    if (text.equalsIgnoreCase("past") && context.tokensIn(draft.span()).size() == 1
        && context.tokensIn(draft.span()).get(0).pos().equals("IN")) {
      return true;
    }
    // SUTime reads the agency "SEC" as seconds.
    if (text.contains("SEC")) {
      return true;
    }
    if (capitalisedLikeATitle(draft.span(), text, context)) {
      return true;
    }
    if (rateUnit(draft.span(), text, context)) {
      return true;
    }
    if (partOfAName(draft.span(), text, context)) {
      return true;
    }
    if (text.equalsIgnoreCase("minute")
        && context.text().substring(Math.max(0, draft.span().begin() - 5), draft.span().begin())
            .equalsIgnoreCase("last-")) {
      return true; // "the last-minute effort": an adjective meaning "late", no minute
    }
    if (ORDINAL_SECOND.matcher(text).matches() && premodifiesNoun(draft.span(), context)) {
      return true; // "a second betrayal", "A second group": the ordinal, not the unit
    }
    if (text.equalsIgnoreCase("previously")
        && (premodifiesParticiple(draft.span(), context) || restatesPastTense(draft.span(), context))) {
      return true;
    }
    return text.equalsIgnoreCase("future") && premodifiesNoun(draft.span(), context);
  }

  /**
   * "$2 million a year", "four flights a week", "358,000 a month", "$55 a night": the unit of a
   * rate is a measure's denominator, like "per hour" in a speed, which TimeML does not mark
   * (TempEval-3's gold leaves 7 of 10 such rates out). Frequencies ("twice a week", "once a
   * year") stay.
   */
  private static boolean rateUnit(TextSpan span, String text, TimeContext context) {
    TextSpan rate = span;
    if (!RATE_UNIT.matcher(text).matches()) {
      Matcher article = RATE_ARTICLE.matcher(context.text().substring(Math.max(0, span.begin() - 5), span.begin()));
      if (!BARE_UNIT.matcher(text).matches() || !article.find()) {
        return false;
      }
      rate = new TextSpan(span.begin() - (article.end() - article.start()), span.end());
    }
    return afterAnAmount(rate, context);
  }

  /**
   * "the annual March for Life", "``Spring of Life'' demonstrations", "the ``March of the
   * Combatant Mothers''": a capitalised month or season followed by "of"/"for" and a capitalised
   * word begins a name.
   */
  private static boolean partOfAName(TextSpan span, String text, TimeContext context) {
    if (!NAME_HEAD.matcher(text).find()) {
      return false;
    }
    String following = context.text().substring(span.end(), Math.min(context.text().length(), span.end() + 20));
    return NAME_TAIL.matcher(following).lookingAt();
  }

  private static boolean afterAnAmount(TextSpan span, TimeContext context) {
    Token before = context.tokenBefore(span);
    if (before == null) {
      return false;
    }
    if (before.pos().equals("CD")) {
      return true;
    }
    if (!before.pos().startsWith("NN") || before.index() == 0) {
      return false;
    }
    // "four flights a week", "$35 and $55 a night" (the "$" precedes the number)
    Token counted = context.tokens().get(before.index() - 1);
    return counted.pos().equals("CD");
  }

  /**
   * "ABC's This Week", "CBS's 60 Minutes", "the film High Noon": a common time noun written with
   * a capital inside a sentence names a programme or a work, not a time. Holidays ("Thanksgiving
   * Day") and a sentence's first word are not affected.
   */
  private static boolean capitalisedLikeATitle(TextSpan span, String text, TimeContext context) {
    Matcher m = TITLE_WORD.matcher(text);
    while (m.find()) {
      int at = span.begin() + m.start();
      Sentence sentence = context.sentenceOf(span);
      Token before = context.tokenBefore(new TextSpan(at, at));
      boolean opensSentence =
          before == null
              || sentence != null && at <= sentence.span().begin()
              || !Character.isLetterOrDigit(before.text().charAt(0));
      if (!opensSentence) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Merieux previously said", "suits previously filed", "Previously, watch imports were denied":
   * with a past-tense verb "previously" only repeats the past tense, and TempEval-3's gold leaves
   * it out (inside a clause 2 of 17 kept; opening a sentence before a past verb 1 of 6). It is
   * kept with the present perfect ("has previously warned", "Previously the Iraqis have
   * resisted"), where it places the event before the time of writing, and opening a sentence
   * whose verb is not in the past.
   */
  private static boolean restatesPastTense(TextSpan span, TimeContext context) {
    Token before = context.tokenBefore(span);
    Sentence sentence = context.sentenceOf(span);
    if (sentence == null) {
      return false;
    }
    if (before == null || sentence.span().begin() >= span.begin()
        || !Character.isLetterOrDigit(before.text().charAt(0))) {
      // Sentence-initial, or after a quote or bracket: the first verb that follows decides.
      Token verb = firstVerbAfter(span, sentence, context);
      return verb != null && verb.pos().equals("VBD");
    }
    return !(before.lemma().equals("have") && !before.text().equalsIgnoreCase("had"));
  }

  /** The first verb or modal after {@code span} in its sentence, or null. */
  private static Token firstVerbAfter(TextSpan span, Sentence sentence, TimeContext context) {
    for (int i = sentence.tokens().first(); i < sentence.tokens().end(); i++) {
      Token t = context.tokens().get(i);
      if (t.span().begin() >= span.end() && (t.pos().startsWith("VB") || t.pos().equals("MD"))) {
        return t;
      }
    }
    return null;
  }

  /**
   * "future earnings", "future payments": the adjective "future" before a noun is no time
   * expression in most of TempEval-3's gold (3 of 12 annotated); "the future" and "Elian's
   * future" are kept.
   */
  private static boolean premodifiesNoun(TextSpan span, TimeContext context) {
    Token after = context.tokenAfter(span);
    return after != null && (after.pos().startsWith("NN") || after.pos().startsWith("JJ"));
  }

  /** "a previously announced plan": an adjective of a noun, not a time of the clause. */
  private static boolean premodifiesParticiple(TextSpan span, TimeContext context) {
    Token before = context.tokenBefore(span);
    Token after = context.tokenAfter(span);
    return before != null
        && after != null
        && Set.of("DT", "PRP$", "POS").contains(before.pos())
        && Set.of("VBN", "VBD", "JJ").contains(after.pos());
  }

  /** The draft with its span widened to the whole TimeML expression (value unchanged). */
  static TimexDraft widen(TimexDraft draft, TimeContext context) {
    String all = context.text();
    TextSpan span = draft.span();
    String text = context.textOf(span);
    Matcher later = LATER.matcher(text);
    if (later.matches()) {
      return laterDuration(draft, later);
    }
    Matcher firstMonths = FIRST_MONTHS_OF.matcher(text);
    if (firstMonths.lookingAt()) {
      // "the first nine months of 1997": TempEval-3 marks the span of time, P9M, without "of 1997".
      String count = firstMonths.group(1).toLowerCase(Locale.ROOT);
      String n = count.matches("\\d+") ? count : String.valueOf(COUNTS.indexOf(count) + 1);
      return new TimexDraft(
          new TextSpan(span.begin(), span.begin() + firstMonths.end(2)), TimexType.DURATION, "P" + n + "M");
    }
    Matcher units = BARE_UNITS.matcher(text);
    if (units.matches()) {
      TimexDraft counted = countedUnits(draft, units.group(1).toLowerCase(Locale.ROOT), context);
      if (counted != null) {
        return counted;
      }
    }
    String following = all.substring(span.end(), Math.min(all.length(), span.end() + 60));
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("days")
        && all.substring(Math.max(0, span.begin() - 6), span.begin()).equalsIgnoreCase("these ")) {
      // "these days": nowadays, TimeML's PRESENT_REF, not an amount of days.
      return new TimexDraft(new TextSpan(span.begin() - 6, span.end()), TimexType.DATE, "PRESENT_REF");
    }
    String preceding12 = all.substring(Math.max(0, span.begin() - 12), span.begin());
    Matcher that = THAT_BEFORE.matcher(preceding12);
    if (lower.equals("year") && that.find()) {
      // "that year", "that same year": the whole phrase refers back; ValueRules finds the year.
      return draft.withSpan(new TextSpan(span.begin() - preceding12.length() + that.start(), span.end()));
    }
    Matcher yearEnd = YEAR_END.matcher(following);
    if (lower.equals("year") && yearEnd.lookingAt()) {
      return draft.withSpan(new TextSpan(span.begin(), span.end() + yearEnd.end()));
    }
    if (lower.endsWith("year")) {
      Matcher m = YEAR_EARLIER.matcher(following);
      if (m.find()) {
        int yearAt = span.end() - 4;
        boolean noun = m.group().trim().split("\\s+").length > 1;
        int begin = noun && lower.startsWith("the ") ? span.begin() : yearAt;
        return draft.withSpan(new TextSpan(begin, span.end() + m.end()));
      }
    }
    // "the 1988 period" of an earnings report is one expression, not the year 1988.
    if (text.matches("\\d{4}")) {
      String preceding = all.substring(Math.max(0, span.begin() - 4), span.begin());
      Matcher period = Pattern.compile("^ (?:quarter|period)\\b").matcher(following);
      if (preceding.equalsIgnoreCase("the ") && period.find()) {
        return draft.withSpan(new TextSpan(span.begin() - 4, span.end() + period.end()));
      }
    }
    Matcher decade = SPOKEN_DECADE.matcher(text);
    if (decade.find()) {
      Matcher unit = SPOKEN_UNIT.matcher(following);
      if (unit.find()) {
        int year =
            1900 + 10 * (TENS.indexOf(decade.group(1).toLowerCase(Locale.ROOT)) + 2)
                + UNITS.indexOf(unit.group(1).toLowerCase(Locale.ROOT)) + 1;
        String value = draft.value().length() >= 4 ? year + draft.value().substring(4) : String.valueOf(year);
        return new TimexDraft(new TextSpan(span.begin(), span.end() + unit.end()), draft.type(), value);
      }
    }
    if (following.startsWith(" Day") && !text.endsWith("Day") && Character.isUpperCase(text.charAt(0))
        && (following.length() == 4 || !Character.isLetter(following.charAt(4)))) {
      return draft.withSpan(new TextSpan(span.begin(), span.end() + 4));
    }
    return draft;
  }

  /**
   * "2 1/2 years", "two more weeks", "at least 20 more years": SUTime keeps only the unit, as an
   * unknown amount; the span takes in the count and the value counts it ({@code P2Y6M},
   * {@code P2W}, {@code P20Y}). Null when no count precedes the unit, or a half of a unit TimeML
   * cannot write in whole smaller units (weeks, months).
   */
  private static TimexDraft countedUnits(TimexDraft draft, String unit, TimeContext context) {
    TextSpan span = draft.span();
    String before = context.text().substring(Math.max(0, span.begin() - 30), span.begin());
    Matcher m = COUNT_BEFORE.matcher(before);
    if (!m.find()) {
      return null;
    }
    String count = m.group(1).toLowerCase(Locale.ROOT);
    int n = count.matches("\\d+") ? Integer.parseInt(count) : COUNTS.indexOf(count) + 1;
    boolean half = m.group(2) != null;
    String value;
    switch (unit) {
      case "year" -> value = "P" + n + "Y" + (half ? "6M" : "");
      case "day" -> value = "P" + n + "D" + (half ? "T12H" : "");
      case "hour" -> value = "PT" + n + "H" + (half ? "30M" : "");
      case "minute" -> value = "PT" + n + "M" + (half ? "30S" : "");
      default -> value = half ? null : "P" + n + Character.toUpperCase(unit.charAt(0));
    }
    if (value == null) {
      return null;
    }
    int begin = span.begin() - before.length() + m.start();
    return new TimexDraft(new TextSpan(begin, span.end()), TimexType.DURATION, value);
  }

  /**
   * "three days later", "a few days later": TempEval-3 annotates the amount of time, {@code P3D},
   * not the date it leads to, and leaves "later" out of the extent.
   */
  private static TimexDraft laterDuration(TimexDraft draft, Matcher later) {
    String count = later.group(1).toLowerCase(Locale.ROOT);
    String unit = later.group(2).toLowerCase(Locale.ROOT);
    String n;
    if (count.matches("\\d+")) {
      n = count;
    } else if (COUNTS.contains(count)) {
      n = String.valueOf(COUNTS.indexOf(count) + 1);
    } else if (count.equals("a") || count.equals("an")) {
      n = "1";
    } else {
      n = "X"; // "a few", "several", "many"
    }
    String value = amount(n, unit);
    TextSpan span = draft.span();
    return new TimexDraft(new TextSpan(span.begin(), span.begin() + later.end(2) + (later.group(3) == null ? 0 : 1)),
        TimexType.DURATION, value);
  }

  /**
   * "for more than four hours Friday": SUTime joins an amount of time and the day it fell on into
   * one expression; TimeML marks them apart, the amount a {@code DURATION}, the weekday a
   * {@code DATE} that {@link ValueRules} anchors. Any other draft comes back alone.
   */
  static List<TimexDraft> split(TimexDraft draft, TimeContext context) {
    TextSpan span = draft.span();
    Matcher m = AMOUNT_THEN_WEEKDAY.matcher(context.textOf(span));
    if (!m.matches()) {
      return List.of(draft);
    }
    String count = m.group(2).toLowerCase(Locale.ROOT);
    String n = count.matches("\\d+") ? count : String.valueOf(Math.max(1, COUNTS.indexOf(count) + 1));
    String amount = amount(n, m.group(3).toLowerCase(Locale.ROOT));
    int day = WEEKDAY_NAMES.indexOf(m.group(5).toLowerCase(Locale.ROOT)) + 1;
    return List.of(
        new TimexDraft(new TextSpan(span.begin(), span.begin() + m.end(1)), TimexType.DURATION, amount),
        new TimexDraft(
            new TextSpan(span.begin() + m.start(5), span.end()), TimexType.DATE, "XXXX-WXX-" + day));
  }

  /**
   * "mid-November", "in mid-1996": SUTime finds nothing in one hyphenated token. TimeML marks the
   * whole word with the month's or year's value (the "mid" part is a modifier, not a value); a
   * month gets the open year {@code XXXX} that {@link ValueRules} anchors like any month.
   */
  static List<TimexDraft> missedMidPoints(TimeContext context, List<TimexDraft> found) {
    return missed(
        MID_POINT,
        context,
        found,
        m -> m.group(1) != null
            ? String.format(Locale.ROOT, "XXXX-%02d", MONTHS.indexOf(m.group(1).substring(0, 3)) + 1)
            : m.group(2));
  }

  /** A TIMEX3 duration of {@code n} (digits or "X") units: {@code PT3H}, {@code PT5M}, {@code P2W}. */
  private static String amount(String n, String unit) {
    return switch (unit) {
      case "hour" -> "PT" + n + "H";
      case "minute" -> "PT" + n + "M";
      default -> "P" + n + Character.toUpperCase(unit.charAt(0));
    };
  }

  /** Quarter expressions no draft covers, with a placeholder value. */
  static List<TimexDraft> missedQuarters(TimeContext context, List<TimexDraft> found) {
    return missed(QUARTER, context, found, m -> "XXXX-QX");
  }

  /** Every match of {@code pattern} no draft in {@code found} overlaps, as a DATE of that value. */
  private static List<TimexDraft> missed(
      Pattern pattern, TimeContext context, List<TimexDraft> found, Function<Matcher, String> value) {
    List<TimexDraft> added = new ArrayList<>();
    Matcher m = pattern.matcher(context.text());
    while (m.find()) {
      TextSpan span = new TextSpan(m.start(), m.end());
      if (found.stream().noneMatch(d -> d.span().overlaps(span))) {
        added.add(new TimexDraft(span, TimexType.DATE, value.apply(m)));
      }
    }
    return added;
  }
}
