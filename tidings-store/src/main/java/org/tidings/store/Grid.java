package org.tidings.store;

import java.util.List;

/**
 * The answer to a {@link GridQuery}: the events with a place, counted per cell, and how many match
 * the filter but have no place.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cellDegrees the side of a cell, degrees
 * @param cells the non-empty cells, by row, column, then points before areas; never null
 * @param unplaced events matching the filter without its bounding box that have no place (0 when
 *     the filter has a bounding box: such events lie in none)
 */
public record Grid(double cellDegrees, List<GridCell> cells, long unplaced) {
  public Grid {
    cells = List.copyOf(cells);
  }

  /** How many events the cells hold. */
  public long placed() {
    return cells.stream().mapToLong(GridCell::events).sum();
  }
}
