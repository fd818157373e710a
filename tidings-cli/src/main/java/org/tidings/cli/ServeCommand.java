package org.tidings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.tidings.pipeline.PipelineConfig;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;
import org.tidings.pipeline.places.PlaceResources;
import org.tidings.pipeline.watch.FeedSubscription;
import org.tidings.pipeline.watch.FeedWatcher;
import org.tidings.pipeline.watch.WatchClock;
import org.tidings.server.ApiServer;
import org.tidings.server.BearerToken;
import org.tidings.server.ServerConfig;
import org.tidings.store.StoreLocation;
import org.tidings.store.StoreStats;
import org.tidings.store.search.IndexedEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidings serve [--port 7070] [--db URL] [--index DIR] [--watch FEEDS.txt]}: the REST API
 * over a store and its search index, until interrupted (Ctrl-C). The serving process owns the
 * store: it takes new articles itself, from its own feed watcher ({@code --watch}) and from clients
 * holding its bearer token ({@code POST /api/articles}, which {@code ingest --server} and {@code
 * watch --server} use), coding, storing and indexing each through one {@link LiveIngest}.
 */
@Command(name = "serve", description = "Serve the REST API over the store; take new articles from feeds (--watch) and POST /api/articles.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "7070", description = "TCP port (default ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String host;

  @Option(names = "--allow-host", paramLabel = "NAME[:PORT]",
      description = "A further name clients may use for this server in the Host header (repeatable); requests for any other host are refused (DNS rebinding).")
  List<String> allowHosts = new ArrayList<>();

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "An origin (https://dashboard.example) whose web pages may read the API (repeatable; default none: no CORS).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--rate-limit", paramLabel = "PER_SECOND", defaultValue = "" + ServerConfig.DEFAULT_RATE,
      description = "Requests per second one client may make, bursts of twice that (default ${DEFAULT-VALUE}; 0 turns the limit off).")
  int rateLimit;

  @Option(names = "--db", description = "The store: a DuckDB file or postgresql://... URL (default: the embedded store in the data directory).")
  String db;

  @Option(names = "--create", description = "Create the DuckDB store when it does not exist (without it, a missing store file is an error).")
  boolean create;

  @Option(names = "--index", description = "The search index directory (default: beside a DuckDB file; required for PostgreSQL).")
  Path index;

  @Option(names = "--watch", description = "Feeds file (as for `tidings watch`): watch these feeds in this process and"
      + " code, store and index every new item in the store being served.")
  Path watch;

  @Option(names = "--token-file", description = "Bearer token that POST /api/articles requires, created (owner-only)"
      + " when missing (default: DATA/server.token).")
  Path tokenFile;

  @Mixin WatchOptions watchOptions = new WatchOptions();
  @Mixin PipelineOptions pipelineOptions = new PipelineOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /**
   * What a serving process writes with: the intake behind {@code POST /api/articles} and, when
   * watching, the feed watcher feeding the same intake.
   *
   * @param writes the intake and its token, never null
   * @param watcher the feed watcher, or null when not watching
   * @param feeds how many feeds it watches (0 when not watching)
   */
  record Live(ApiServer.Writes writes, FeedWatcher watcher, int feeds) {}

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port: expected 0..65535, got " + port);
    }
    if (rateLimit < 0) {
      throw new IllegalArgumentException("--rate-limit: expected 0 (off) or more, got " + rateLimit);
    }
    ServerConfig settings = ServerConfig.of(host, port).withNames(allowHosts, corsOrigins).withRateLimit(rateLimit);
    StoreLocation location = create ? StoreArgs.location(db) : StoreArgs.existing(db, "serve a new, empty one with --create");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CountDownLatch stop = new CountDownLatch(1);
    List<FeedSubscription> feeds = watch == null ? List.of() : FeedSubscription.readAll(watch);
    watchOptions.settings(); // refuses bad intervals before the store is opened
    try (IndexedEventStore store = IndexedEventStore.open(location, index)) {
      serveUntilStopped(store, settings, out, err, live(store, feeds, stop, err), stop);
    }
    return 0;
  }

  /** The write side over {@code store}: the intake, the token and, for {@code --watch}, the watcher. */
  Live live(IndexedEventStore store, List<FeedSubscription> feeds, CountDownLatch stop, PrintWriter err) {
    BearerToken token = BearerToken.loadOrCreate(tokenFile != null ? tokenFile : DataDirectory.token());
    if (token.readableByOthers()) {
      err.println("tidings: other users can read the token file " + token.file() + ", and so write to this store;"
          + " chmod 600 it");
    }
    PipelineConfig config = pipelineOptions.config();
    PlaceResources places = pipelineOptions.places();
    Consumer<String> log = line -> {
      err.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
      err.flush();
    };
    LiveIngest intake = new LiveIngest(store,
        () -> Pipelines.standard(PipelineResources.load(config.annotator(), places), config.events()),
        new InputReader(new TextCleaner(config.maxChars()), org.tidings.pipeline.extract.InputDefaults.NONE), log);
    FeedWatcher watcher = feeds.isEmpty() ? null
        : watchOptions.watcher(feeds, config.maxChars(), intake, log, WatchClock.until(stop));
    return new Live(new ApiServer.Writes(intake, token), watcher, feeds.size());
  }

  /**
   * Serves {@code store} until the JVM is asked to stop (Ctrl-C, SIGTERM), then stops the server
   * and closes the store before the JVM exits (the shutdown hook waits for it), so DuckDB and
   * Lucene end on a clean checkpoint.
   *
   * @param live the write side, or null to serve read-only
   * @param stop counted down by the shutdown hook; the watcher's waits end on it too
   */
  static void serveUntilStopped(IndexedEventStore store, String host, int port, PrintWriter out, PrintWriter err,
      Live live, CountDownLatch stop) throws InterruptedException {
    serveUntilStopped(store, ServerConfig.of(host, port), out, err, live, stop);
  }

  /** As {@link #serveUntilStopped(IndexedEventStore, String, int, PrintWriter, PrintWriter, Live, CountDownLatch)}, configured. */
  static void serveUntilStopped(IndexedEventStore store, ServerConfig settings, PrintWriter out, PrintWriter err,
      Live live, CountDownLatch stop) throws InterruptedException {
    CountDownLatch returned = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop.countDown();
      try {
        returned.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "tidings-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      serve(store, settings, out, err, stop, live);
    } finally {
      try {
        store.close();
      } finally {
        returned.countDown();
      }
    }
  }

  /** Serves {@code store} read-only until {@code stop} is counted down; see {@link #serve(IndexedEventStore, String, int, PrintWriter, PrintWriter, CountDownLatch, Live)}. */
  static void serve(IndexedEventStore store, String host, int port, PrintWriter out, PrintWriter err, CountDownLatch stop)
      throws InterruptedException {
    serve(store, host, port, out, err, stop, null);
  }

  /**
   * Serves {@code store} until {@code stop} is counted down, printing where to look; with {@code
   * live}, also takes articles and runs the watcher on a thread of its own, which finishes the item
   * in hand before the store may be closed.
   *
   * @param port a TCP port, or 0 for any free one (the one taken is printed)
   */
  static void serve(IndexedEventStore store, String host, int port, PrintWriter out, PrintWriter err, CountDownLatch stop,
      Live live) throws InterruptedException {
    serve(store, ServerConfig.of(host, port), out, err, stop, live);
  }

  /**
   * As {@link #serve(IndexedEventStore, String, int, PrintWriter, PrintWriter, CountDownLatch, Live)},
   * with the server's names, CORS origins and limits as {@code settings} say.
   */
  static void serve(IndexedEventStore store, ServerConfig settings, PrintWriter out, PrintWriter err, CountDownLatch stop,
      Live live) throws InterruptedException {
    catchUpIndex(store, err);
    Thread watching = null;
    try (ApiServer server = ApiServer.start(store, settings, live == null ? null : live.writes())) {
      printWelcome(store, settings.host(), server.port(), out);
      if (live != null) {
        out.println("Articles in: POST /api/articles with 'Authorization: Bearer TOKEN', the token in "
            + live.writes().token().file().toAbsolutePath() + " (or `tidings ingest --server`, `tidings watch --server`)");
        if (live.watcher() != null) {
          out.println("Watching " + live.feeds() + " feeds: new items are coded, stored and indexed here");
          watching = new Thread(() -> watchUntilStopped(live.watcher(), stop, err), "tidings-serve-watch");
          watching.start();
        }
        out.flush();
      }
      stop.await();
    } finally {
      stop.countDown();
      if (watching != null) {
        watching.join(TimeUnit.MINUTES.toMillis(2));
      }
    }
  }

  /** Runs the watcher until {@code stop}; a round that fails (the store refusing, say) is logged and retried a minute later. */
  private static void watchUntilStopped(FeedWatcher watcher, CountDownLatch stop, PrintWriter err) {
    while (stop.getCount() > 0) {
      try {
        watcher.run();
        return; // interrupted: stopping
      } catch (RuntimeException e) {
        err.println("tidings: the feed watcher failed, retrying in a minute: " + e);
        err.flush();
        try {
          if (stop.await(1, TimeUnit.MINUTES)) {
            return;
          }
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  private static void printWelcome(IndexedEventStore store, String host, int port, PrintWriter out) {
    StoreStats stats = store.stats();
    String base = "http://" + (host.equals("127.0.0.1") || host.equals("0.0.0.0") ? "localhost" : host) + ":" + port;
    out.printf(Locale.ROOT, "Serving %d articles, %d events, %d quotes from %s at %s (Ctrl-C stops)%n",
        stats.coded(), stats.events(), stats.quotes(), store.backend(), base);
    out.println("Open " + base + "/ in a browser: the events on a map, a timeline, the actor network, every event in its article");
    out.println("Or try:");
    out.println("  curl '" + base + "/api/events?country=RUS'        events in or involving Russia, with evidence sentences");
    out.println("  curl '" + base + "/api/search?q=%22prime+minister%22'   full-text search, phrases in quotes");
    out.println("  curl '" + base + "/api/quotes?speaker=minister'  quotes by speaker");
    out.println("  curl '" + base + "/api/actors?limit=10'          most reported actors");
    out.println("  curl '" + base + "/openapi.json'                 every endpoint and parameter (OpenAPI 3)");
    out.flush();
  }

  /**
   * Indexes the stored articles the search index lacks (a store written by an older version, or a
   * process killed between storing and indexing), saying so when there were any.
   */
  static void catchUpIndex(IndexedEventStore store, PrintWriter err) {
    long before = store.index().articles();
    long added = store.catchUpIndex();
    if (added > 0) {
      err.printf(Locale.ROOT, "tidings: the search index held %d of %d coded articles; indexed the %d missing%n",
          before, store.stats().coded(), added);
      err.flush();
    }
  }
}
