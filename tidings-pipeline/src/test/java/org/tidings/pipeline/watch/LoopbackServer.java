package org.tidings.pipeline.watch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server for tests, bound to 127.0.0.1 on a free port, whose answers a test changes
 * between polls. Every request is recorded with its headers. Unrouted paths answer 404.
 */
final class LoopbackServer implements AutoCloseable {

  /** One request as received. */
  record Request(String path, Headers headers) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** How one path answers. */
  interface Route {
    void answer(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    String key = query == null ? path : path + "?" + query;
    synchronized (requests) {
      requests.add(new Request(key, exchange.getRequestHeaders()));
    }
    try (exchange) {
      Route route = routes.get(key);
      if (route == null) {
        send(exchange, 404, "text/plain", "not found");
      } else {
        route.answer(exchange);
      }
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  void route(String path, Route route) {
    routes.put(path, route);
  }

  /** Requests for {@code path} so far. */
  List<Request> requests(String path) {
    synchronized (requests) {
      return requests.stream().filter(r -> r.path().equals(path)).toList();
    }
  }

  /** Every path requested so far, in order. */
  List<String> paths() {
    synchronized (requests) {
      return requests.stream().map(Request::path).toList();
    }
  }

  static Route ok(String type, String body) {
    return ex -> send(ex, 200, type, body);
  }

  static Route status(int code) {
    return ex -> send(ex, code, "text/plain", "status " + code);
  }

  static Route redirect(int code, String location) {
    return ex -> {
      ex.getResponseHeaders().set("Location", location);
      ex.sendResponseHeaders(code, -1);
    };
  }

  /** Answers after {@code millis}, too late for a short client timeout. */
  static Route slow(long millis, Route then) {
    return ex -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      then.answer(ex);
    };
  }

  static void send(HttpExchange ex, int code, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
