package org.tidings.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When an article was published, with as much precision as the source gave: a date always,
 * a time of day and a UTC offset only when known.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date publication date, never null
 * @param time local time of day, or null when the source gave only a date
 * @param offset UTC offset of {@code time}, or null when unknown
 */
public record Published(LocalDate date, LocalTime time, ZoneOffset offset) {

  public Published {
    Objects.requireNonNull(date, "date");
    if (offset != null && time == null) {
      throw new IllegalArgumentException("an offset needs a time");
    }
  }

  public static Published of(LocalDate date) {
    return new Published(date, null, null);
  }

  /**
   * Parses {@code 2021-10-13}, {@code 2021-10-13T08:30}, {@code 2021-10-13T08:30:00Z} or
   * {@code 2021-10-13T08:30:00+02:00}, and a space in place of the {@code T}.
   *
   * @throws IllegalArgumentException with a readable message when the text is none of these
   */
  public static Published parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("no publication date given (null)");
    }
    String s = text.strip().replace(' ', 'T');
    try {
      if (s.length() <= 10) {
        return of(LocalDate.parse(s));
      }
      if (s.charAt(10) != 'T') {
        throw new DateTimeParseException("no T between date and time", s, 10);
      }
      LocalDate date = LocalDate.parse(s.substring(0, 10));
      String rest = s.substring(11);
      int zoneAt = indexOfZone(rest);
      LocalTime time = LocalTime.parse(zoneAt < 0 ? rest : rest.substring(0, zoneAt));
      ZoneOffset offset = zoneAt < 0 ? null : ZoneOffset.of(rest.substring(zoneAt));
      return new Published(date, time, offset);
    } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(
          "not a publication date: '" + text + "' (expected e.g. 2021-10-13 or 2021-10-13T08:30:00Z)");
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a publication date: '" + text + "': " + e.getMessage());
    }
  }

  private static int indexOfZone(String timePart) {
    for (int i = 0; i < timePart.length(); i++) {
      char c = timePart.charAt(i);
      if (c == 'Z' || c == '+' || c == '-') {
        return i;
      }
    }
    return -1;
  }

  /** ISO form: {@code 2021-10-13}, {@code 2021-10-13T08:30} or {@code 2021-10-13T08:30Z}. */
  @Override
  public String toString() {
    if (time == null) {
      return date.toString();
    }
    return date + "T" + time + (offset == null ? "" : offset.getId());
  }
}
