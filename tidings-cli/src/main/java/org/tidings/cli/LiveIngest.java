package org.tidings.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tidings.model.Outcome;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.watch.ArticleSink;
import org.tidings.pipeline.watch.ItemCoder;
import org.tidings.server.ArticleIntake;
import org.tidings.server.IntakeResult;
import org.tidings.store.IngestResult;
import org.tidings.store.search.IndexedEventStore;

/**
 * The one path by which a serving process takes new articles, from its feed watcher ({@link
 * ArticleSink}) and from {@code POST /api/articles} ({@link ArticleIntake}) alike: each item is
 * coded by the pipeline (built on the first article, so a server nobody writes to never loads the
 * models), then stored and indexed in the store being served ({@link IndexedEventStore#ingest}: one
 * store transaction, then one index commit), so it is listed, searchable and exportable as soon as
 * the call returns. Rejected input is stored as a skipped or failed outcome with its reason.
 *
 * <p>Thread-safe: one item at a time (coding one article already keeps the cores busy).
 */
final class LiveIngest implements ArticleIntake, ArticleSink {
  private final IndexedEventStore store;
  private final ItemCoder coder;
  private final InputReader reader;
  private final Consumer<String> log;

  /**
   * @param store where articles go; not closed here
   * @param pipelineFactory builds the pipeline, called once, on the first article
   * @param reader turns the records sent over HTTP into items
   * @param log told one line per item stored
   */
  LiveIngest(IndexedEventStore store, Supplier<Pipeline> pipelineFactory, InputReader reader, Consumer<String> log) {
    this.store = Objects.requireNonNull(store);
    this.coder = new ItemCoder(pipelineFactory);
    this.reader = Objects.requireNonNull(reader);
    this.log = Objects.requireNonNull(log);
  }

  /** Codes, stores and indexes one item; returns what became of it. */
  synchronized IntakeResult take(InputItem item) {
    Outcome outcome = coder.code(item);
    IngestResult stored = store.ingest(outcome);
    IntakeResult result = new IntakeResult(outcome.origin(), kind(outcome), stored.articleId(),
        stored.status().name().toLowerCase(Locale.ROOT), stored.newEvents(), reason(outcome));
    log.accept(result.outcome() + " " + result.origin() + " -> " + result.stored()
        + (result.reason() == null ? ", " + result.events() + " new events" : ": " + result.reason()));
    return result;
  }

  @Override
  public void accept(InputItem item) {
    take(item);
  }

  @Override
  public List<IntakeResult> submit(List<String> records, String origin) {
    List<IntakeResult> results = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      InputItem item;
      synchronized (this) {
        item = reader.parseLine(origin + " #" + (i + 1), records.get(i));
      }
      results.add(take(item));
    }
    return results;
  }

  static String kind(Outcome outcome) {
    return outcome instanceof Outcome.Coded ? "coded" : outcome instanceof Outcome.Skipped ? "skipped" : "failed";
  }

  private static String reason(Outcome outcome) {
    if (outcome instanceof Outcome.Skipped s) {
      return s.reason();
    }
    return outcome instanceof Outcome.Failed f ? f.reason() : null;
  }
}
