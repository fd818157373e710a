package org.tidings.pipeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.model.TimexType;

/**
 * Rewrites SUTime's values into TimeML's, anchored to the publication date: weekdays, months and
 * quarters written without a year take the year (or week) the clause's tense points to; "two years
 * ago" is a year, not a day; "the year-earlier quarter" and "the quarter" are the quarters of an
 * earnings report; vague spans ("recent years", "several years ago") are {@code PAST_REF}; decades
 * are {@code 199}, not {@code 199X}; SUTime's own notation ({@code INTERSECT}, ranges) is reduced to
 * a TIMEX3 value.
 *
 * <p>Every rule leaves the draft unchanged when the publication date is unknown. Stateless and
 * thread-safe.
 */
final class ValueRules {
  private ValueRules() {}

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
          "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
          "sunday", DayOfWeek.SUNDAY);
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern MONTH =
      Pattern.compile(
          "\\b(january|february|march|april|may|june|july|august|september|october|november|december"
              + "|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)");
  private static final Pattern HAS_YEAR =
      Pattern.compile("\\b\\d{4}\\b|'\\d\\d\\b|\\byears?\\b|\\bnineteen\\b|\\btwo thousand\\b");
  /** "Mondays", "Tuesday nights": a weekday that recurs (group 1 the day, group 2 the part). */
  private static final Pattern PLURAL_WEEKDAY =
      Pattern.compile(
          "^(?:on\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
              + "(?:s|\\s+(night|morning|afternoon|evening)s)$");
  private static final Map<String, String> PARTS_OF_DAY =
      Map.of("night", "TNI", "morning", "TMO", "afternoon", "TAF", "evening", "TEV");
  private static final Pattern MODIFIER = Pattern.compile("^(?:the\\s+)?(last|next|this|previous|coming)\\b");
  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(.*)$");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})(?:-(\\d{2}))?(.*)$");
  private static final Pattern WEEKDAY_VALUE = Pattern.compile("^(\\d{4}|XXXX)-(?:\\d{2}-\\d{2}|W(?:\\d{2}|XX)-\\d)(.*)$");
  private static final Pattern WEEKEND_VALUE = Pattern.compile("^\\d{4}-W\\d{2}-WE$");
  private static final Pattern AGO =
      Pattern.compile(
          "^(?:(?:about|nearly|almost|roughly|some|more than|less than|just|only|over|at least)\\s+)?"
              + "(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+|a few|few|several|many|some)"
              + "\\s+(year|month|week|day)s?\\s+(ago|earlier|before)$");
  private static final Pattern YEAR_EARLIER =
      Pattern.compile("^(?:the\\s+)?(?:comparable\\s+)?year[- ](?:earlier|ago)\\b\\s*(.*)$");
  private static final Pattern VAGUE_PAST =
      Pattern.compile(
          "^(?:the\\s+)?(?:most\\s+)?(?:recent|(?:last|past)\\s+(?:few|several|many))"
              + "(?:\\s+(?:years|months|weeks|days|decades|quarters|times))?$");
  /** "the next several days": an amount of time ahead, not SUTime's range of dates. */
  private static final Pattern NEXT_FEW =
      Pattern.compile("^(?:the\\s+)?(?:next|coming)\\s+(?:few|several)\\s+(year|month|week|day|hour)s$");
  private static final Pattern SPOKEN_DECADE = Pattern.compile("^XX(\\d)X$");
  private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  private static final Pattern ORDINAL_QUARTER =
      Pattern.compile("\\b(first|second|third|fourth)[- ](?:fiscal\\s+)?quarter\\b");
  private static final Pattern LATEST_QUARTER =
      Pattern.compile("^(?:the|its)\\s+(?:(?:latest|most recent|fiscal)\\s+)?quarter$|^the latest period$");
  /** "the 1988 quarter": that year's quarter of the report. */
  private static final Pattern YEAR_PERIOD = Pattern.compile("^the\\s+(\\d{4})\\s+(?:quarter|period)$");
  private static final Pattern CURRENT_QUARTER = Pattern.compile("^(?:the\\s+current|this)\\s+quarter$");
  private static final Pattern MONTHS_DURATION = Pattern.compile("^P(\\d+)M$");
  private static final Pattern RANGE = Pattern.compile("^\\(?(?:REF,UNKNOWN,)?(P[^/,)]+)/P[^)]*\\)?$");
  private static final Pattern ZONED_TIME = Pattern.compile("^(.*T\\d{2}(?::\\d{2}){0,2})(?:[-+]\\d{2}:?\\d{2}|Z)$");
  private static final Pattern NIGHT_OF_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})TNI$");
  /**
   * A quarter of a business year; not "headquarters", "quarterly", "three-quarters" or "a
   * quarter-century".
   */
  private static final Pattern QUARTER_WORD =
      Pattern.compile("(?i)(?<!\\w)(?<!three-)quarters?\\b(?![- ]century)");
  private static final Pattern NINE_MONTHS = Pattern.compile("\\bnine months\\b");
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

  /** The draft with a TimeML value; {@code text} is its text, {@code tense} its clause's tense. */
  static TimexDraft rewrite(TimexDraft draft, String text, Tense tense, TimeContext context) {
    TimexDraft d = cleanNotation(draft);
    d = decades(d);
    LocalDate dct = context.published();
    if (dct == null) {
      return d;
    }
    String lower = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    Matcher m;
    if ((m = SPOKEN_DECADE.matcher(d.value())).matches()) {
      // "the nineties" (SUTime: XX9X, a set): the latest such decade begun by publication.
      int decade = Integer.parseInt(m.group(1));
      int century = dct.getYear() / 100 - (dct.getYear() % 100 < decade * 10 ? 1 : 0);
      return d.with(TimexType.DATE, String.valueOf(century * 10 + decade));
    }
    if (lower.matches("^the (?:quarter|period) a year (?:ago|earlier)$")) {
      return d.with(TimexType.DATE, CalendarAnchors.latestCompletedQuarter(dct.minusYears(1)));
    }
    if (lower.matches("^that (?:same )?year$")) {
      String year = lastYearBefore(d, context);
      return year == null ? d : d.with(TimexType.DATE, year);
    }
    if ((m = NEXT_FEW.matcher(lower)).matches()) {
      String unit = m.group(1);
      return d.with(TimexType.DURATION, unit.startsWith("h") ? "PTXH" : "PX" + Character.toUpperCase(unit.charAt(0)));
    }
    if ((m = YEAR_EARLIER.matcher(lower)).matches()) {
      return yearEarlier(d, m.group(1), dct, context);
    }
    if ((m = AGO.matcher(lower)).matches()) {
      return ago(d, m.group(1), m.group(2), dct, context);
    }
    if (VAGUE_PAST.matcher(lower).matches()) {
      return d.with(TimexType.DATE, "PAST_REF");
    }
    if (lower.matches("^(?:the\\s+)?(?:fiscal\\s+)?year$") && followedBy(d, context, "ended", "ending")) {
      return d.with(TimexType.DURATION, "P1Y");
    }
    if (lower.matches("^year(?:-| |'s )end$")) {
      // "by year-end": the end of the publication year; "since year-end" looks back to the last one.
      return d.with(TimexType.DATE, String.valueOf(tense == Tense.PAST ? dct.getYear() - 1 : dct.getYear()));
    }
    if (lower.equals("the past year") && d.type() == TimexType.DATE) {
      // TempEval-3 reads "the past year" as the calendar year before publication.
      return d.withValue(String.valueOf(dct.getYear() - 1));
    }
    if ((m = YEAR_PERIOD.matcher(lower)).matches()) {
      String latest = CalendarAnchors.latestCompletedQuarter(dct);
      return d.with(TimexType.DATE, m.group(1) + latest.substring(4));
    }
    if (LATEST_QUARTER.matcher(lower).matches()) {
      return d.with(TimexType.DATE, CalendarAnchors.latestCompletedQuarter(dct));
    }
    if (CURRENT_QUARTER.matcher(lower).matches()) {
      return d.with(TimexType.DATE, CalendarAnchors.quarterOf(dct));
    }
    if ((m = ORDINAL_QUARTER.matcher(lower)).find() && !HAS_YEAR.matcher(lower).find()
        && !lower.contains("quarters") && !lower.startsWith("every")) {
      int q = ORDINALS.indexOf(m.group(1)) + 1;
      return d.with(TimexType.DATE, CalendarAnchors.yearOfQuarter(dct, q, tense) + "-Q" + q);
    }
    if (d.type() == TimexType.DURATION || d.type() == TimexType.SET) {
      return quarterUnits(d, lower);
    }
    if (lower.contains("weekend") && WEEKEND_VALUE.matcher(d.value()).matches()) {
      LocalDate saturday =
          tense == Tense.FUTURE
              ? dct.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
              : dct.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      return d.withValue(CalendarAnchors.isoWeek(saturday) + "-WE");
    }
    if ((m = PLURAL_WEEKDAY.matcher(lower)).matches()) {
      // "on Mondays", "Tuesday nights": every such day, a set.
      int day = WEEKDAYS.get(m.group(1)).getValue();
      String part = m.group(2) == null ? "" : PARTS_OF_DAY.get(m.group(2));
      return d.with(TimexType.SET, "XXXX-WXX-" + day + part);
    }
    boolean hasMonth = MONTH.matcher(lower).find();
    String modifier = modifier(lower);
    Matcher night = NIGHT_OF_DAY.matcher(d.value());
    if (night.matches() && lower.matches(".*\\bnight\\b.*") && (hasMonth || WEEKDAY.matcher(lower).find())) {
      // "Wednesday night", "the night of Oct. 23": TempEval-3's gold gives the day (12 times,
      // against 6 TNI and 3 TEV),
      // not TimeML's TNI; the day is then anchored like the weekday or date alone.
      TimexDraft day = d.with(TimexType.DATE, night.group(1));
      return rewrite(day, lower.replaceAll("\\bnights?\\b", "").strip(), tense, context);
    }
    if (!hasMonth && !HAS_YEAR.matcher(lower).find() && DAY_VALUE.matcher(d.value()).matches()
        && CalendarAnchors.holiday(lower, 2000) != null) {
      // "was found Thanksgiving Day" in January: the holiday the tense points to, not the next one.
      LocalDate thisYear = CalendarAnchors.holiday(lower, dct.getYear());
      int year = CalendarAnchors.yearOf(dct, thisYear.getMonthValue(), thisYear.getDayOfMonth(), tense, modifier);
      return d.withValue(CalendarAnchors.holiday(lower, year) + d.value().substring(10));
    }
    if ((m = WEEKDAY.matcher(lower)).find() && !hasMonth && !lower.matches(".*\\b(before|after)\\b.*")) {
      Matcher v = WEEKDAY_VALUE.matcher(d.value());
      if (v.matches()) {
        LocalDate day = CalendarAnchors.weekday(dct, WEEKDAYS.get(m.group(1)), tense, modifier);
        return d.withValue(day + v.group(2));
      }
      return d;
    }
    if (hasMonth && !HAS_YEAR.matcher(lower).find()) {
      Matcher v = MONTH_VALUE.matcher(d.value());
      if (v.matches()) {
        int month = Integer.parseInt(v.group(2));
        int dayOfMonth = v.group(3) == null ? 0 : Integer.parseInt(v.group(3));
        if (month >= 1 && month <= 12) {
          Tense direction = tense == Tense.PAST && deadline(d, context) ? Tense.UNKNOWN : tense;
          if (afterEnded(d, context)) {
            direction = Tense.PAST; // "the quarter ended Oct. 31": that end has been reached
          }
          int year = CalendarAnchors.yearOf(dct, month, dayOfMonth, direction, modifier);
          Matcher weekday = WEEKDAY.matcher(lower);
          if (dayOfMonth > 0 && weekday.find()) {
            // "Monday, Oct. 26": the weekday names the year.
            year = CalendarAnchors.yearWithWeekday(dct, month, dayOfMonth, WEEKDAYS.get(weekday.group(1)), year);
          }
          return d.withValue(year + d.value().substring(v.group(1).length()));
        }
      }
    }
    if (d.value().startsWith("XXXX") && d.value().length() > 4 && d.type() == TimexType.DATE) {
      // A year SUTime left open: the publication year is the best guess TimeML allows.
      return d.withValue(dct.getYear() + d.value().substring(4));
    }
    return d;
  }

  /** The last year written in digits before the draft ("in June 1998 ... later that year"), or null. */
  private static String lastYearBefore(TimexDraft d, TimeContext context) {
    Matcher m = WRITTEN_YEAR.matcher(context.text().substring(0, d.span().begin()));
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    return last;
  }

  /**
   * "was extended to Nov. 20", "postponed until March 3": a deadline is moved forward in a past
   * clause, so the past tense says nothing about the date's year. Weekdays keep the past rule.
   */
  private static boolean deadline(TimexDraft d, TimeContext context) {
    String before =
        context.text().substring(Math.max(0, d.span().begin() - 12), d.span().begin()).toLowerCase(Locale.ROOT);
    return before.matches("(?s).*\\b(?:to|until|till|through)\\s+$");
  }

  /**
   * "the year ended Jan. 31", "the quarter ended Oct. 31": a period that "ended" on the date ended
   * before the report, whatever the clause's tense ("ending" may look ahead and is not matched).
   */
  private static boolean afterEnded(TimexDraft d, TimeContext context) {
    String before =
        context.text().substring(Math.max(0, d.span().begin() - 8), d.span().begin()).toLowerCase(Locale.ROOT);
    return before.matches("(?s).*\\bended\\s+$");
  }

  private static String modifier(String lower) {
    Matcher m = MODIFIER.matcher(lower);
    return m.find() ? m.group(1) : null;
  }

  private static boolean followedBy(TimexDraft d, TimeContext context, String... words) {
    String all = context.text();
    String next = all.substring(d.span().end(), Math.min(all.length(), d.span().end() + 12)).stripLeading();
    for (String w : words) {
      if (next.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** "the year-earlier quarter", "year-ago results": a year before the report's period. */
  private static TimexDraft yearEarlier(TimexDraft d, String noun, LocalDate dct, TimeContext context) {
    if (noun.contains("nine months")) {
      return d.with(TimexType.DURATION, "P9M");
    }
    if (noun.contains("six months")) {
      return d.with(TimexType.DURATION, "P6M");
    }
    if (noun.contains("quarter") || noun.contains("period")
        || aboutQuarters(d, context) && !aboutMonthsOfTheYear(d, context)) {
      return d.with(TimexType.DATE, CalendarAnchors.latestCompletedQuarter(dct.minusYears(1)));
    }
    return d.with(TimexType.DATE, String.valueOf(dct.getYear() - 1));
  }

  /** "two years ago" means a year, "six weeks ago" a week: the unit sets the granularity. */
  private static TimexDraft ago(TimexDraft d, String count, String unit, LocalDate dct, TimeContext context) {
    if (List.of("a few", "few", "several", "many", "some").contains(count)) {
      return d.with(TimexType.DATE, "PAST_REF");
    }
    Matcher v = DAY_VALUE.matcher(d.value());
    if (!v.matches() || v.group(1).equals("XXXX")) {
      return d;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(d.value().substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return d; // SUTime's value is no calendar date; leave it to the interval check
    }
    boolean one = count.equals("a") || count.equals("an") || count.equals("one");
    return switch (unit) {
      case "year" ->
          one && aboutQuarters(d, context) && !aboutMonthsOfTheYear(d, context)
              ? d.with(TimexType.DATE, CalendarAnchors.latestCompletedQuarter(dct.minusYears(1)))
              : d.with(TimexType.DATE, String.valueOf(date.getYear()));
      case "month" -> d.with(TimexType.DATE, d.value().substring(0, 7));
      case "week" -> d.with(TimexType.DATE, CalendarAnchors.isoWeek(date));
      default -> d.with(TimexType.DATE, d.value().substring(0, 10));
    };
  }

  /**
   * Earnings-report language: the article speaks of quarters before or in the expression's
   * sentence, so "a year earlier" compares with the same quarter a year before.
   */
  private static boolean aboutQuarters(TimexDraft d, TimeContext context) {
    String all = context.text();
    String upToHere = all.substring(0, Math.min(all.length(), d.span().begin()));
    return QUARTER_WORD.matcher(context.sentenceText(d.span())).find()
        || QUARTER_WORD.matcher(upToHere).find();
  }

  /**
   * "For the nine months, ... compared with $48.7 million a year earlier": the sentence compares a
   * span of several quarters, so "a year earlier" is the year before, not one quarter of it
   * (TempEval-3's gold: the year 5 times, the quarter twice).
   */
  private static boolean aboutMonthsOfTheYear(TimexDraft d, TimeContext context) {
    String sentence = context.sentenceText(d.span()).toLowerCase(Locale.ROOT);
    return NINE_MONTHS.matcher(sentence).find() && !QUARTER_WORD.matcher(sentence).find();
  }

  /** TimeML counts quarters in Q: "two quarters" is P2Q, not P6M. */
  private static TimexDraft quarterUnits(TimexDraft d, String lower) {
    if (!lower.contains("quarter") || lower.contains("three-quarters") || lower.contains("three quarters")) {
      return d;
    }
    Matcher m = MONTHS_DURATION.matcher(d.value());
    if (m.matches() && Integer.parseInt(m.group(1)) % 3 == 0) {
      return d.withValue("P" + Integer.parseInt(m.group(1)) / 3 + "Q");
    }
    if (d.value().equals("PXM")) {
      return d.withValue("PXQ");
    }
    return d;
  }

  /** SUTime notation that is no TIMEX3 value: {@code A INTERSECT B}, ranges of durations. */
  private static TimexDraft cleanNotation(TimexDraft d) {
    String v = d.value();
    if (v.contains(" INTERSECT ")) {
      String[] parts = v.split(" INTERSECT ");
      String keep = parts[0].startsWith("THIS") || parts[0].startsWith("P") ? parts[1] : parts[0];
      return d.withValue(keep.split(" ")[0]);
    }
    Matcher m = RANGE.matcher(v);
    if (m.matches()) {
      return d.withValue(m.group(1));
    }
    m = ZONED_TIME.matcher(v);
    if (m.matches()) {
      // TempEval-3 writes clock times as local times: "5 p.m. EST" is T17:00, not T17:00-0500.
      return d.withValue(m.group(1));
    }
    return d;
  }

  /** TimeML writes the 1990s as {@code 199} and the 20th century as {@code 19}; both are dates. */
  private static TimexDraft decades(TimexDraft d) {
    String v = d.value();
    if (v.matches("\\d{3}X")) {
      return d.with(TimexType.DATE, v.substring(0, 3));
    }
    if (v.matches("\\d{2}XX")) {
      return d.with(TimexType.DATE, v.substring(0, 2));
    }
    return d;
  }
}
