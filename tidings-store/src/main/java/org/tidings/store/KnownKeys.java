package org.tidings.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a single-writer store (DuckDB: one process holds the file) has already stored, as Bloom
 * filters over the article ids, event ids and MinHash band hashes: a key the filter has never seen
 * is certainly new, so the ingester skips asking the database about it. Every look-up before a
 * write was a join against the whole table (events, articles, bands), a cost growing with the
 * store; in a bulk load of new articles nearly every key is new and the look-ups go away.
 *
 * <p>A filter may answer "maybe" for a key that is not stored (about 1 % of new keys, or keys of a
 * transaction that was rolled back): the database is then asked, as before. It never answers "no"
 * for a stored key, as long as this process is the only writer: that is why PostgreSQL, which
 * several processes may write, does not use it. Filters are built from the tables on the first
 * write and rebuilt, twice as large, when their keys outgrow them.
 *
 * <p>Not thread-safe: used under the store's write lock (by the thread holding it: a bulk load's
 * writer thread never touches it).
 */
final class KnownKeys {
  /** The three key kinds, each with the query listing what is stored. */
  enum Kind {
    ARTICLE("SELECT article_id FROM articles"),
    EVENT("SELECT event_id FROM events"),
    BAND("SELECT band_hash FROM article_bands");

    final String sql;

    Kind(String sql) {
      this.sql = sql;
    }
  }

  private static final int HASHES = 7;
  private static final int BITS_PER_KEY = 10;
  private static final long MIN_CAPACITY = 1 << 16;

  private final Filter[] filters = new Filter[Kind.values().length];

  /** True unless {@code key} is certainly not stored. */
  boolean mightContain(Connection c, Kind kind, long key) throws SQLException {
    return filter(c, kind).mightContain(key);
  }

  /** Records {@code key} as stored (or about to be, in the current transaction). */
  void add(Connection c, Kind kind, long key) throws SQLException {
    Filter f = filter(c, kind);
    if (f.count >= f.capacity) {
      f = build(c, kind, f.capacity * 2);
    }
    f.add(key);
  }

  /** A 64-bit key for an article id. */
  static long key(String articleId) {
    long h = 0x2545F4914F6CDD1DL;
    for (int i = 0; i < articleId.length(); i++) {
      h = MinHash.mix(h ^ articleId.charAt(i));
    }
    return h;
  }

  private Filter filter(Connection c, Kind kind) throws SQLException {
    Filter f = filters[kind.ordinal()];
    return f != null ? f : build(c, kind, 0);
  }

  /**
   * Reads every stored key of {@code kind} through {@code c}: the writer inside its transaction, or
   * a bulk load's reader when no batch is in flight (see {@link Ingester#remember}).
   */
  private Filter build(Connection c, Kind kind, long atLeast) throws SQLException {
    long stored;
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM (" + kind.sql + ")")) {
      rs.next();
      stored = rs.getLong(1);
    }
    Filter f = new Filter(Math.max(MIN_CAPACITY, Math.max(atLeast, stored * 2)));
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(kind.sql)) {
      while (rs.next()) {
        f.add(kind == Kind.ARTICLE ? key(rs.getString(1)) : rs.getLong(1));
      }
    }
    filters[kind.ordinal()] = f;
    return f;
  }

  /** A Bloom filter of {@value #HASHES} probes, {@value #BITS_PER_KEY} bits a key at capacity. */
  private static final class Filter {
    final long capacity;
    final long[] bits;
    final long mask;
    long count;

    Filter(long capacity) {
      long size = Long.highestOneBit(Math.max(64, capacity * BITS_PER_KEY - 1)) << 1;
      this.capacity = capacity;
      this.bits = new long[(int) (size >>> 6)];
      this.mask = size - 1;
    }

    void add(long key) {
      long h1 = MinHash.mix(key);
      long h2 = MinHash.mix(h1) | 1;
      for (int i = 0; i < HASHES; i++) {
        long bit = (h1 + i * h2) & mask;
        bits[(int) (bit >>> 6)] |= 1L << bit;
      }
      count++;
    }

    boolean mightContain(long key) {
      long h1 = MinHash.mix(key);
      long h2 = MinHash.mix(h1) | 1;
      for (int i = 0; i < HASHES; i++) {
        long bit = (h1 + i * h2) & mask;
        if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) {
          return false;
        }
      }
      return true;
    }
  }
}
