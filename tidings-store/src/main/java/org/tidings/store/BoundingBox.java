package org.tidings.store;

/**
 * A latitude/longitude rectangle, WGS84 degrees, edges included. It does not wrap across the
 * antimeridian: {@code west <= east}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param south minimum latitude, -90..90
 * @param west minimum longitude, -180..180
 * @param north maximum latitude, {@code >= south}
 * @param east maximum longitude, {@code >= west}
 */
public record BoundingBox(double south, double west, double north, double east) {
  public BoundingBox {
    if (!(south >= -90 && north <= 90 && south <= north)) {
      throw new InvalidQueryException("bbox", "latitudes must satisfy -90 <= south <= north <= 90, got " + south + ", " + north);
    }
    if (!(west >= -180 && east <= 180 && west <= east)) {
      throw new InvalidQueryException("bbox", "longitudes must satisfy -180 <= west <= east <= 180, got " + west + ", " + east);
    }
  }

  /**
   * Parses {@code south,west,north,east}, e.g. {@code 40.0,-10.5,55,30}.
   *
   * @throws InvalidQueryException when it is not four numbers in range
   */
  public static BoundingBox parse(String text) {
    String[] parts = text == null ? new String[0] : text.split(",", -1);
    if (parts.length != 4) {
      throw new InvalidQueryException("bbox", "expected south,west,north,east (four numbers)");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new InvalidQueryException("bbox", "not a number: '" + Checks.shown(parts[i]) + "'");
      }
      if (!Double.isFinite(v[i])) {
        throw new InvalidQueryException("bbox", "not a finite number: '" + parts[i] + "'");
      }
    }
    return new BoundingBox(v[0], v[1], v[2], v[3]);
  }
}
