package org.tidings.pipeline.annotate;

import java.nio.charset.StandardCharsets;

/**
 * A cursor over the bytes of an nndep model file: header lines, space-separated names, decimal
 * numbers. Parses numbers itself (digits, an optional fraction and exponent) because the model
 * holds six million of them and {@code Float.parseFloat} on split strings costs seconds of
 * start-up. Not thread-safe; one per load.
 */
final class ModelText {
  private static final double[] POW10 = new double[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private final byte[] bytes;
  private final String name;
  private int at;

  ModelText(byte[] bytes, String name) {
    this.bytes = bytes;
    this.name = name;
  }

  /** The rest of the current line, without its line break. */
  String line() {
    if (at >= bytes.length) {
      throw error("file ends early");
    }
    int start = at;
    while (at < bytes.length && bytes[at] != '\n') {
      at++;
    }
    String line = new String(bytes, start, at - start, StandardCharsets.UTF_8).strip();
    at++;
    return line;
  }

  int header(String line, String key) {
    if (!line.startsWith(key + "=")) {
      throw error("expected header " + key + "=, found " + line);
    }
    return Integer.parseInt(line.substring(key.length() + 1).trim());
  }

  /** The next space-delimited field as text. */
  String word() {
    skipSpace();
    int start = at;
    while (at < bytes.length && bytes[at] != ' ' && bytes[at] != '\n') {
      at++;
    }
    if (start == at) {
      throw error("expected a name");
    }
    return new String(bytes, start, at - start, StandardCharsets.UTF_8);
  }

  float[] floats(int count) {
    float[] values = new float[count];
    for (int i = 0; i < count; i++) {
      values[i] = (float) number();
    }
    return values;
  }

  int integer() {
    double v = number();
    if (v != Math.rint(v)) {
      throw error("expected an integer, found " + v);
    }
    return (int) v;
  }

  private double number() {
    skipSpace();
    int start = at;
    boolean negative = false;
    if (at < bytes.length && (bytes[at] == '-' || bytes[at] == '+')) {
      negative = bytes[at] == '-';
      at++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean fraction = false;
    while (at < bytes.length) {
      byte b = bytes[at];
      if (b >= '0' && b <= '9') {
        if (digits < 18) {
          mantissa = mantissa * 10 + (b - '0');
          digits++;
          if (fraction) {
            scale++;
          }
        } else if (!fraction) {
          scale--;
        }
      } else if (b == '.' && !fraction) {
        fraction = true;
      } else {
        break;
      }
      at++;
    }
    if (at < bytes.length && (bytes[at] == 'e' || bytes[at] == 'E')) {
      while (at < bytes.length && bytes[at] != ' ' && bytes[at] != '\n') {
        at++;
      }
      return Double.parseDouble(new String(bytes, start, at - start, StandardCharsets.US_ASCII));
    }
    if (digits == 0) {
      throw error("expected a number at byte " + start);
    }
    double value = scale >= 0 ? mantissa / POW10[scale] : mantissa * POW10[-scale];
    return negative ? -value : value;
  }

  private void skipSpace() {
    while (at < bytes.length && (bytes[at] == ' ' || bytes[at] == '\n' || bytes[at] == '\r')) {
      at++;
    }
  }

  IllegalArgumentException error(String message) {
    return new IllegalArgumentException(name + ": " + message);
  }
}
