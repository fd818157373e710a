package org.tidings.store;

import java.util.List;

/**
 * The events of one grid cell that share a place precision class.
 *
 * <p>Immutable and thread-safe.
 *
 * @param row the cell's row: floor((lat + 90) / cell side)
 * @param column the cell's column: floor((lon + 180) / cell side)
 * @param area true for events placed only at country or region level (their coordinates are the
 *     area's centre, not a point where something happened); false for a city, first-level division
 *     or point
 * @param lat mean latitude of the events' places, WGS84 degrees
 * @param lon mean longitude of the events' places, WGS84 degrees
 * @param events how many events
 * @param mentions how many reports of them in all
 * @param byQuadClass events per QuadClass 1..4 (four numbers), never null
 * @param place the most frequent place name in the cell, never null
 */
public record GridCell(int row, int column, boolean area, double lat, double lon, long events, long mentions,
    List<Long> byQuadClass, String place) {
  public GridCell {
    byQuadClass = List.copyOf(byQuadClass);
  }
}
