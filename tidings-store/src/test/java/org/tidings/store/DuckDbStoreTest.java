package org.tidings.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded DuckDB file. */
class DuckDbStoreTest extends StoreContractTest {
  @TempDir Path dir;

  @Override
  String location() {
    return dir.resolve("sub/dir/tidings.duckdb").toString();
  }
}
