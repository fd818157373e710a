package org.tidings.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where a store lives, parsed from what a user types after {@code --db}.
 *
 * <ul>
 *   <li>{@code postgresql://user:password@host:5432/db?currentSchema=s} (also {@code postgres://},
 *       {@code jdbc:postgresql://}): a PostgreSQL database;
 *   <li>{@code duckdb:PATH}, {@code jdbc:duckdb:PATH} or a plain file path: a DuckDB file, created
 *       on first use; {@code duckdb::memory:} is an in-memory store.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface StoreLocation permits StoreLocation.DuckDb, StoreLocation.Postgres {

  /** The default file name under the user's data directory. */
  String DEFAULT_FILE = "tidings.duckdb";

  /**
   * An embedded DuckDB file.
   *
   * @param file the database file, or null for an in-memory database
   */
  record DuckDb(Path file) implements StoreLocation {
    @Override
    public String toString() {
      return file == null ? "duckdb::memory:" : "duckdb:" + file;
    }
  }

  /**
   * A PostgreSQL database.
   *
   * @param jdbcUrl {@code jdbc:postgresql://host:port/db?...} without credentials, never null
   * @param user user name, or null for the driver's default
   * @param password password, or null
   */
  record Postgres(String jdbcUrl, String user, String password) implements StoreLocation {
    Properties properties() {
      Properties p = new Properties();
      if (user != null) {
        p.setProperty("user", user);
      }
      if (password != null) {
        p.setProperty("password", password);
      }
      return p;
    }

    /** The URL without the password. */
    @Override
    public String toString() {
      return jdbcUrl + (user == null ? "" : " (user " + user + ")");
    }
  }

  /** The embedded default: {@value #DEFAULT_FILE} in {@code dataDirectory}. */
  static StoreLocation embeddedIn(Path dataDirectory) {
    return new DuckDb(dataDirectory.resolve(DEFAULT_FILE));
  }

  /**
   * Parses a {@code --db} value.
   *
   * @throws IllegalArgumentException with a readable message when it is neither form
   */
  static StoreLocation parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no store given: use a DuckDB file path or postgresql://host/db");
    }
    String s = text.strip();
    if (s.startsWith("jdbc:postgresql://")) {
      return postgres(s.substring("jdbc:".length()));
    }
    if (s.startsWith("postgresql://") || s.startsWith("postgres://")) {
      return postgres(s);
    }
    if (s.contains("://")) {
      throw new IllegalArgumentException("unknown store URL '" + s + "': use postgresql://... or a DuckDB file path");
    }
    String path = s.startsWith("jdbc:duckdb:") ? s.substring(12) : s.startsWith("duckdb:") ? s.substring(7) : s;
    if (path.isEmpty() || path.equals(":memory:")) {
      return new DuckDb(null);
    }
    return new DuckDb(Path.of(path));
  }

  private static Postgres postgres(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a PostgreSQL URL: " + e.getMessage());
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("PostgreSQL URL without a host: " + url);
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/postgres" : uri.getRawPath();
    String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return new Postgres(jdbc, user, password);
  }
}
