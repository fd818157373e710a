package org.tidings.store;

/**
 * Events counted per cell of a latitude/longitude grid: the filters of an {@link EventQuery} (its
 * bounding box included; its cursor and page size ignored) and the zoom level of the map asking,
 * which sets the cell size. Validated when built.
 *
 * <p>Immutable and thread-safe.
 *
 * @param filter which events, never null
 * @param zoom a web map's zoom level, 0 (the whole world in 256 pixels) .. {@link #MAX_ZOOM}
 */
public record GridQuery(EventQuery filter, int zoom) {
  /** The finest zoom level accepted. */
  public static final int MAX_ZOOM = 20;

  public GridQuery {
    if (filter == null) {
      throw new InvalidQueryException("filter", "is required");
    }
    if (zoom < 0 || zoom > MAX_ZOOM) {
      throw new InvalidQueryException("zoom", "expected 0.." + MAX_ZOOM + ", got " + zoom);
    }
  }

  /**
   * The side of a cell in degrees (latitude and longitude alike): 45 / 2^zoom, i.e. about 32
   * pixels of a web map at that zoom level.
   */
  public double cellDegrees() {
    return 45.0 / (1L << zoom);
  }
}
