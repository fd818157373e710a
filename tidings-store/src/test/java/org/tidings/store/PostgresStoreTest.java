package org.tidings.store;

import org.junit.jupiter.api.BeforeEach;

/** The store contract on PostgreSQL, each test in a schema of its own (see {@link TestPostgres}). */
class PostgresStoreTest extends StoreContractTest {
  private String location;

  @BeforeEach
  @Override
  void open() {
    location = TestPostgres.freshSchema();
    super.open();
  }

  @Override
  String location() {
    return location;
  }
}
