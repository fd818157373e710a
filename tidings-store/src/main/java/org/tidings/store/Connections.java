package org.tidings.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's connections: one writer, used under a lock and always inside a transaction, and a
 * small set of readers handed out one per query. Thread-safe.
 */
final class Connections implements AutoCloseable {
  /** A unit of work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private static final int MAX_IDLE_READERS = 4;

  private final Backend backend;
  private final Connection writer;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final Deque<Connection> idleReaders = new ArrayDeque<>();
  private boolean closed;

  Connections(Backend backend) throws SQLException {
    this.backend = backend;
    this.writer = backend.connect();
  }

  /** Runs {@code work} in one transaction on the writer: committed when it returns, rolled back when it throws. */
  <T> T write(String what, Work<T> work) {
    writeLock.lock();
    try {
      return inTransaction(what, work);
    } finally {
      writeLock.unlock();
    }
  }

  /** Transactions on the writer for a bulk load, which holds the write lock (see {@link #bulk}). */
  @FunctionalInterface
  interface Writer {
    /** As {@link Connections#write}, without the lock: called from one thread at a time. */
    void transaction(String what, Work<?> work);
  }

  /** A bulk load's work: look-ups through {@code reader}, transactions through {@code writer}. */
  @FunctionalInterface
  interface BulkWork<T> {
    T run(Connection reader, Writer writer) throws SQLException;
  }

  /**
   * Runs {@code work} holding the write lock for its whole length, so that no other write comes
   * between its transactions, with a reader connection of its own. The work may hand its
   * transactions to another thread, one at a time, and must wait for them before it returns.
   */
  <T> T bulk(String what, BulkWork<T> work) {
    writeLock.lock();
    try {
      return read(what, reader -> work.run(reader, this::inTransaction));
    } finally {
      writeLock.unlock();
    }
  }

  /** One transaction on the writer; the caller holds the write lock or works for a thread that does. */
  private <T> T inTransaction(String what, Work<T> work) {
    try {
      writer.setAutoCommit(false);
      try {
        backend.begin(writer);
        T result = work.run(writer);
        writer.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(e);
        if (e instanceof SQLException sql) {
          throw new StoreException("cannot " + what + ": " + sql.getMessage(), sql);
        }
        throw (RuntimeException) e;
      } finally {
        writer.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  private void rollbackQuietly(Exception cause) {
    try {
      writer.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Runs {@code work} on the writer under the write lock, managing no transaction: for migrations. */
  <T> T exclusive(String what, Work<T> work) {
    writeLock.lock();
    try {
      return work.run(writer);
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs {@code work} on a reader connection (auto-commit on); the connection goes back afterwards. */
  <T> T read(String what, Work<T> work) {
    Connection c;
    try {
      c = borrow();
    } catch (SQLException e) {
      throw new StoreException("cannot connect to " + backend.name() + " to " + what + ": " + e.getMessage(), e);
    }
    boolean healthy = true;
    try {
      return work.run(c);
    } catch (SQLException e) {
      healthy = false;
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    } finally {
      giveBack(c, healthy);
    }
  }

  private synchronized Connection borrow() throws SQLException {
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
    Connection c = idleReaders.pollFirst();
    return c != null ? c : backend.connect();
  }

  private void giveBack(Connection c, boolean healthy) {
    synchronized (this) {
      if (healthy && !closed && idleReaders.size() < MAX_IDLE_READERS) {
        idleReaders.addFirst(c);
        return;
      }
    }
    try {
      c.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close a connection", e);
    }
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      synchronized (this) {
        if (closed) {
          return;
        }
        closed = true;
        try {
          for (Connection c : idleReaders) {
            c.close();
          }
          idleReaders.clear();
          writer.close();
        } catch (SQLException e) {
          throw new StoreException("cannot close the store", e);
        } finally {
          backend.close();
        }
      }
    } finally {
      writeLock.unlock();
    }
  }
}
