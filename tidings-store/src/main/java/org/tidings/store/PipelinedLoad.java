package org.tidings.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.tidings.model.Outcome;

/**
 * One bulk load ({@link EventStore#ingestBatches}): batch N+1 is prepared on the calling thread
 * (look-ups through a reader connection, rows built) while a writer thread appends and commits
 * batch N. See {@link Ingester} for how batch N+1 accounts for the rows of N it cannot see yet.
 *
 * <p>Used once, by one thread, under the store's write lock; the writer thread is its own.
 */
final class PipelinedLoad {
  private final Backend backend;
  private final KnownKeys known;
  private final Connection reader;
  private final Connections.Writer writer;
  private final Consumer<List<IngestResult>> committed;
  private final ExecutorService writing = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "tidings-store-writer");
    t.setDaemon(true);
    return t;
  });

  private Ingester inFlight;
  private Future<?> written;
  private List<IngestResult> pending;

  /**
   * @param known the store's filters of stored keys, or null (PostgreSQL)
   * @param reader a connection of this load's own for look-ups (auto-commit on)
   * @param writer transactions on the store's writer
   * @param committed receives each batch's results once it is durable, on the calling thread
   */
  PipelinedLoad(Backend backend, KnownKeys known, Connection reader, Connections.Writer writer,
      Consumer<List<IngestResult>> committed) {
    this.backend = backend;
    this.known = known;
    this.reader = reader;
    this.writer = writer;
    this.committed = committed;
  }

  /** Stores every batch; throws the first failure after the batch in flight has ended. */
  void run(Iterator<? extends List<? extends Outcome>> batches) throws SQLException {
    try {
      boolean more = true;
      while (more) {
        List<? extends Outcome> batch = batches.hasNext() ? Objects.requireNonNull(batches.next(), "a null batch") : null;
        more = batch != null;
        if (more && batch.isEmpty()) {
          continue;
        }
        Ingester next = more ? new Ingester(reader, known, inFlight) : null;
        List<IngestResult> results = more ? next.prepare(batch) : null;
        if (written != null) {
          Future<?> last = written;
          written = null;
          finish(last);
          land();
        }
        if (more) {
          submit(next, results, "store " + batch.size() + " outcome(s) from " + batch.get(0).origin());
        }
      }
    } catch (SQLException | RuntimeException e) {
      if (written != null) {
        // The batch in flight still ends before the lock is let go; if it was stored, its results are handed over.
        Throwable alsoFailed = outcomeOf(written);
        if (alsoFailed != null) {
          e.addSuppressed(alsoFailed);
        } else {
          try {
            land();
          } catch (SQLException | RuntimeException late) {
            e.addSuppressed(late);
          }
        }
      }
      throw e;
    } finally {
      writing.shutdown();
    }
  }

  private void submit(Ingester next, List<IngestResult> results, String what) {
    written = writing.submit(() -> writer.transaction(what, c -> {
      next.write(c, backend);
      return null;
    }));
    inFlight = next;
    pending = results;
  }

  /** The batch in flight is committed: its keys become known and its results are handed over. */
  private void land() throws SQLException {
    inFlight.remember();
    committed.accept(pending);
  }

  /** Waits for a write; its failure is rethrown as it was thrown. */
  private static void finish(Future<?> write) {
    try {
      write.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new StoreException("the bulk load's writer failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the bulk load's writer", e);
    }
  }

  /** Waits for a write, even when interrupted (keeping the interrupt); returns its failure, or null. */
  private static Throwable outcomeOf(Future<?> write) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          write.get();
          return null;
        } catch (ExecutionException e) {
          return e.getCause();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
