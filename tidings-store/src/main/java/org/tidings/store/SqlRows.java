package org.tidings.store;

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
}
