package org.tidings.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server tests run against: its URL comes from the environment variable
 * {@code TIDINGS_TEST_PG} (or the system property {@code tidings.test.pg}), e.g.
 * {@code postgresql://tidings@127.0.0.1:5432/postgres}; {@code .ci/run} starts one and sets it.
 * Without it the PostgreSQL tests are skipped with a message saying so.
 */
final class TestPostgres {
  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestPostgres() {}

  private static volatile boolean told;

  static String url() {
    String url = System.getProperty("tidings.test.pg");
    if (url == null || url.isBlank()) {
      url = System.getenv("TIDINGS_TEST_PG");
    }
    if ((url == null || url.isBlank()) && !told) {
      told = true;
      System.err.println("SKIPPED: PostgreSQL store tests: no server configured (set TIDINGS_TEST_PG=postgresql://...; .ci/run starts one)");
    }
    Assumptions.assumeTrue(url != null && !url.isBlank(),
        "no PostgreSQL server configured: set TIDINGS_TEST_PG=postgresql://user@host:port/db (.ci/run starts one)");
    return url;
  }

  /** A new empty schema on the test server, as a store URL selecting it. */
  static String freshSchema() {
    String base = url();
    String schema = "t_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet() + "_" + System.nanoTime() % 100000;
    StoreLocation.Postgres pg = (StoreLocation.Postgres) StoreLocation.parse(base);
    try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.properties()); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a schema on " + pg + ": " + e.getMessage(), e);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
