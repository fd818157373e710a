package org.tidings.pipeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Date arithmetic for anchoring partial dates ("Friday", "October 20", "the fourth quarter") to
 * the publication date in the direction the tense gives.
 *
 * <p>Stateless and thread-safe.
 */
final class CalendarAnchors {
  private CalendarAnchors() {}

  /**
   * With no tense, a month after publication counts as this many days farther than it is: news
   * mostly reports what happened, so "the year ended March 31" in November is the March before
   * (90 and 120 scored best on TempEval-3; 0, 30, 60, 150, 180, 240, 400 tried).
   */
  private static final int PAST_LEAN_DAYS = 90;

  /**
   * In a future clause, a month or month-day before publication counts as this many days farther
   * instead of being ruled out: the tense is read from the clause, which is not always the date's
   * ("the Feb. 23 accord" in a future clause of March 6, "by Jan. 14" the day after), and a date a
   * few weeks back is likelier than one eleven months ahead. With 240 such a date wins only within
   * about two months of publication. A past clause still never puts a date after publication (a
   * past event cannot follow its report). On TempEval-3 (TBAQ-cleaned) this corrects two values and
   * costs none with any figure from 120 to 340 days.
   */
  private static final int AGAINST_TENSE_DAYS = 240;

  /**
   * The date of {@code day} nearest {@code reference} in the direction of {@code tense}: past gives
   * the latest such day on or before the reference, future the first on or after it; unknown
   * counts as past, as news mostly reports what has happened. {@code modifier} "last" and "next"
   * exclude the reference day itself.
   */
  static LocalDate weekday(LocalDate reference, DayOfWeek day, Tense tense, String modifier) {
    if ("last".equals(modifier) || "previous".equals(modifier)) {
      return reference.with(TemporalAdjusters.previous(day));
    }
    if ("next".equals(modifier) || "coming".equals(modifier)) {
      return reference.with(TemporalAdjusters.next(day));
    }
    if (tense == Tense.FUTURE || "this".equals(modifier) && tense != Tense.PAST) {
      return reference.with(TemporalAdjusters.nextOrSame(day));
    }
    return reference.with(TemporalAdjusters.previousOrSame(day));
  }

  /**
   * The year of a month (and day, when {@code dayOfMonth > 0}) written without one: past puts it at
   * or before the reference, future prefers it at or after (before counted {@link
   * #AGAINST_TENSE_DAYS} farther), unknown at the nearest of the three candidate
   * years, one after the reference counted {@link #PAST_LEAN_DAYS} farther. "last" and "next"
   * exclude the reference month itself.
   */
  static int yearOf(LocalDate reference, int month, int dayOfMonth, Tense tense, String modifier) {
    int year = reference.getYear();
    if ("this".equals(modifier)) {
      return year;
    }
    YearMonth now = YearMonth.from(reference);
    if ("last".equals(modifier)) {
      return YearMonth.of(year, month).isBefore(now) ? year : year - 1;
    }
    if ("next".equals(modifier)) {
      return YearMonth.of(year, month).isAfter(now) ? year : year + 1;
    }
    int best = year;
    long bestDistance = Long.MAX_VALUE;
    for (int candidate = year - 1; candidate <= year + 1; candidate++) {
      LocalDate start = dayOfMonth > 0 ? safeDate(candidate, month, dayOfMonth) : LocalDate.of(candidate, month, 1);
      LocalDate end = dayOfMonth > 0 ? start : start.plusMonths(1).minusDays(1);
      boolean fits =
          switch (tense) {
            case PAST -> !start.isAfter(reference);
            case FUTURE -> !end.isBefore(reference);
            case UNKNOWN -> true;
          };
      long distance =
          reference.isBefore(start)
              ? ChronoUnit.DAYS.between(reference, start)
              : reference.isAfter(end) ? ChronoUnit.DAYS.between(end, reference) : 0;
      if (tense == Tense.UNKNOWN && reference.isBefore(start)) {
        distance += PAST_LEAN_DAYS;
      }
      if (!fits && tense == Tense.FUTURE) {
        distance += AGAINST_TENSE_DAYS;
      } else if (!fits) {
        continue;
      }
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * The year, nearest {@code guess} and at most one from the reference year, in which
   * {@code month}/{@code dayOfMonth} falls on {@code weekday}; {@code guess} when none does.
   */
  static int yearWithWeekday(LocalDate reference, int month, int dayOfMonth, DayOfWeek weekday, int guess) {
    int best = guess;
    int bestDistance = Integer.MAX_VALUE;
    for (int candidate = reference.getYear() - 1; candidate <= reference.getYear() + 1; candidate++) {
      if (dayOfMonth <= YearMonth.of(candidate, month).lengthOfMonth()
          && LocalDate.of(candidate, month, dayOfMonth).getDayOfWeek() == weekday
          && Math.abs(candidate - guess) < bestDistance) {
        best = candidate;
        bestDistance = Math.abs(candidate - guess);
      }
    }
    return best;
  }

  private static LocalDate safeDate(int year, int month, int day) {
    YearMonth ym = YearMonth.of(year, month);
    return ym.atDay(Math.min(day, ym.lengthOfMonth()));
  }

  /** The quarter before the one holding {@code reference}: what earnings reports call "the quarter". */
  static String latestCompletedQuarter(LocalDate reference) {
    return quarterOf(reference.minusMonths(3));
  }

  /** {@code 1989-Q4} for a date in October 1989. */
  static String quarterOf(LocalDate date) {
    return date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
  }

  /** The year of quarter {@code q} written without one: the reference year unless tense moves it. */
  static int yearOfQuarter(LocalDate reference, int q, Tense tense) {
    int year = reference.getYear();
    LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
    if (tense == Tense.PAST && start.isAfter(reference)) {
      return year - 1;
    }
    if (tense == Tense.FUTURE && start.plusMonths(3).isBefore(reference)) {
      return year + 1;
    }
    if (tense == Tense.UNKNOWN && ChronoUnit.DAYS.between(reference, start) > PAST_LEAN_DAYS) {
      // "profits for the fourth quarter" in January: the quarter just reported, not the next.
      return year - 1;
    }
    return year;
  }

  /**
   * The date of a named holiday in {@code year}, or null for a name not known here: fixed dates,
   * and the US holidays that move (Thanksgiving the fourth Thursday of November, Labor Day the
   * first Monday of September, Memorial Day the last Monday of May, Election Day the Tuesday
   * after the first Monday of November).
   */
  static LocalDate holiday(String name, int year) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("thanksgiving")) {
      return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }
    if (n.contains("labor day")) {
      return LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }
    if (n.contains("memorial day")) {
      return LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
    if (n.contains("election day")) {
      return LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
    }
    if (n.contains("christmas")) {
      return LocalDate.of(year, 12, 25);
    }
    if (n.contains("new year")) {
      return LocalDate.of(year, 1, 1);
    }
    if (n.contains("independence day") || n.contains("fourth of july")) {
      return LocalDate.of(year, 7, 4);
    }
    if (n.contains("halloween")) {
      return LocalDate.of(year, 10, 31);
    }
    if (n.contains("valentine")) {
      return LocalDate.of(year, 2, 14);
    }
    return null;
  }

  /** ISO week value, {@code 2021-W40}. */
  static String isoWeek(LocalDate date) {
    return String.format(
        Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
