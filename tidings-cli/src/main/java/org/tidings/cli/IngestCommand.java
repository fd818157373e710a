package org.tidings.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tidings.model.Outcome;
import org.tidings.pipeline.BatchRunner;
import org.tidings.pipeline.PipelineConfig;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;
import org.tidings.pipeline.output.DocumentJson;
import org.tidings.pipeline.places.PlaceResources;
import org.tidings.store.IngestResult;
import org.tidings.store.ParquetLoadResult;
import org.tidings.store.StoreLocation;
import org.tidings.store.StoreStats;
import org.tidings.store.search.IndexedEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidings ingest PATH [--out FILE.jsonl] [--db URL]}, or {@code tidings ingest --parquet DIR
 * [--db URL]} to load what {@code tidings spark run} wrote ({@link
 * org.tidings.store.EventStore#loadParquet}) instead of coding. Coding: a batch on all cores, one outcome per
 * input item in input order, written to a JSONL file, to the event store, or both. Without
 * {@code --out} the outcomes go to the store ({@code --db}, default the embedded DuckDB file in the
 * data directory). The JSONL output is written to a temporary file and moved into place at the
 * end, so an interrupted run never leaves a half-written file under the final name; the store
 * takes each article in its own transaction, so an interrupted run leaves whole articles only and
 * a re-run adds just the missing ones.
 */
@Command(name = "ingest", description = "Annotate a file or directory of articles; write one outcome per article to JSONL and/or the store.")
final class IngestCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", description = "A .txt or .jsonl file, or a directory of them.")
  Path input;

  @Option(names = "--parquet", paramLabel = "DIR", description = "Load the Parquet output of `tidings spark run`"
      + " (its --out directory) into the store instead of coding input: one transaction a day, nothing stored twice.")
  Path parquet;

  @Option(names = "--out", description = "Output JSONL file, one outcome per line.")
  Path out;

  @Option(names = "--db", description = "Store the outcomes: a DuckDB file or postgresql://... URL"
      + " (default without --out: the embedded store in the data directory).")
  String db;

  @Option(names = "--index", description = "The search index directory, kept in step with the store"
      + " (default: beside a DuckDB file; required for PostgreSQL).")
  Path index;

  @Mixin ServerOptions serverOptions = new ServerOptions();

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;

  @Mixin MetadataOptions metadata = new MetadataOptions();
  @Mixin PipelineOptions pipelineOptions = new PipelineOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PipelineConfig config = pipelineOptions.config();
    PlaceResources places = pipelineOptions.places();
    PrintWriter err = spec.commandLine().getErr();
    if ((input == null) == (parquet == null)) {
      throw new IllegalArgumentException("give either an input PATH to code or --parquet DIR to load");
    }
    if (parquet != null) {
      if (out != null || serverOptions.given()) {
        throw new IllegalArgumentException("--parquet loads into a store (--db): it excludes --out and --server");
      }
      return loadParquet();
    }
    if (serverOptions.given()) {
      if (out != null || db != null || index != null) {
        throw new IllegalArgumentException("--server excludes --out, --db and --index: the server codes and stores the articles");
      }
      ServerClient client = serverOptions.client();
      Summary summary = send(input, client, config, metadata, !noProgress, err);
      spec.commandLine().getOut().println(summary.line(serverOptions.server));
      return 0;
    }
    if (out != null && db == null) {
      Summary summary = ingest(input, out, null, config, places, metadata, !noProgress, err);
      spec.commandLine().getOut().println(summary.line(out));
      return 0;
    }
    StoreLocation location = StoreArgs.location(db);
    // Every article stored is indexed in the same step: the store and its search index move together.
    try (IndexedEventStore store = IndexedEventStore.open(location, index)) {
      Summary summary = ingest(input, out, store, config, places, metadata, !noProgress, err);
      StoreStats stats = store.stats();
      spec.commandLine().getOut().println(summary.line(out == null ? location.toString() : out + " and " + location)
          + String.format(java.util.Locale.ROOT, "; %d new, %d already stored (store: %d coded articles, %d skipped or failed,"
              + " %d events, %d mentions, %d quotes)", summary.stored(), summary.unchanged(),
              stats.coded(), stats.articles() - stats.coded(), stats.events(), stats.mentions(), stats.quotes())
          + String.format(java.util.Locale.ROOT, "; %d articles searchable", store.index().articles()));
    }
    return 0;
  }

  /** Loads the Spark job's Parquet tables into the store and its search index. */
  private int loadParquet() {
    StoreLocation location = StoreArgs.location(db);
    long start = System.nanoTime();
    try (IndexedEventStore store = IndexedEventStore.open(location, index)) {
      ParquetLoadResult r = store.loadParquet(parquet);
      StoreStats stats = store.stats();
      spec.commandLine().getOut().println(String.format(java.util.Locale.ROOT,
          "%s: %d days, %d articles stored, %d already stored; %d events, %d mentions added in %.1f s -> %s"
              + " (store: %d coded articles, %d events, %d mentions); %d articles searchable",
          parquet, r.days(), r.stored(), r.unchanged(), r.events(), r.mentions(), (System.nanoTime() - start) / 1e9,
          location, stats.coded(), stats.events(), stats.mentions(), store.index().articles()));
    }
    return 0;
  }

  /**
   * Counts of outcomes by kind (a coded article the store refused counts as failed), and of what
   * the store did with them: newly stored or replacing a skipped or failed copy, or already there.
   */
  record Summary(int coded, int skipped, int failed, int stored, int unchanged, long millis) {
    String line(Object out) {
      return String.format(
          java.util.Locale.ROOT,
          "%d articles: %d coded, %d skipped, %d failed in %.1f s -> %s",
          coded + skipped + failed, coded, skipped, failed, millis / 1000.0, out);
    }
  }

  /** Articles sent to the server in one request: it codes them all before it answers (seconds an article). */
  static final int SERVER_BATCH = 5;

  /**
   * Reads {@code input} here and sends its articles to the server in batches, counting the outcomes
   * it answers with; input rejected here is sent too (the server stores it as rejected, with the
   * reason), so the server's store holds one outcome per item as a local ingest would.
   */
  static Summary send(Path input, ServerClient client, PipelineConfig config, MetadataOptions metadata,
      boolean progress, PrintWriter err) {
    InputReader reader = new InputReader(new TextCleaner(config.maxChars()), metadata.defaults());
    int[] counts = new int[3];
    long start = System.nanoTime();
    ProgressBar bar = new ProgressBar(err, progress);
    java.util.List<String> batch = new java.util.ArrayList<>();
    Runnable flush = () -> {
      for (var result : client.post(batch)) {
        String outcome = result.path("outcome").asText();
        counts["coded".equals(outcome) ? 0 : "skipped".equals(outcome) ? 1 : 2]++;
        if (!"coded".equals(outcome)) {
          bar.note(outcome + " " + result.path("origin").asText() + ": " + result.path("reason").asText());
        }
        bar.step(counts[0], counts[1], counts[2]);
      }
      batch.clear();
    };
    try (Stream<InputItem> items = reader.read(input)) {
      items.forEach(item -> {
        batch.add(ServerClient.record(item));
        if (batch.size() == SERVER_BATCH) {
          flush.run();
        }
      });
    }
    if (!batch.isEmpty()) {
      flush.run();
    }
    bar.finish();
    // the server's answer does not say which articles it already held: stored and unchanged are not counted here
    return new Summary(counts[0], counts[1], counts[2], 0, 0, (System.nanoTime() - start) / 1_000_000);
  }

  static Summary ingest(
      Path input, Path out, PipelineConfig config, PlaceResources places,
      MetadataOptions metadata, boolean progress, PrintWriter err)
      throws IOException {
    return ingest(input, out, null, config, places, metadata, progress, err);
  }

  /**
   * Runs the batch, writing each outcome to {@code out} (a JSONL file, or null for none) and to
   * {@code store} (or null for none), each article in its own store transaction.
   */
  static Summary ingest(
      Path input, Path out, IndexedEventStore store, PipelineConfig config, PlaceResources places,
      MetadataOptions metadata, boolean progress, PrintWriter err)
      throws IOException {
    InputReader reader = new InputReader(new TextCleaner(config.maxChars()), metadata.defaults());
    Path tmp = null;
    if (out != null) {
      Path parent = out.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      tmp = Files.createTempFile(parent, out.getFileName().toString(), ".part");
    }
    Path partial = tmp;
    int[] counts = new int[3];
    int[] storeCounts = new int[2];
    long start = System.nanoTime();
    ProgressBar bar = new ProgressBar(err, progress);
    // One set of models, gazetteer, dictionaries and WordNet for all workers.
    PipelineResources resources = PipelineResources.load(config.annotator(), places);
    try (Stream<InputItem> items = reader.read(input);
        BufferedWriter w = new BufferedWriter(
            partial == null ? Writer.nullWriter() : Files.newBufferedWriter(partial, StandardCharsets.UTF_8));
        BatchRunner runner =
            new BatchRunner(
                config.effectiveThreads(),
                () -> Pipelines.standard(resources, config.events()),
                BatchRunner.window(config.effectiveThreads()))) {
      runner.run(
          items.iterator(),
          outcome -> {
            int kind = outcome instanceof Outcome.Coded ? 0 : outcome instanceof Outcome.Skipped ? 1 : 2;
            if (store != null) {
              IngestResult result = store.ingest(outcome);
              storeCounts[result.status() == IngestResult.Status.UNCHANGED ? 1 : 0]++;
              if (result.status() == IngestResult.Status.REJECTED) {
                kind = 2;
                bar.note("failed " + outcome.origin() + ": the store refused its annotations (stored as failed)");
              }
            }
            counts[kind]++;
            if (!(outcome instanceof Outcome.Coded)) {
              var json = DocumentJson.outcome(outcome);
              bar.note(json.get("outcome").asText() + " " + outcome.origin() + ": " + json.get("reason").asText());
            }
            if (out != null) {
              try {
                w.write(DocumentJson.MAPPER.writeValueAsString(DocumentJson.outcome(outcome)));
                w.newLine();
              } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + partial, e);
              }
            }
            bar.step(counts[0], counts[1], counts[2]);
          });
    } catch (RuntimeException | IOException e) {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
      throw e;
    }
    bar.finish();
    if (tmp != null) {
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return new Summary(counts[0], counts[1], counts[2], storeCounts[0], storeCounts[1], (System.nanoTime() - start) / 1_000_000);
  }
}
