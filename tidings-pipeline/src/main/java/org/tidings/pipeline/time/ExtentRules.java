package org.tidings.pipeline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.model.TextSpan;
import org.tidings.model.TimexType;

/**
 * Which characters are a time expression, by TimeML's conventions rather than SUTime's: widens
 * spans SUTime cuts short ("the year-earlier quarter", "nineteen ninety-six", "Thanksgiving Day"),
 * splits what it joins ("four hours Friday") and finds what it misses ("the quarter",
 * "fourth-quarter", "mid-November"). What is no time at all is for {@link NotTimes}.
 *
 * <p>Stateless and thread-safe.
 */
final class ExtentRules {
  private ExtentRules() {}

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
  private static final List<String> COUNTS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
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
