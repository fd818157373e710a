package org.tidings.bench.store;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Locale;
import java.util.SplittableRandom;
import org.tidings.model.Outcome;
import org.tidings.store.CountQuery;
import org.tidings.store.EventQuery;
import org.tidings.store.EventStore;

/**
 * The store benchmark: bulk load of synthetic events, then on that data a filtered events query
 * (country + 90-day range + CAMEO root, first page of 100, with each event's mention counts) and a
 * daily count by QuadClass over the whole year. Times are wall-clock, single-threaded, measured in
 * this JVM after warm-up runs.
 */
public final class StoreBench {
  /** The year the synthetic events fall in. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

  /** Articles per batch (one transaction) unless told otherwise. */
  public static final int DEFAULT_BATCH_ARTICLES = 1000;

  /**
   * What one run measured.
   *
   * @param backend "duckdb" or "postgresql"
   * @param events events loaded
   * @param loadSeconds wall-clock time of the store's {@code ingestBatches} call, seconds; it includes
   *     making up the articles, which happens on the loading thread as the store asks for batches
   * @param loadCpuSeconds CPU time of the whole process (all threads, DuckDB's included) during that
   *     call, seconds: on a shared machine a steadier figure than the wall clock
   * @param generateSeconds of {@code loadSeconds}, the time spent making up the articles, seconds
   * @param queryMillis filtered-query latencies, milliseconds, sorted
   * @param countMillis daily-count latencies, milliseconds, sorted
   * @param meanPageSize average number of events the filtered queries returned
   * @param queryCpuMillis process CPU time (all threads) per timed filtered query, mean, milliseconds
   * @param countCpuMillis process CPU time per timed daily count, mean, milliseconds
   */
  public record Report(String backend, long events, double loadSeconds, double loadCpuSeconds, double generateSeconds, double[] queryMillis,
      double[] countMillis, double meanPageSize, double queryCpuMillis, double countCpuMillis) {
    public double eventsPerSecond() {
      return events / loadSeconds;
    }

    public String toText() {
      String load = loadSeconds == 0 ? String.format(Locale.ROOT, "backend %s: %,d events stored (queries only)%n", backend, events)
          : String.format(Locale.ROOT, "backend %s: loaded %,d events in %.1f s = %,.0f events/s (process CPU %.1f s = %,.0f"
              + " events per CPU second; the wall time includes %.1f s making up the articles)%n",
          backend, events, loadSeconds, eventsPerSecond(), loadCpuSeconds, events / loadCpuSeconds, generateSeconds);
      return load + String.format(Locale.ROOT,
          "filtered events query (country + 90 days + root, page of <= 100, mean %.0f events): %d runs, p50 %.1f ms, p95 %.1f ms, max %.1f ms, process CPU %.1f ms a query%n"
              + "daily count by QuadClass over 365 days: %d runs, p50 %.1f ms, p95 %.1f ms, max %.1f ms, process CPU %.1f ms a count%n",
          meanPageSize, queryMillis.length, pct(queryMillis, 50),
          pct(queryMillis, 95), queryMillis[queryMillis.length - 1], queryCpuMillis, countMillis.length,
          pct(countMillis, 50), pct(countMillis, 95), countMillis[countMillis.length - 1], countCpuMillis);
    }
  }

  private StoreBench() {}

  /**
   * Loads {@code events} synthetic events into {@code store} (which should be empty) and times the
   * queries.
   */
  public static Report run(EventStore store, int events, int eventsPerArticle, int queries, PrintWriter log) {
    return run(store, events, eventsPerArticle, DEFAULT_BATCH_ARTICLES, queries, false, SyntheticOutcomes.Order.RANDOM, log);
  }

  /**
   * As {@link #run(EventStore, int, int, int, PrintWriter)}; with {@code queriesOnly}, the store
   * must hold a load from an earlier run and only the queries are timed; {@code batchArticles}
   * articles go to the store in each {@code ingestAll} call (one transaction); {@code order} says
   * whether dates are random or follow the articles' arrival.
   */
  public static Report run(EventStore store, int events, int eventsPerArticle, int batchArticles, int queries,
      boolean queriesOnly, SyntheticOutcomes.Order order, PrintWriter log) {
    if (queriesOnly) {
      return queries(store, 0, 0, 0, queries);
    }
    if (store.stats().events() > 0) {
      throw new IllegalArgumentException("the benchmark needs an empty store; this one has " + store.stats().events() + " events");
    }
    int articles = (events + eventsPerArticle - 1) / eventsPerArticle;
    SyntheticOutcomes generator = new SyntheticOutcomes(42, FIRST_DAY, 365, eventsPerArticle, order, articles);
    Batches batches = new Batches(generator, articles, batchArticles);
    long[] done = {0};
    long c0 = processCpuNanos();
    long t0 = System.nanoTime();
    store.ingestBatches(batches, results -> {
      long before = done[0];
      done[0] += results.size();
      if (done[0] / 20_000 != before / 20_000 || done[0] == articles) {
        log.printf(Locale.ROOT, "  loaded %,d events (%,.0f events/s)%n", done[0] * eventsPerArticle,
            done[0] * (double) eventsPerArticle / ((System.nanoTime() - t0) / 1e9));
        log.flush();
      }
    });
    long loadNanos = System.nanoTime() - t0;
    long cpuNanos = processCpuNanos() - c0;
    return queries(store, loadNanos, cpuNanos, batches.generateNanos, queries);
  }

  private static Report queries(EventStore store, long loadNanos, long cpuNanos, long generateNanos, int queries) {
    long loaded = store.stats().events();
    SplittableRandom random = new SplittableRandom(7);
    long[] returned = {0};
    double[] queryCpu = new double[1];
    double[] query = time(queries, queries / 10 + 1, queryCpu, () -> {
      LocalDate from = FIRST_DAY.plusDays(random.nextInt(365 - 90));
      EventQuery q = EventQuery.builder()
          .country(SyntheticOutcomes.COUNTRIES.get(random.nextInt(SyntheticOutcomes.COUNTRIES.size())))
          .cameoRoot(String.format("%02d", 1 + random.nextInt(20)))
          .from(from).to(from.plusDays(89)).limit(100).build();
      returned[0] += store.events(q).items().size();
    });
    CountQuery year = new CountQuery(FIRST_DAY, FIRST_DAY.plusDays(364), CountQuery.By.QUAD_CLASS, null);
    double[] countCpu = new double[1];
    double[] count = time(Math.max(5, queries / 10), 3, countCpu, () -> store.dailyCounts(year));
    int warm = queries / 10 + 1;
    return new Report(store.backend(), loaded, loadNanos / 1e9, cpuNanos / 1e9, generateNanos / 1e9, query, count,
        returned[0] / (double) (queries + warm), queryCpu[0], countCpu[0]);
  }

  /**
   * Loads {@code events} synthetic events (another seed than the timed load's) into a throwaway
   * in-memory DuckDB store, so that the timed load runs on compiled code, as a long load does after
   * its first seconds: without it, the JIT compiler's threads took about a tenth of a 1,000,000-event
   * load's CPU. Returns the seconds it took.
   */
  public static double warmUp(int events, int eventsPerArticle, int batchArticles) {
    long t0 = System.nanoTime();
    int articles = (events + eventsPerArticle - 1) / eventsPerArticle;
    Batches batches = new Batches(new SyntheticOutcomes(7, FIRST_DAY, 365, eventsPerArticle), articles, batchArticles);
    try (EventStore scratch = org.tidings.store.EventStores.open("duckdb::memory:")) {
      scratch.ingestBatches(batches, results -> {});
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Batches of made-up articles, made as the store asks for them, timing the making. Not thread-safe. */
  private static final class Batches implements Iterator<List<Outcome>> {
    private final SyntheticOutcomes generator;
    private final int articles;
    private final int batchArticles;
    private int generated;
    /** Time spent making articles so far, nanoseconds. */
    long generateNanos;

    Batches(SyntheticOutcomes generator, int articles, int batchArticles) {
      this.generator = generator;
      this.articles = articles;
      this.batchArticles = batchArticles;
    }

    @Override
    public boolean hasNext() {
      return generated < articles;
    }

    @Override
    public List<Outcome> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      long t0 = System.nanoTime();
      int n = Math.min(batchArticles, articles - generated);
      generated += n;
      List<Outcome> batch = generator.next(n);
      generateNanos += System.nanoTime() - t0;
      return batch;
    }
  }

  /**
   * Wall-clock and process CPU time of one piece of work.
   *
   * @param seconds wall-clock seconds
   * @param cpuSeconds CPU seconds of the whole process (all threads) meanwhile
   */
  public record Timing(double seconds, double cpuSeconds) {}

  /** Runs {@code work} once and times it. */
  public static Timing timed(Runnable work) {
    long c0 = processCpuNanos();
    long t0 = System.nanoTime();
    work.run();
    return new Timing((System.nanoTime() - t0) / 1e9, (processCpuNanos() - c0) / 1e9);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Sorted wall-clock milliseconds of each timed run; {@code cpuMillis[0]} gets the mean process CPU ms a run. */
  private static double[] time(int runs, int warmUp, double[] cpuMillis, Runnable work) {
    for (int i = 0; i < warmUp; i++) {
      work.run();
    }
    long c0 = processCpuNanos();
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    cpuMillis[0] = (processCpuNanos() - c0) / 1e6 / runs;
    Arrays.sort(ms);
    return ms;
  }

  /** The p-th percentile (nearest rank) of sorted values. */
  static double pct(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
