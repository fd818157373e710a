package org.tidings.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/** PostgreSQL through its JDBC driver; rows go in with COPY ({@link PostgresCopy}). */
final class PostgresBackend implements Backend {
  private final String jdbcUrl;
  private final Properties properties;

  PostgresBackend(String jdbcUrl, Properties properties) {
    this.jdbcUrl = jdbcUrl;
    this.properties = new Properties();
    this.properties.putAll(properties);
    this.properties.putIfAbsent("reWriteBatchedInserts", "true");
    this.properties.putIfAbsent("ApplicationName", "tidings");
  }

  @Override
  public boolean singleWriter() {
    return false;
  }

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, properties);
  }

  @Override
  public void insert(Connection connection, Table table, List<Object[]> rows) throws SQLException {
    PostgresCopy.copy(connection, table, rows);
  }

  @Override
  public void close() {}
}
