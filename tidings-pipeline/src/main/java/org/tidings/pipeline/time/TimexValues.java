package org.tidings.pipeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.model.Precision;
import org.tidings.model.TimeInterval;

/**
 * Turns TIMEX3 values into intervals: {@code 2021-10-13} is that day, {@code 2021-W40} its ISO
 * week, {@code 2021-Q3} its quarter, {@code 199} the 1990s, {@code PAST_REF} an open past ending at
 * the reference date. Values the calendar cannot place ({@code XXXX-10-20}, durations, sets) give
 * null.
 *
 * <p>Stateless and thread-safe.
 */
public final class TimexValues {
  private TimexValues() {}

  private static final Pattern DATE =
      Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T(\\d{2})(?::(\\d{2}))?(?::\\d{2}(?:\\.\\d+)?)?|T(MO|AF|EV|NI|DT))?.*");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-(\\d))?(-WE)?");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})(?:XX)?");

  /**
   * The interval a TIMEX3 value denotes.
   *
   * @param value TIMEX3 value, not null
   * @param reference the date {@code PAST_REF}, {@code PRESENT_REF}, {@code FUTURE_REF} are relative
   *     to (publication), or null
   * @return the interval, or null when the value has no place on the calendar
   */
  public static TimeInterval interval(String value, LocalDate reference) {
    String v = value.strip();
    switch (v) {
      case "PAST_REF":
        return reference == null ? null : new TimeInterval(null, reference.atStartOfDay(), Precision.PAST);
      case "PRESENT_REF":
        return reference == null
            ? null
            : new TimeInterval(reference.atStartOfDay(), reference.plusDays(1).atStartOfDay(), Precision.PRESENT);
      case "FUTURE_REF":
        return reference == null ? null : new TimeInterval(reference.plusDays(1).atStartOfDay(), null, Precision.FUTURE);
      default:
        break;
    }
    Matcher m;
    if ((m = WEEK.matcher(v)).matches()) {
      int year = Integer.parseInt(m.group(1));
      int week = Integer.parseInt(m.group(2));
      LocalDate monday =
          LocalDate.of(year, 6, 1)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      if (m.group(3) != null) {
        LocalDate day = monday.plusDays(Integer.parseInt(m.group(3)) - 1L);
        return days(day, day.plusDays(1), Precision.DAY);
      }
      if (m.group(4) != null) {
        return days(monday.plusDays(5), monday.plusDays(7), Precision.DAY);
      }
      return days(monday, monday.plusWeeks(1), Precision.WEEK);
    }
    if ((m = QUARTER.matcher(v)).matches()) {
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
      return days(start, start.plusMonths(3), Precision.QUARTER);
    }
    if ((m = HALF.matcher(v)).matches()) {
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), m.group(2).equals("1") ? 1 : 7, 1);
      return days(start, start.plusMonths(6), Precision.HALF_YEAR);
    }
    if ((m = SEASON.matcher(v)).matches()) {
      int year = Integer.parseInt(m.group(1));
      LocalDate start =
          switch (m.group(2)) {
            case "SP" -> LocalDate.of(year, 3, 1);
            case "SU" -> LocalDate.of(year, 6, 1);
            case "FA" -> LocalDate.of(year, 9, 1);
            default -> LocalDate.of(year, 12, 1);
          };
      return days(start, start.plusMonths(3), Precision.SEASON);
    }
    if (v.length() >= 4 && (m = DATE.matcher(v)).matches()) {
      return date(m);
    }
    if ((m = DECADE.matcher(v)).matches()) {
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)) * 10, 1, 1);
      return days(start, start.plusYears(10), Precision.DECADE);
    }
    if ((m = CENTURY.matcher(v)).matches()) {
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)) * 100, 1, 1);
      return days(start, start.plusYears(100), Precision.CENTURY);
    }
    return null;
  }

  private static TimeInterval date(Matcher m) {
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      LocalDate start = LocalDate.of(year, 1, 1);
      return days(start, start.plusYears(1), Precision.YEAR);
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return null;
    }
    if (m.group(3) == null) {
      LocalDate start = LocalDate.of(year, month, 1);
      return days(start, start.plusMonths(1), Precision.MONTH);
    }
    int dayOfMonth = Integer.parseInt(m.group(3));
    if (dayOfMonth < 1 || dayOfMonth > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return null;
    }
    LocalDate day = LocalDate.of(year, month, dayOfMonth);
    if (m.group(4) != null) {
      int hour = Integer.parseInt(m.group(4));
      if (hour > 23) {
        return days(day, day.plusDays(1), Precision.DAY);
      }
      if (m.group(5) != null) {
        LocalDateTime at = day.atTime(hour, Integer.parseInt(m.group(5)));
        return new TimeInterval(at, at.plusMinutes(1), Precision.MINUTE);
      }
      LocalDateTime at = day.atTime(hour, 0);
      return new TimeInterval(at, at.plusHours(1), Precision.HOUR);
    }
    if (m.group(6) != null) {
      LocalTime from =
          switch (m.group(6)) {
            case "MO" -> LocalTime.of(6, 0);
            case "AF" -> LocalTime.of(12, 0);
            case "EV" -> LocalTime.of(18, 0);
            case "NI" -> LocalTime.of(21, 0);
            default -> LocalTime.of(8, 0);
          };
      LocalDateTime start = day.atTime(from);
      LocalDateTime end = m.group(6).equals("NI") ? day.plusDays(1).atStartOfDay() : start.plusHours(6);
      return new TimeInterval(start, end, Precision.PART_OF_DAY);
    }
    return days(day, day.plusDays(1), Precision.DAY);
  }

  private static TimeInterval days(LocalDate from, LocalDate to, Precision precision) {
    return new TimeInterval(from.atStartOfDay(), to.atStartOfDay(), precision);
  }
}
