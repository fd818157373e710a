package org.tidings.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database's schema up to date. Version N is the resource {@code migrations/<backend>/VN.sql}
 * when present, else {@code migrations/VN.sql}; versions are applied in order from one past the
 * highest in {@code schema_version}, each in its own transaction together with its row there, and
 * the run stops at the first version with no file. A database newer than this code is refused.
 * A version may also have a step in Java, run after its script in the same transaction: V4
 * computes the MinHash bands of the stored articles again.
 */
final class Migrations {
  private static final String ROOT = "/org/tidings/store/migrations/";

  private Migrations() {}

  /** Applies the missing versions; returns the version the schema is at afterwards. */
  static int apply(Connection c, Backend db) throws SQLException {
    String backend = db.name();
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
          + " applied_at TIMESTAMP NOT NULL)");
    }
    int current = current(c);
    int known = latest(backend);
    if (current > known) {
      throw new StoreException("the store's schema is version " + current + " but this Tidings knows only up to "
          + known + ": use a newer Tidings");
    }
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      for (int v = current + 1; v <= known; v++) {
        String sql = script(backend, v);
        try (Statement st = c.createStatement()) {
          for (String statement : statements(sql)) {
            st.execute(statement);
          }
        }
        if (v == 4) {
          bandAgain(c, db);
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
          st.setInt(1, v);
          st.setString(2, description(sql));
          st.setTimestamp(3, Timestamp.from(Instant.now()));
          st.executeUpdate();
        }
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
    return known;
  }

  /** Articles read at a time by {@link #bandAgain}: their texts are held in memory meanwhile. */
  private static final int BANDING_CHUNK = 2000;

  /** V4's step: the bands of every coded article, from its text, in chunks of articles in id order. */
  private static void bandAgain(Connection c, Backend db) throws SQLException {
    String after = "";
    while (true) {
      List<Object[]> rows = new ArrayList<>();
      String last = null;
      try (PreparedStatement st = c.prepareStatement("SELECT article_id, text FROM articles WHERE outcome = 'coded'"
          + " AND text IS NOT NULL AND article_id > ? ORDER BY article_id LIMIT " + BANDING_CHUNK)) {
        st.setString(1, after);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            last = rs.getString(1);
            long[] signature = MinHash.signature(rs.getString(2));
            if (signature != null) {
              for (long band : MinHash.bands(signature)) {
                rows.add(new Object[] {band, last});
              }
            }
          }
        }
      }
      if (last == null) {
        return;
      }
      db.insert(c, Table.ARTICLE_BANDS, rows);
      after = last;
    }
  }

  static int current(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** The highest version with a script for this backend. */
  static int latest(String backend) {
    int v = 0;
    while (resource(backend, v + 1) != null) {
      v++;
    }
    return v;
  }

  private static String resource(String backend, int version) {
    String own = ROOT + backend + "/V" + version + ".sql";
    if (Migrations.class.getResource(own) != null) {
      return own;
    }
    String common = ROOT + "V" + version + ".sql";
    return Migrations.class.getResource(common) != null ? common : null;
  }

  private static String script(String backend, int version) {
    String name = resource(backend, version);
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read migration " + name, e);
    }
  }

  /** Statements split at semicolons ending a line; comment lines dropped. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n")) {
      String code = line.contains("--") ? line.substring(0, line.indexOf("--")) : line;
      if (code.isBlank()) {
        continue;
      }
      current.append(code).append('\n');
      if (code.stripTrailing().endsWith(";")) {
        String s = current.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  /** The first comment line, e.g. "V1: the schema...". */
  private static String description(String sql) {
    for (String line : sql.split("\n")) {
      if (line.startsWith("--")) {
        return line.substring(2).strip();
      }
    }
    return "";
  }
}
