package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded DuckDB file. */
class DuckDbStoreTest extends StoreContractTest {
  @TempDir Path dir;

  @Override
  String location() {
    return dir.resolve("sub/dir/tidings.duckdb").toString();
  }

  private List<String> indexes() {
    return ((JdbcEventStore) store).withConnection("list indexes", c -> {
      List<String> names = new ArrayList<>();
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT index_name FROM duckdb_indexes() ORDER BY index_name")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      return names;
    });
  }

  @Test
  void aBulkLoadDropsTheIdIndexesAndBuildsThemAfterwards() {
    List<String> all = List.of("event_mentions_event_id", "events_event_id");
    assertEquals(all, indexes());
    assertEquals(List.of(), store.bulkLoad(() -> {
      store.ingest(TestArticles.wire("1"));
      return indexes();
    }));
    assertEquals(all, indexes());
  }

  @Test
  void aStoreLeftWithoutItsIndexesGetsThemBackWhenOpened() {
    store.ingest(TestArticles.wire("1"));
    // As a process killed during a bulk load leaves it.
    ((JdbcEventStore) store).withConnection("drop indexes", c -> {
      new DuckDbBackend(null).suspendIndexes(c);
      return null;
    });
    assertEquals(List.of(), indexes());
    store.close();
    store = EventStores.open(location());
    assertEquals(List.of("event_mentions_event_id", "events_event_id"), indexes());
    assertEquals(5, store.stats().events());
  }
}
