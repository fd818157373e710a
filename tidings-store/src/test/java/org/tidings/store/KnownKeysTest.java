package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class KnownKeysTest {
  @Test
  void everyStoredKeyIsKnownAcrossRebuildsAndFewNewOnesAre() throws SQLException {
    DuckDbBackend backend = new DuckDbBackend(null);
    try (Connection c = backend.connect()) {
      Migrations.apply(c, backend);
      try (Statement st = c.createStatement()) {
        st.execute("INSERT INTO article_bands SELECT range * 7919, 'a' FROM range(70000)");
      }
      KnownKeys known = new KnownKeys();
      for (long i = 0; i < 70_000; i++) {
        assertTrue(known.mightContain(c, KnownKeys.Kind.BAND, i * 7919), "stored band " + i);
      }
      // Written as the ingester does: rows first, then the keys; the filter outgrows its size and is rebuilt.
      try (Statement st = c.createStatement()) {
        st.execute("INSERT INTO article_bands SELECT range * 7919, 'b' FROM range(70000, 300000)");
      }
      for (long i = 70_000; i < 300_000; i++) {
        known.add(c, KnownKeys.Kind.BAND, i * 7919);
      }
      int falsePositives = 0;
      for (long i = 0; i < 300_000; i++) {
        assertTrue(known.mightContain(c, KnownKeys.Kind.BAND, i * 7919), "stored band " + i);
        falsePositives += known.mightContain(c, KnownKeys.Kind.BAND, i * 7919 + 1) ? 1 : 0;
      }
      assertTrue(falsePositives < 300_000 * 0.03, falsePositives + " false positives in 300,000");
      assertFalse(known.mightContain(c, KnownKeys.Kind.ARTICLE, KnownKeys.key("not stored")));
    } finally {
      backend.close();
    }
  }
}
