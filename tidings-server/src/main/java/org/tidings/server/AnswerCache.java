package org.tidings.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The JSON answers of GET requests, kept while the store has not been written since (its write
 * generation, {@link org.tidings.store.search.IndexedEventStore#writeGeneration()}). A repeated
 * request (a dashboard, a poll, many clients reading the newest events) then costs a map look-up,
 * not a database query and a JSON rendering: on a store of 1,000,000 events, a page of events takes
 * some 30 ms of CPU to compute on the machine of BENCHMARKS.md.
 *
 * <p>After a write, the first request of a kind computes the new answer; requests of the same kind
 * arriving meanwhile get the answer from before the write rather than waiting (so a burst of
 * requests never queues behind one slow query, and an article stored a moment ago may be missing
 * for the few milliseconds the new answer takes). A request with no earlier answer waits for the one
 * in progress. Failures (a bad parameter, a store error) are not kept. At most {@link #MAX_ENTRIES}
 * kinds and about {@link #MAX_BYTES} bytes of answers are kept; beyond either the cache starts
 * afresh.
 *
 * <p>Thread-safe.
 */
final class AnswerCache {
  static final int MAX_ENTRIES = 4096;
  /** Bytes of answers kept, about (a page of 1,000 events with their evidence is some 1 MB). */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  /** A computed answer and the generation it was computed at. */
  private record Answer(long generation, byte[] body) {}

  /** One kind of request: its last answer and the computation in progress, if any. */
  private static final class Slot {
    volatile Answer current;
    final AtomicReference<CompletableFuture<Answer>> pending = new AtomicReference<>();
  }

  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();

  /**
   * The answer to the request {@code key} at store generation {@code generation}: kept, or computed
   * by {@code compute} (on the calling thread).
   *
   * @throws RuntimeException what {@code compute} threw
   */
  byte[] get(String key, long generation, Supplier<byte[]> compute) {
    if (slots.size() >= MAX_ENTRIES && !slots.containsKey(key) || bytes.get() > MAX_BYTES) {
      slots.clear();
      bytes.set(0);
    }
    Slot slot = slots.computeIfAbsent(key, k -> new Slot());
    Answer current = slot.current;
    if (current != null && current.generation() == generation) {
      return current.body();
    }
    CompletableFuture<Answer> mine = new CompletableFuture<>();
    CompletableFuture<Answer> running = slot.pending.compareAndExchange(null, mine);
    if (running == null) {
      try {
        Answer fresh = new Answer(generation, compute.get());
        Answer now = slot.current;
        if (now == null || now.generation() <= generation) {
          slot.current = fresh;
          bytes.addAndGet(fresh.body().length - (now == null ? 0 : now.body().length));
        }
        mine.complete(fresh);
        return fresh.body();
      } catch (RuntimeException e) {
        mine.completeExceptionally(e);
        throw e;
      } finally {
        slot.pending.set(null);
      }
    }
    if (current != null) {
      return current.body();
    }
    try {
      return running.join().body();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
