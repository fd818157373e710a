package org.tidings.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The web page's queries on an embedded DuckDB store. */
class EventAggregatesDuckDbTest extends EventAggregatesContractTest {
  @TempDir Path dir;

  @Override
  String location() {
    return dir.resolve("page.duckdb").toString();
  }
}
