package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DuckDB's bulk path (CSV and COPY) stores exactly what the appender stores, and only inside the write. */
class DuckDbCsvTest {
  private static final String[] AWKWARD = {
    "plain", "", "say \"no\", twice", "two\nlines", "carriage\r\nreturn", "tab\there", "back\\slash \\N",
    "\\N", "NULL", "  padded  ", "Душанбе — 💥 مرحبا", ",", "\"", "'single' quotes", "end with quote\""
  };

  @Test
  void csvRowsReadBackAsAppendedRows() throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < AWKWARD.length; i++) {
      String text = AWKWARD[i];
      rows.add(new Object[] {"article-" + i, "Q" + i, "direct", i, Integer.MAX_VALUE - i, text,
          i % 2 == 0 ? null : -i, null, i % 3 == 0 ? null : text, null, null, null, text,
          i % 2 == 0 ? "" : null, LocalDateTime.of(2021, 10, 13, 8, 30, 15, 123_456_000 + i * 1000),
          null, "DAY", i == 0 ? 1e-7 : 1.0 / (i + 3)});
    }
    assertEquals(rows(rows, Integer.MAX_VALUE), rows(rows, 1), "CSV and appender must store the same values");
  }

  @Test
  void bulkRowsOfAFailedWriteAreRolledBack() throws SQLException {
    DuckDbBackend backend = new DuckDbBackend(null, 1);
    Connections connections = new Connections(backend);
    try {
      connections.exclusive("migrate", c -> {
        Migrations.apply(c, backend.name());
        return null;
      });
      List<Object[]> bands = new ArrayList<>();
      for (long i = 0; i < 5000; i++) {
        bands.add(new Object[] {i * 7919L, "a" + i});
      }
      assertThrows(IllegalStateException.class, () -> connections.write("copy and fail", c -> {
        backend.insert(c, Table.ARTICLE_BANDS, bands);
        throw new IllegalStateException("the rest of the article could not be written");
      }));
      assertEquals(List.of(List.of("0")), connections.read("count", c -> select(c, "SELECT COUNT(*) FROM article_bands")));
      connections.write("copy", c -> {
        backend.insert(c, Table.ARTICLE_BANDS, bands);
        return null;
      });
      assertEquals(List.of(List.of("5000", "4999")),
          connections.read("count", c -> select(c, "SELECT COUNT(*), MAX(CAST(substr(article_id, 2) AS INTEGER)) FROM article_bands")));
    } finally {
      connections.close();
      backend.close();
    }
  }

  @Test
  void nulCharactersAreRefusedWithAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DuckDbCsv.format(List.<Object[]>of(new Object[] {"a\0b"})));
    assertEquals("stored text cannot hold a NUL character", e.getMessage());
  }

  /** Stores {@code rows} in the quotes table of a new in-memory store and reads every row back as text. */
  private static List<List<String>> rows(List<Object[]> rows, int bulkRows) throws SQLException {
    DuckDbBackend backend = new DuckDbBackend(null, bulkRows);
    Connections connections = new Connections(backend);
    try {
      connections.exclusive("migrate", c -> {
        Migrations.apply(c, backend.name());
        return null;
      });
      connections.write("insert", c -> {
        backend.insert(c, Table.QUOTES, rows);
        return null;
      });
      return connections.read("all", c -> select(c, "SELECT * FROM quotes ORDER BY quote_id"));
    } finally {
      connections.close();
      backend.close();
    }
  }

  private static List<List<String>> select(Connection c, String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          row.add(v == null ? "<null>" : v.toString());
        }
        out.add(row);
      }
    }
    return out;
  }
}
