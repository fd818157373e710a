package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.StoreLocation;
import org.tidings.store.search.IndexedEventStore;

/**
 * The server cannot be turned against its user: real servers on free loopback ports over an empty
 * DuckDB store, spoken to over raw sockets so that every header (Host, Origin) is the test's own.
 */
class HardeningTest {
  @TempDir static Path dir;
  static IndexedEventStore store;
  static ApiServer plain;
  static ApiServer named;
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<ApiServer> servers = new ArrayList<>();

  @BeforeAll
  static void start() {
    store = IndexedEventStore.open(StoreLocation.parse(dir.resolve("hard.duckdb").toString()), null);
    plain = started(ServerConfig.of("127.0.0.1", 0).withRateLimit(0));
    named = started(ServerConfig.of("127.0.0.1", 0).withRateLimit(0)
        .withNames(List.of("news.example", "Tidings.Local:8443"), List.of("https://dash.example")));
  }

  static ApiServer started(ServerConfig config) {
    ApiServer s = ApiServer.start(store, config);
    servers.add(s);
    return s;
  }

  @AfterAll
  static void stop() {
    servers.forEach(ApiServer::stop);
    if (store != null) {
      store.close();
    }
  }

  /** One HTTP exchange as the bytes went: status, headers (lower-case names), body. */
  record Reply(int status, Map<String, String> headers, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and reads
   * the reply, framed by its Content-Length or chunks (a server that refuses a body unread need not
   * close the connection).
   */
  static Reply raw(ApiServer server, String head) throws IOException {
    return raw(server, head, new byte[0]);
  }

  /** As {@link #raw(ApiServer, String)}, then {@code requestBody} after the head. */
  static Reply raw(ApiServer server, String head, byte[] requestBody) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(requestBody);
      out.flush();
      InputStream in = new BufferedInputStream(s.getInputStream());
      String[] lines = readHead(in).split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
      }
      String body;
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        body = readChunks(in);
      } else if (headers.containsKey("content-length")) {
        body = new String(in.readNBytes(Integer.parseInt(headers.get("content-length"))), StandardCharsets.UTF_8);
      } else {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed in the reply's head: " + head);
      }
      head.append((char) b);
    }
    return head.substring(0, head.length() - 4);
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      line.append((char) b);
    }
    return line.toString().strip();
  }

  private static String readChunks(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (int size = Integer.parseInt(readLine(in), 16); size > 0; size = Integer.parseInt(readLine(in), 16)) {
      body.writeBytes(in.readNBytes(size));
      readLine(in);
    }
    return body.toString(StandardCharsets.UTF_8);
  }

  static Reply get(ApiServer server, String path, String host, String... moreHeaders) throws IOException {
    StringBuilder head = new StringBuilder("GET " + path + " HTTP/1.1");
    if (host != null) {
      head.append("\r\nHost: ").append(host);
    }
    for (String h : moreHeaders) {
      head.append("\r\n").append(h);
    }
    return raw(server, head.toString());
  }

  static String local(ApiServer server) {
    return "127.0.0.1:" + server.port();
  }

  static void assertRefused(Reply r, int status, String messagePart) throws IOException {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.header("Content-Type").startsWith("application/json"), r.headers().toString());
    assertEquals(status, r.json().get("status").asInt());
    assertTrue(r.json().get("message").asText().contains(messagePart), r.json().get("message").asText());
  }

  @Test
  void aHostNameRebindingToThisMachineIsRefused() throws IOException {
    int port = plain.port();
    assertRefused(get(plain, "/api/events", "attacker.example:" + port), 403, "requests for host 'attacker.example:" + port);
    assertRefused(get(plain, "/api/events", "attacker.example"), 403, "refused");
    assertRefused(get(plain, "/api/events", "localhost:" + (port + 1)), 403, "refused");
    assertRefused(get(plain, "/api/events", "127.0.0.1"), 403, "refused");
    assertRefused(raw(plain, "GET /api/events HTTP/1.0"), 403, "refused");
    assertRefused(get(plain, "/openapi.json", "news.example:" + port), 403, "refused");
    for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port)) {
      assertEquals(200, get(plain, "/api/events", host).status(), host);
    }
  }

  @Test
  void configuredNamesAreAnswered() throws IOException {
    int port = named.port();
    assertEquals(200, get(named, "/api/events", "news.example:" + port).status());
    assertEquals(200, get(named, "/api/events", "news.example").status(), "a configured name without a port: any port (a proxy's)");
    assertEquals(200, get(named, "/api/events", "tidings.local:8443").status());
    assertRefused(get(named, "/api/events", "tidings.local:9999"), 403, "refused");
    assertRefused(get(named, "/api/events", "evil.news.example"), 403, "refused");
  }

  @Test
  void noCorsUnlessConfigured() throws IOException {
    Reply sameOrigin = get(plain, "/api/events", local(plain), "Origin: http://" + local(plain));
    assertEquals(200, sameOrigin.status(), sameOrigin.body());
    assertNoCorsHeaders(sameOrigin);
    assertRefused(get(plain, "/api/events", local(plain), "Origin: https://attacker.example"), 403, "cross-origin request");
    assertRefused(get(plain, "/api/events", local(plain), "Origin: null"), 403, "cross-origin request");
    Reply preflight = raw(plain, "OPTIONS /api/events HTTP/1.1\r\nHost: " + local(plain)
        + "\r\nOrigin: https://attacker.example\r\nAccess-Control-Request-Method: GET");
    assertEquals(403, preflight.status());
    assertNoCorsHeaders(preflight);
    assertNoCorsHeaders(get(named, "/api/events", local(named), "Origin: https://other.example"));
  }

  @Test
  void aConfiguredOriginGetsCorsHeaders() throws IOException {
    Reply r = get(named, "/api/events", local(named), "Origin: https://dash.example");
    assertEquals(200, r.status(), r.body());
    assertEquals("https://dash.example", r.header("Access-Control-Allow-Origin"));
    assertEquals("Origin", r.header("Vary"));
    Reply preflight = raw(named, "OPTIONS /api/events HTTP/1.1\r\nHost: " + local(named)
        + "\r\nOrigin: https://dash.example\r\nAccess-Control-Request-Method: GET");
    assertEquals(204, preflight.status(), preflight.body());
    assertEquals("GET, HEAD", preflight.header("Access-Control-Allow-Methods"));
    assertEquals("https://dash.example", preflight.header("Access-Control-Allow-Origin"));
  }

  static void assertNoCorsHeaders(Reply r) {
    r.headers().keySet().forEach(h -> assertFalse(h.startsWith("access-control-"), "no CORS header: " + h));
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws IOException {
    String host = local(plain);
    List<Reply> replies = List.of(
        get(plain, "/api/events", host),
        get(plain, "/openapi.json", host),
        get(plain, "/", host), // the web page (static files) once there is one
        get(plain, "/api/nothing", host),
        get(plain, "/api/events?limit=ten", host),
        get(plain, "/api/events", "attacker.example"),
        raw(plain, "DELETE /api/events HTTP/1.1\r\nHost: " + host),
        raw(plain, "GET /api/events HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 70000", new byte[70_000]));
    for (Reply r : replies) {
      String csp = r.header("Content-Security-Policy");
      assertNotNull(csp, r.status() + " " + r.headers());
      assertTrue(csp.startsWith("default-src 'self'"), csp);
      assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"), csp);
      assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
      assertEquals("nosniff", r.header("X-Content-Type-Options"));
      assertEquals("DENY", r.header("X-Frame-Options"));
      assertEquals("no-referrer", r.header("Referrer-Policy"));
    }
    List<Integer> statuses = new ArrayList<>(replies.stream().map(Reply::status).toList());
    statuses.remove(2);
    assertEquals(List.of(200, 200, 404, 400, 403, 405, 413), statuses);
  }

  @Test
  void aClientOverItsRateIsToldWhenToComeBack() throws IOException, InterruptedException {
    ApiServer limited = started(ServerConfig.of("127.0.0.1", 0).withRateLimit(1));
    List<Integer> statuses = new ArrayList<>();
    Reply refused = null;
    for (int i = 0; i < 6; i++) {
      Reply r = get(limited, "/api/events", local(limited));
      statuses.add(r.status());
      if (r.status() == 429) {
        refused = r;
      }
    }
    assertEquals(200, statuses.get(0), statuses.toString());
    assertNotNull(refused, "a burst of 2 then 1 a second: six at once are not all answered " + statuses);
    assertRefused(refused, 429, "too many requests from 127.0.0.1");
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
    assertEquals("nosniff", refused.header("X-Content-Type-Options"));
    Thread.sleep(retryAfter * 1000 + 100);
    assertEquals(200, get(limited, "/api/events", local(limited)).status(), "answered again after Retry-After");
  }

  @Test
  void requestBodiesAndAnswersAreBounded() throws IOException {
    assertRefused(raw(plain, "GET /api/events HTTP/1.1\r\nHost: " + local(plain) + "\r\nContent-Length: 70000", new byte[70_000]),
        413, "request body of 70000 bytes is too large");
    assertRefused(raw(plain, "GET /api/events HTTP/1.1\r\nHost: " + local(plain) + "\r\nTransfer-Encoding: chunked",
        "5\r\nhello\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
        400, "takes no request body");
    ApiServer small = started(ServerConfig.of("127.0.0.1", 0).withRateLimit(0).withMaxResponseBytes(2000));
    assertRefused(get(small, "/openapi.json", local(small)), 400, "the answer would be larger than 2000 bytes");
    Reply fits = get(small, "/api/events", local(small));
    assertEquals(200, fits.status(), fits.body());
    assertTrue(fits.json().get("items").isArray());
    assertTrue(get(plain, "/openapi.json", local(plain)).body().length() > 2000, "the same answer, unbounded");
  }

  @Test
  void noAnswerShowsAStackTraceOrAPath() throws IOException {
    String host = local(plain);
    List<Reply> replies = new ArrayList<>(List.of(
        get(plain, "/api/events?actor=%zz", host),
        get(plain, "/api/events/abc", host),
        get(plain, "/api/events/99999999999999999999999", host),
        get(plain, "/api/events?after=%00%ff", host),
        get(plain, "/api/search?q=" + "%28".repeat(50), host),
        get(plain, "/api/nothing/../../etc/passwd", host),
        get(plain, "/api/events", host, "Content-Length: abc"),
        raw(plain, "GARBAGE"),
        raw(plain, "GET /api/events HTTP/1.1\r\nHost: " + host + "\r\nBad Header With Spaces: x"),
        get(plain, "/api/events?q=" + "x".repeat(20_000), host),
        get(plain, "/api/events", host, "X-Long: " + "y".repeat(20_000))));
    assertRefused(replies.get(0), 400, "malformed percent-encoding");
    for (Reply r : replies) {
      assertTrue(r.status() >= 400 && r.status() < 500, r.status() + " " + r.body());
      assertClean(r);
    }
  }

  @Test
  void aFailingStoreIsReportedWithoutItsInsides() throws IOException {
    Path file = dir.resolve("closed.duckdb");
    IndexedEventStore closed = IndexedEventStore.open(StoreLocation.parse(file.toString()), null);
    try (ApiServer over = ApiServer.start(closed, ServerConfig.of("127.0.0.1", 0))) {
      closed.close();
      Reply r = get(over, "/api/events", local(over));
      assertTrue(r.status() >= 500, r.status() + " " + r.body());
      assertClean(r);
      assertFalse(r.body().contains("closed.duckdb"), r.body());
    }
  }

  static void assertClean(Reply r) {
    String body = r.body();
    for (String leak : List.of("\tat ", "at org.", "at java.", ".java:", "Exception", "/work/", "/tmp/", "jetty", "javalin")) {
      assertFalse(body.toLowerCase(Locale.ROOT).contains(leak.toLowerCase(Locale.ROOT)), "'" + leak + "' in: " + body);
    }
    assertNull(r.header("X-Powered-By"));
  }
}
