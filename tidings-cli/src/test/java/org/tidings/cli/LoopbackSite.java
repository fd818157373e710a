package org.tidings.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real web site on loopback (the JDK's HTTP server) for the watcher's tests: pages put at paths,
 * which may be replaced while it runs (a feed that gains an item), 404 elsewhere, and a count of the
 * requests of each path.
 */
final class LoopbackSite implements AutoCloseable {
  private record Page(String type, String body) {}

  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  LoopbackSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  /** Serves {@code body} as {@code type} at {@code path} from now on. */
  void put(String path, String type, String body) {
    pages.put(path, new Page(type, body));
  }

  /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** How many requests {@code path} had. */
  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  private void answer(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    Page page = pages.getOrDefault(path, new Page("text/plain", "not found"));
    byte[] bytes = page.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", page.type());
    ex.sendResponseHeaders(pages.containsKey(path) ? 200 : 404, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
