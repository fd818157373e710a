package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests refused before or while their parameters are read still get the documented JSON error:
 * a URI or headers too large for Jetty (414, 431), a malformed percent-encoding.
 */
class RefusedRequestsTest {
  @TempDir static Path dir;
  static TestServer api;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    api = TestServer.start(dir.resolve("refused.duckdb"), List.of());
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
  }

  /** An answer: status, content type, body. */
  record Reply(int status, String contentType, String body) {}

  static JsonNode jsonError(Reply r, int status) throws Exception {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    JsonNode body = JSON.readTree(r.body());
    assertEquals(status, body.get("status").asInt());
    return body;
  }

  static Reply send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  static HttpRequest.Builder get(String pathAndQuery) {
    return HttpRequest.newBuilder(api.uri(pathAndQuery));
  }

  @Test
  void aUriTooLongIsAJson414() throws Exception {
    JsonNode e = jsonError(send(get("/api/search?q=" + "a".repeat(20_000))), 414);
    assertTrue(e.get("message").asText().startsWith("the request URI is too long"), e.toString());
  }

  @Test
  void headersTooLargeAreAJson431() throws Exception {
    JsonNode e = jsonError(send(get("/api/events").header("X-Padding", "b".repeat(20_000))), 431);
    assertEquals("the request headers are too large", e.get("message").asText());
  }

  /**
   * A GET sent as written, over HTTP/1.0 (java.net.URI refuses to build a malformed one), naming
   * the server with its port as the Host check requires.
   */
  static Reply raw(String pathAndQuery) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", api.server.port())) {
      socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.0\r\nHost: 127.0.0.1:" + api.server.port() + "\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int split = answer.indexOf("\r\n\r\n");
      String type = "";
      for (String line : answer.substring(0, split).split("\r\n")) {
        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
          type = line.substring("content-type:".length()).strip();
        }
      }
      return new Reply(Integer.parseInt(answer.substring(9, 12)), type, answer.substring(split + 4));
    }
  }

  @Test
  void aMalformedPercentEncodingIsNamed() throws Exception {
    JsonNode e = jsonError(raw("/api/search?q=%ZZ"), 400);
    assertTrue(e.get("message").asText().startsWith("malformed percent-encoding '%ZZ' in 'q=%ZZ'"), e.toString());
    JsonNode notUtf8 = jsonError(raw("/api/search?q=%C3%28"), 400);
    assertTrue(notUtf8.get("message").asText().contains("not UTF-8"), notUtf8.toString());
    assertEquals(200, raw("/api/search?q=%25ZZ").status(), "a literal % written as %25 is searched for");
  }
}
