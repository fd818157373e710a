package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Article;

/** The store contract on an embedded DuckDB file, and what only a DuckDB store shows. */
class DuckDbStoreTest extends StoreContractTest {
  @TempDir Path dir;

  @Override
  String location() {
    return dir.resolve("sub/dir/tidings.duckdb").toString();
  }

  /**
   * Stores written before signatures were derived from the text kept them in the minhash column:
   * a stored signature is used as it is. (The text is blanked so that only the stored signature
   * can make the copy a near-duplicate.)
   */
  @Test
  void aSignatureKeptByAnOlderStoreStillFindsTheCopy() {
    store.ingest(TestArticles.wire("1"));
    StringBuilder hex = new StringBuilder();
    for (long v : MinHash.signature(TestArticles.WIRE)) {
      hex.append(HexFormat.of().toHexDigits(v));
    }
    ((JdbcEventStore) store).withConnection("keep the signature as older stores did", c -> {
      try (PreparedStatement st = c.prepareStatement("UPDATE articles SET minhash = ?, text = 'blank'")) {
        st.setString(1, hex.toString());
        st.executeUpdate();
      }
      return null;
    });
    reopen();
    IngestResult copy = store.ingest(TestArticles.coded(TestArticles.syndicatedCopy(), "https://courier.example/a",
        "Daily Courier", LocalDate.of(2021, 10, 14), 1));
    assertEquals(Article.idOf(TestArticles.WIRE), copy.nearDuplicateOf());
    assertEquals(0, copy.newEvents());
  }
}
