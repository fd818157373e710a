package org.tidings.store;

import java.util.List;
import java.util.Objects;

/**
 * One page of results.
 *
 * <p>Immutable and thread-safe.
 *
 * @param items the results, never null
 * @param nextCursor pass as the query's {@code after} to get the next page; null on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }
}
