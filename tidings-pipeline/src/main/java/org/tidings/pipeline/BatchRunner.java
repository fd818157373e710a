package org.tidings.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tidings.model.Outcome;
import org.tidings.pipeline.extract.InputItem;

/**
 * Runs a pipeline over many input items on several worker threads, each with its own
 * {@link Pipeline} (and so its own CoreNLP pipeline), and hands the outcomes to a consumer in input
 * order. At most {@code queueCapacity} items are in flight, so reading never runs ahead of the
 * workers by more than that (back-pressure). Rejected input items become Skipped/Failed outcomes
 * without touching a worker.
 *
 * <p>One {@link #run} at a time per runner; the consumer is called from the calling thread only.
 */
public final class BatchRunner implements AutoCloseable {
  private final ExecutorService workers;
  private final ThreadLocal<Pipeline> pipelines;
  private final int queueCapacity;

  /**
   * @param threads worker threads, at least 1
   * @param pipelineFactory makes one pipeline per worker thread, on that thread
   * @param queueCapacity items in flight at most, at least {@code threads}
   */
  public BatchRunner(int threads, Supplier<Pipeline> pipelineFactory, int queueCapacity) {
    if (threads < 1 || queueCapacity < threads) {
      throw new IllegalArgumentException("need threads >= 1 and queueCapacity >= threads");
    }
    Objects.requireNonNull(pipelineFactory);
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "tidings-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.pipelines = ThreadLocal.withInitial(pipelineFactory);
    this.queueCapacity = queueCapacity;
  }

  /** All cores, a queue of four items per core. */
  /**
   * The in-flight window the batch commands use for {@code threads} workers: 32 items a worker.
   * Outcomes are delivered in input order, so while the oldest item is a long article the other
   * workers can only go on with what is already in the window; with 4 items a worker they ran dry
   * behind long articles and a tenth of the CPU stood idle in {@code tidings bench} (BENCHMARKS.md).
   * Articles and outcomes are small next to the models, so the larger window costs little memory.
   */
  public static int window(int threads) {
    return threads * 32;
  }

  public static BatchRunner allCores(Supplier<Pipeline> pipelineFactory) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new BatchRunner(cores, pipelineFactory, window(cores));
  }

  /**
   * Processes every item and passes each outcome to {@code sink}, in input order.
   *
   * @return the number of outcomes delivered
   */
  public int run(Iterator<InputItem> items, Consumer<Outcome> sink) {
    Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
    int delivered = 0;
    while (items.hasNext()) {
      InputItem item = items.next();
      inFlight.add(workers.submit(() -> process(item)));
      if (inFlight.size() >= queueCapacity) {
        sink.accept(await(inFlight.poll()));
        delivered++;
      }
    }
    while (!inFlight.isEmpty()) {
      sink.accept(await(inFlight.poll()));
      delivered++;
    }
    return delivered;
  }

  private Outcome process(InputItem item) {
    if (item instanceof InputItem.Rejected r) {
      return r.toOutcome();
    }
    InputItem.Read read = (InputItem.Read) item;
    return pipelines.get().run(read.article());
  }

  private static Outcome await(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      // Pipeline.run turns article errors into outcomes; reaching here means the pipeline itself
      // could not be built (e.g. a model failed to load), which no later item would survive either.
      throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
