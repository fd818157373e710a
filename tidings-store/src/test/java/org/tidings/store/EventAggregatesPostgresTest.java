package org.tidings.store;

/** The web page's queries on PostgreSQL, each test in a schema of its own (see {@link TestPostgres}). */
class EventAggregatesPostgresTest extends EventAggregatesContractTest {
  @Override
  String location() {
    return TestPostgres.freshSchema();
  }
}
