package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A write that fails leaves nothing behind, even when its only work is appending rows (no statement
 * before the append, as when every look-up of an ingest was skipped).
 */
class WriteAtomicityTest {
  @Test
  void rowsAppendedInAFailedWriteAreRolledBack() throws SQLException {
    DuckDbBackend backend = new DuckDbBackend(null);
    Connections connections = new Connections(backend);
    try {
      connections.exclusive("migrate", c -> {
        Migrations.apply(c, backend);
        return null;
      });
      assertThrows(IllegalStateException.class, () -> connections.write("append and fail", c -> {
        backend.insert(c, Table.ARTICLE_BANDS, List.<Object[]>of(new Object[] {42L, "a"}));
        throw new IllegalStateException("the rest of the article could not be written");
      }));
      long rows = connections.read("count", c -> count(c, "SELECT COUNT(*) FROM article_bands"));
      assertEquals(0, rows, "the appended band must not outlive the failed write");
    } finally {
      connections.close();
      backend.close();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
