package org.tidings.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Rows waiting to be written in one transaction, per table. Values are String, Integer, Long,
 * Double, Boolean, LocalDateTime or null, in {@link Table#columns} order. Not thread-safe.
 */
final class WriteBatch {
  private final Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);

  void add(Table table, Object... values) {
    if (values.length != table.columns.size()) {
      throw new IllegalStateException(table + " has " + table.columns.size() + " columns, got " + values.length + " values");
    }
    rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
  }

  /** Rows of {@code table}, in insertion order; empty when none. */
  List<Object[]> rows(Table table) {
    return rows.getOrDefault(table, List.of());
  }

  /** Every row added so far, per table, and empties the batch. */
  Map<Table, List<Object[]>> drain() {
    Map<Table, List<Object[]>> out = new EnumMap<>(rows);
    rows.clear();
    return out;
  }

  int size(Table table) {
    return rows(table).size();
  }
}
