package org.tidings.store;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Validation shared by the query records: each failure names the parameter and what is allowed. */
final class Checks {
  private Checks() {}

  static final int MAX_TEXT = 200;
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern ROLE = Pattern.compile("[A-Z]{3}");
  private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");

  static String country(String name, String value) {
    if (value != null && !COUNTRY.matcher(value).matches()) {
      throw new InvalidQueryException(name, "expected a three-letter code such as RUS or IGO, got '" + shown(value) + "'");
    }
    return value;
  }

  static String role(String name, String value) {
    if (value != null && !ROLE.matcher(value).matches()) {
      throw new InvalidQueryException(name, "expected a three-letter CAMEO role such as GOV or MIL, got '" + shown(value) + "'");
    }
    return value;
  }

  static String cameoCode(String name, String value) {
    if (value != null && !CAMEO.matcher(value).matches()) {
      throw new InvalidQueryException(name, "expected a CAMEO code of 2 to 4 digits such as 036, got '" + shown(value) + "'");
    }
    return value;
  }

  static String cameoRoot(String name, String value) {
    if (value == null) {
      return null;
    }
    if (value.length() != 2 || !CAMEO.matcher(value).matches() || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 20) {
      throw new InvalidQueryException(name, "expected a CAMEO root 01..20, got '" + shown(value) + "'");
    }
    return value;
  }

  static Integer quadClass(String name, Integer value) {
    if (value != null && (value < 1 || value > 4)) {
      throw new InvalidQueryException(name, "expected 1..4, got " + value);
    }
    return value;
  }

  /** Free text: bounded length, no control characters; null stays null, blank becomes null. */
  static String text(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw new InvalidQueryException(name, "at most " + MAX_TEXT + " characters, got " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new InvalidQueryException(name, "control characters are not allowed");
      }
    }
    return value.strip();
  }

  static void range(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidQueryException("to", "the range ends (" + to + ") before it begins (" + from + ")");
    }
    for (LocalDate d : new LocalDate[] {from, to}) {
      if (d != null && (d.getYear() < 1 || d.getYear() > 9999)) {
        throw new InvalidQueryException("from/to", "year outside 1..9999: " + d);
      }
    }
  }

  static int limit(int limit, int max) {
    if (limit < 1 || limit > max) {
      throw new InvalidQueryException("limit", "expected 1.." + max + ", got " + limit);
    }
    return limit;
  }

  static String shown(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "..." : value;
  }
}
