package org.tidings.server;

import io.javalin.http.Context;
import io.javalin.http.servlet.JavalinServletContextKt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The parameters of one request, checked against its {@link Endpoint}: unknown or repeated query
 * parameters are refused up front, and each typed getter refuses a malformed value with a 400
 * naming the parameter. Values reach the store only as bound SQL parameters; these checks exist so
 * that what is not valid for a field is said to be so, rather than silently matching nothing.
 *
 * <p>Not thread-safe: one per request.
 */
final class Params {
  /** Longest free-text value. */
  static final int MAX_TEXT = 200;
  /** Characters of a name: letters, marks, digits, spaces and the punctuation names use (O'Brien, Al-Shabaab, U.S.). */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N} '’.,&()/-]+");

  private final Map<String, List<String>> query;
  private final UnaryOperator<String> pathParams;
  private final Map<String, Param> declared = new HashMap<>();

  private Params(Map<String, List<String>> query, UnaryOperator<String> pathParams, Endpoint endpoint) {
    this.query = query;
    this.pathParams = pathParams;
    for (Param p : endpoint.params()) {
      declared.put(p.name(), p);
    }
  }

  /** Checks the request's query parameter names against the endpoint's. */
  static Params of(Context ctx, Endpoint endpoint) {
    return of(query(ctx.queryString()), ctx::pathParam, endpoint);
  }

  /**
   * The query string decoded as Javalin decodes it (UTF-8). A malformed percent-escape or one that
   * is not UTF-8 is refused with a 400 naming it ({@link #checkEncoding}): Javalin would decode its
   * value to an empty string, and an empty filter is no filter.
   *
   * @param queryString the raw query string after {@code ?}, or null for none
   */
  static Map<String, List<String>> query(String queryString) {
    if (queryString == null || queryString.isEmpty()) {
      return Map.of();
    }
    checkEncoding(queryString);
    return JavalinServletContextKt.splitKeyValueStringAndGroupByKey(queryString, "UTF-8");
  }

  /**
   * Checks decoded query parameters against the endpoint's: unknown or repeated ones are refused,
   * required ones must be there.
   *
   * @param query each parameter's values as decoded from the query string, never null
   * @param pathParams a path parameter's value by name, never null
   */
  static Params of(Map<String, List<String>> query, UnaryOperator<String> pathParams, Endpoint endpoint) {
    Params params = new Params(query, pathParams, endpoint);
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      Param p = params.declared.get(e.getKey());
      if (p == null || p.in() != Param.In.QUERY) {
        throw ApiException.badRequest("unknown query parameter '" + shown(e.getKey()) + "' for " + endpoint.path()
            + "; allowed: " + String.join(", ", endpoint.params().stream()
                .filter(x -> x.in() == Param.In.QUERY).map(Param::name).toList()));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badRequest(e.getKey() + ": given " + e.getValue().size() + " times, at most once");
      }
    }
    for (Param p : endpoint.params()) {
      if (p.required() && p.in() == Param.In.QUERY && raw(query, p.name()) == null) {
        throw ApiException.badRequest(p.name() + ": required (" + p.description() + ")");
      }
    }
    return params;
  }

  /**
   * Refuses a query string whose percent-encoding is malformed ({@code %ZZ}, a lone {@code %}) or
   * decodes to invalid UTF-8: the parameter would otherwise silently vanish.
   */
  static void checkEncoding(String query) {
    if (query == null) {
      return;
    }
    for (String pair : query.split("&", -1)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (int i = 0; i < pair.length(); i++) {
        char c = pair.charAt(i);
        if (c != '%') {
          bytes.write(c < 0x80 ? c : '?');
          continue;
        }
        if (i + 2 >= pair.length() || Character.digit(pair.charAt(i + 1), 16) < 0 || Character.digit(pair.charAt(i + 2), 16) < 0) {
          String bad = pair.substring(i, Math.min(pair.length(), i + 3));
          throw ApiException.badRequest("malformed percent-encoding '" + shown(bad) + "' in '" + shown(pair)
              + "': a % must be followed by two hex digits (write a literal % as %25)");
        }
        bytes.write(Integer.parseInt(pair.substring(i + 1, i + 3), 16));
        i += 2;
      }
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes.toByteArray()));
      } catch (CharacterCodingException e) {
        throw ApiException.badRequest("malformed percent-encoding in '" + shown(pair) + "': the bytes are not UTF-8");
      }
    }
  }

  /** A path parameter as given. */
  String path(String name) {
    return pathParams.apply(name);
  }

  /** Free text: at most {@value #MAX_TEXT} characters, no control characters; null when absent or blank. */
  String text(String name) {
    String v = value(name);
    if (v == null) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw ApiException.badRequest(name + ": at most " + MAX_TEXT + " characters, got " + v.length());
    }
    if (v.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.badRequest(name + ": control characters are not allowed");
    }
    return v;
  }

  /** A person's, group's or publisher's name: {@link #text} holding only the characters names use. */
  String name(String name) {
    String v = text(name);
    if (v != null && !NAME.matcher(v).matches()) {
      String bad = v.codePoints().filter(c -> !NAME.matcher(Character.toString(c)).matches()).limit(1)
          .mapToObj(Character::toString).findFirst().orElse("?");
      throw ApiException.badRequest(name + ": '" + bad + "' is not allowed in a name (letters, digits, spaces and ' . , & ( ) / - only)");
    }
    return v;
  }

  /** A code (country, role, CAMEO): upper-cased; the store checks its shape. */
  String code(String name) {
    String v = text(name);
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  /** An ISO day, e.g. 2021-10-13; null when absent. */
  LocalDate day(String name) {
    String v = value(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + ": expected a day such as 2021-10-13, got '" + shown(v) + "'");
    }
  }

  /** A whole number within the declared 0..max (or 1..max for a limit), or {@code fallback} when absent. */
  long integer(String name, long fallback) {
    String v = value(name);
    if (v == null) {
      return fallback;
    }
    long min = name.equals("limit") ? 1 : 0;
    long max = declared(name).max();
    long n;
    try {
      n = Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + ": expected a whole number " + min + ".." + max + ", got '" + shown(v) + "'");
    }
    if (n < min || n > max) {
      throw ApiException.badRequest(name + ": expected " + min + ".." + max + ", got " + n);
    }
    return n;
  }

  /** A number from 0 to 1 (e.g. 0.5); null when absent. */
  Double fraction(String name) {
    String v = value(name);
    if (v == null) {
      return null;
    }
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      d = Double.NaN;
    }
    if (!(d >= 0 && d <= 1)) {
      throw ApiException.badRequest(name + ": expected a number from 0 to 1 such as 0.5, got '" + shown(v) + "'");
    }
    return d;
  }

  /** One of the declared choices (case-insensitive), returned in lower case; null when absent. */
  String choice(String name) {
    String v = value(name);
    if (v == null) {
      return null;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (!declared(name).choices().contains(lower)) {
      throw ApiException.badRequest(name + ": expected one of " + String.join(", ", declared(name).choices())
          + ", got '" + shown(v) + "'");
    }
    return lower;
  }

  private Param declared(String name) {
    Param p = declared.get(name);
    if (p == null) {
      throw new IllegalStateException("parameter " + name + " is read but not declared");
    }
    return p;
  }

  private String value(String name) {
    declared(name);
    return raw(query, name);
  }

  private static String raw(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  static String shown(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "..." : value;
  }
}
