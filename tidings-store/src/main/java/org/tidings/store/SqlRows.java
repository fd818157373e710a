package org.tidings.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/** Binding values to statements the same way for both backends. */
final class SqlRows {
  private SqlRows() {}

  static void bind(PreparedStatement st, int index, Object value) throws SQLException {
    if (value == null) {
      st.setNull(index, java.sql.Types.NULL);
    } else if (value instanceof String s) {
      st.setString(index, s);
    } else if (value instanceof Integer i) {
      st.setInt(index, i);
    } else if (value instanceof Long l) {
      st.setLong(index, l);
    } else if (value instanceof Double d) {
      st.setDouble(index, d);
    } else if (value instanceof Boolean b) {
      st.setBoolean(index, b);
    } else if (value instanceof LocalDateTime t) {
      st.setTimestamp(index, Timestamp.valueOf(t));
    } else {
      throw new IllegalArgumentException("unsupported column value " + value.getClass());
    }
  }

  static void bindAll(PreparedStatement st, List<?> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      bind(st, i + 1, values.get(i));
    }
  }

  /** Batched parameterised INSERTs (PostgreSQL, and DuckDB's fallback). */
  static void insertBatched(Connection c, Table table, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement st = c.prepareStatement(table.insertSql())) {
      int pending = 0;
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          bind(st, i + 1, row[i]);
        }
        st.addBatch();
        if (++pending == 1000) {
          st.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        st.executeBatch();
      }
    }
  }
}
