package org.tidings.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.tidings.model.Article;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.output.DocumentJson;
import org.tidings.server.BearerToken;

/**
 * Sends articles to a running {@code tidings serve} ({@code POST /api/articles}) instead of opening
 * its store, which the serving process holds: for {@code ingest --server} and {@code watch
 * --server}. The server codes, stores and indexes them.
 *
 * <p>Thread-safe.
 */
final class ServerClient {
  private final URI endpoint;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ServerClient(URI endpoint, String token) {
    this.endpoint = endpoint;
    this.token = token;
  }

  /**
   * A client of the server at {@code url} (e.g. {@code http://localhost:7070}) with the token in
   * {@code tokenFile}.
   *
   * @throws IllegalArgumentException when the URL is not http(s) or the token file is missing or blank
   */
  static ServerClient of(String url, Path tokenFile) {
    URI base;
    try {
      base = URI.create(url.endsWith("/") ? url : url + "/");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--server: not a URL: '" + url + "'", e);
    }
    if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme()) || base.getHost() == null) {
      throw new IllegalArgumentException("--server: expected http://HOST:PORT, got '" + url + "'");
    }
    if (!java.nio.file.Files.isRegularFile(tokenFile)) {
      throw new IllegalArgumentException("--token-file: " + tokenFile + " does not exist; give the token file the server"
          + " printed at start (tidings serve --token-file FILE)");
    }
    return new ServerClient(base.resolve("api/articles"), BearerToken.read(tokenFile).value());
  }

  /**
   * The record sent for an item: a read article's fields in the JSONL input format, or, for input
   * rejected here, its outcome (which the server stores as rejected, with the reason).
   */
  static String record(InputItem item) {
    try {
      if (item instanceof InputItem.Read read) {
        Article a = read.article();
        ObjectNode n = DocumentJson.MAPPER.createObjectNode();
        n.put("id", a.externalId());
        n.put("url", a.url());
        n.put("source", a.source());
        n.put("title", a.title());
        n.put("published", a.published() == null ? null : a.published().toString());
        n.put("language", a.language());
        n.put("text", a.text());
        return DocumentJson.MAPPER.writeValueAsString(n);
      }
      ObjectNode outcome = DocumentJson.outcome(((InputItem.Rejected) item).toOutcome());
      outcome.put("reason", outcome.path("reason").asText() + " (" + item.origin() + ")");
      return DocumentJson.MAPPER.writeValueAsString(outcome);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON record", e);
    }
  }

  /**
   * Posts {@code records} as one JSON Lines batch; returns the server's result for each, in order.
   *
   * @throws UncheckedIOException when the server cannot be reached or refuses the batch (with its message)
   */
  List<JsonNode> post(List<String> records) {
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/x-ndjson")
        .timeout(Duration.ofMinutes(30)) // the server codes the batch before it answers
        .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", records)))
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot send articles to " + endpoint + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException("interrupted while sending articles to " + endpoint, new IOException(e));
    }
    JsonNode body;
    try {
      body = DocumentJson.MAPPER.readTree(response.body());
    } catch (JsonProcessingException e) {
      body = null;
    }
    if (response.statusCode() != 200 || body == null || !body.path("results").isArray()) {
      String message = body != null && body.hasNonNull("message") ? body.get("message").asText() : response.body();
      throw new UncheckedIOException(endpoint + " answered " + response.statusCode() + ": " + message,
          new IOException("HTTP " + response.statusCode()));
    }
    List<JsonNode> results = new ArrayList<>();
    body.get("results").forEach(results::add);
    return results;
  }
}
