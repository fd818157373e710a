package org.tidings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tidings.server.ApiServer;
import org.tidings.server.ServerConfig;
import org.tidings.store.StoreLocation;
import org.tidings.store.StoreStats;
import org.tidings.store.search.IndexedEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidings serve [--port 7070] [--db URL] [--index DIR]}: the REST API over a store and its
 * search index, until interrupted (Ctrl-C). An embedded DuckDB store has one writer process, so
 * stop serving before ingesting into the same file.
 */
@Command(name = "serve", description = "Serve the REST API (events, quotes, actors, search, counts) over the store.")
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

  @Option(names = "--index", description = "The search index directory (default: beside a DuckDB file; required for PostgreSQL).")
  Path index;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port: expected 0..65535, got " + port);
    }
    if (rateLimit < 0) {
      throw new IllegalArgumentException("--rate-limit: expected 0 (off) or more, got " + rateLimit);
    }
    ServerConfig settings = ServerConfig.of(host, port).withNames(allowHosts, corsOrigins).withRateLimit(rateLimit);
    StoreLocation location = db == null ? StoreLocation.embeddedIn(DataDirectory.resolve()) : StoreLocation.parse(db);
    try (IndexedEventStore store = IndexedEventStore.open(location, index)) {
      serveUntilStopped(store, settings, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    return 0;
  }

  /**
   * Serves {@code store} until the JVM is asked to stop (Ctrl-C, SIGTERM), then stops the server
   * and closes the store before the JVM exits (the shutdown hook waits for it), so DuckDB and
   * Lucene end on a clean checkpoint.
   */
  static void serveUntilStopped(IndexedEventStore store, String host, int port, PrintWriter out, PrintWriter err)
      throws InterruptedException {
    serveUntilStopped(store, ServerConfig.of(host, port), out, err);
  }

  /** As {@link #serveUntilStopped(IndexedEventStore, String, int, PrintWriter, PrintWriter)}, configured. */
  static void serveUntilStopped(IndexedEventStore store, ServerConfig settings, PrintWriter out, PrintWriter err)
      throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch returned = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop.countDown();
      try {
        returned.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "tidings-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      serve(store, settings, out, err, stop);
    } finally {
      try {
        store.close();
      } finally {
        returned.countDown();
      }
    }
  }

  /**
   * Serves {@code store} until {@code stop} is counted down, printing where to look.
   *
   * @param port a TCP port, or 0 for any free one (the one taken is printed)
   */
  static void serve(IndexedEventStore store, String host, int port, PrintWriter out, PrintWriter err, CountDownLatch stop)
      throws InterruptedException {
    serve(store, ServerConfig.of(host, port), out, err, stop);
  }

  /** As {@link #serve(IndexedEventStore, String, int, PrintWriter, PrintWriter, CountDownLatch)}, configured. */
  static void serve(IndexedEventStore store, ServerConfig settings, PrintWriter out, PrintWriter err, CountDownLatch stop)
      throws InterruptedException {
    try (ApiServer server = ApiServer.start(store, settings)) {
      printWelcome(store, settings.host(), server.port(), out, err);
      stop.await();
    }
  }

  private static void printWelcome(IndexedEventStore store, String host, int port, PrintWriter out, PrintWriter err) {
    StoreStats stats = store.stats();
    String base = "http://" + (host.equals("127.0.0.1") || host.equals("0.0.0.0") ? "localhost" : host) + ":" + port;
    out.printf(Locale.ROOT, "Serving %d articles, %d events, %d quotes from %s at %s (Ctrl-C stops)%n",
        stats.coded(), stats.events(), stats.quotes(), store.backend(), base);
    out.println("Try:");
    out.println("  curl '" + base + "/api/events?country=RUS'        events in or involving Russia, with evidence sentences");
    out.println("  curl '" + base + "/api/search?q=%22prime+minister%22'   full-text search, phrases in quotes");
    out.println("  curl '" + base + "/api/quotes?speaker=minister'  quotes by speaker");
    out.println("  curl '" + base + "/api/actors?limit=10'          most reported actors");
    out.println("  curl '" + base + "/openapi.json'                 every endpoint and parameter (OpenAPI 3)");
    out.flush();
    long indexed = store.index().articles();
    if (indexed < stats.coded()) {
      err.printf(Locale.ROOT, "tidings: the search index holds %d of %d coded articles; ingest the same input again to index the rest%n",
          indexed, stats.coded());
      err.flush();
    }
  }
}
