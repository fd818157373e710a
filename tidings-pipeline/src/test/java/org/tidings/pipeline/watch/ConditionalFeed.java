package org.tidings.pipeline.watch;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A feed that honours conditional GET as a well-behaved server does: every version has an {@code
 * ETag} and a {@code Last-Modified}; a request naming the current ones gets 304 and no body.
 */
final class ConditionalFeed implements LoopbackServer.Route {
  private volatile String body;
  private volatile int version;
  final AtomicInteger notModified = new AtomicInteger();

  ConditionalFeed(String body) {
    publish(body);
  }

  /** A new version of the feed, with a new ETag and date. */
  void publish(String newBody) {
    body = newBody;
    version++;
  }

  String etag() {
    return "\"v" + version + "\"";
  }

  String lastModified() {
    return "Mon, 0" + version + " Jun 2026 10:00:00 GMT";
  }

  @Override
  public void answer(HttpExchange ex) throws IOException {
    String etag = etag();
    String lastModified = lastModified();
    boolean fresh = etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))
        && lastModified.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"));
    ex.getResponseHeaders().set("ETag", etag);
    ex.getResponseHeaders().set("Last-Modified", lastModified);
    if (fresh) {
      notModified.incrementAndGet();
      ex.sendResponseHeaders(304, -1);
      return;
    }
    LoopbackServer.send(ex, 200, "application/rss+xml; charset=utf-8", body);
  }
}
