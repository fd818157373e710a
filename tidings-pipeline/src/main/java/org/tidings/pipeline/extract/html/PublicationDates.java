package org.tidings.pipeline.extract.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date strings web pages carry (ISO 8601 with or without zone, {@code +0200} offsets,
 * fractional seconds, RFC 1123 as in RSS, Unix epoch seconds or milliseconds) into the forms
 * {@link org.tidings.model.Published#parse} accepts: {@code 2021-10-13},
 * {@code 2021-10-13T08:30:00} or {@code 2021-10-13T08:30:00+02:00}.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublicationDates {
  private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern EPOCH = Pattern.compile("^\\d{9,13}$");
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

  private PublicationDates() {}

  /**
   * The normalised form of {@code text}, or null when it is no date we can read (null in, null
   * out). Sub-second precision is dropped; the UTC offset is kept exactly as the source gave it.
   */
  public static String normalise(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    if (EPOCH.matcher(s).matches()) {
      long n = Long.parseLong(s);
      Instant instant = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      return format(instant.atOffset(ZoneOffset.UTC));
    }
    String iso = s.replace(' ', 'T');
    Matcher m = OFFSET_WITHOUT_COLON.matcher(iso);
    if (iso.length() > 16 && m.find()) {
      iso = iso.substring(0, m.start()) + m.group(1) + ":" + m.group(2);
    }
    try {
      return format(OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException notOffset) {
      // fall through: the next form is tried
    }
    try {
      LocalDateTime local = LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      if (!fourDigitYear(local.getYear())) {
        return null;
      }
      return local.toLocalDate() + "T" + local.toLocalTime().truncatedTo(ChronoUnit.SECONDS).format(SECONDS);
    } catch (DateTimeParseException notLocal) {
      // fall through
    }
    try {
      return format(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
    } catch (DateTimeParseException notRfc) {
      // fall through
    }
    Matcher date = ISO_DATE_PREFIX.matcher(s);
    if (date.find()) {
      try {
        return LocalDate.parse(date.group(1)).toString();
      } catch (DateTimeParseException badDate) {
        return null;
      }
    }
    return null;
  }

  /** The form of {@code t}, or null for a year outside 0000..9999, which no date form holds. */
  private static boolean fourDigitYear(int year) {
    return year >= 0 && year <= 9999;
  }

  private static String format(OffsetDateTime t) {
    if (!fourDigitYear(t.getYear())) {
      return null;
    }
    return t.toLocalDate() + "T" + t.toLocalTime().format(SECONDS) + t.getOffset().getId();
  }
}
