package org.tidings.pipeline.places;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The lookup key of a place name: case, accents, full stops and a leading "the" do not matter
 * ("U.S." = "US" = "us", "Québec" = "Quebec", "the Sahel" = "Sahel"); hyphens count as spaces.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlaceNames {
  private PlaceNames() {}

  /** The key of {@code name}; empty when nothing is left. */
  public static String key(String name) {
    String s = name;
    if (!isAscii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFKD);
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || (c > 127 && Character.getType(c) == Character.NON_SPACING_MARK)) {
        continue;
      }
      if (c == '\u2019') {
        c = '\'';
      }
      if (c == '-' || Character.isWhitespace(c) || c == ',') {
        if (!space) {
          sb.append(' ');
          space = true;
        }
        continue;
      }
      sb.append(Character.toLowerCase(c));
      space = false;
    }
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == ' ') {
      sb.setLength(len - 1);
    }
    String key = sb.toString();
    return key.startsWith("the ") ? key.substring(4) : key;
  }

  /** {@code s} without accents and other combining marks ("Québec" -> "Quebec"). */
  static String fold(String s) {
    if (isAscii(s)) {
      return s;
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
