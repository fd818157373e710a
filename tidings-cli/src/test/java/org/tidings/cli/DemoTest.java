package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.pipeline.output.DocumentJson;
import org.tidings.store.StoreLocation;
import org.tidings.store.StoreStats;
import org.tidings.store.search.IndexedEventStore;

/**
 * {@code demo} end to end with real CoreNLP, DuckDB and Lucene: the bundled sample is coded,
 * stored and indexed; a second run changes nothing; the API then serves it over HTTP.
 */
class DemoTest {
  @TempDir Path dir;

  @Test
  void demoStoresTheSampleOnceAndServesIt() throws Exception {
    Path out = dir.resolve("demo").resolve("records.jsonl");
    String db = dir.resolve("store").resolve("tidings.duckdb").toString();
    Run run = Run.of("demo", "--no-serve", "--db", db, "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = Files.readAllLines(out);
    assertFalse(lines.isEmpty());
    for (String line : lines) {
      JsonNode n = DocumentJson.MAPPER.readTree(line);
      assertEquals("coded", n.path("outcome").asText(), n.path("origin").asText() + ": " + n.path("reason"));
      assertTrue(n.path("mentions").size() > 0, n.path("origin").asText());
    }
    assertTrue(run.out().contains(lines.size() + " articles: " + lines.size() + " coded"), run.out());
    assertTrue(run.out().contains("First article: "), run.out());
    assertTrue(run.out().contains("Stored in duckdb:" + db + ": " + lines.size() + " articles (" + lines.size() + " coded)"), run.out());
    assertTrue(run.out().contains(lines.size() + " articles searchable"), run.out());
    try (var leftovers = Files.list(out.getParent())) {
      assertEquals(List.of(out), leftovers.toList(), "no temporary file left behind");
    }

    StoreStats first;
    try (IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(db), null)) {
      first = store.stats();
    }
    Run again = Run.of("demo", "--no-serve", "--db", db, "--out", out.toString());
    assertEquals(0, again.exitCode(), again.err());

    try (IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(db), null)) {
      assertEquals(first, store.stats(), "a second demo run changes nothing in the store");
      assertEquals(lines.size(), store.index().articles());
      serveAndQuery(store);
    }
  }

  private static void serveAndQuery(IndexedEventStore store) throws Exception {
    try (Serving serving = new Serving((out, stop) -> ServeCommand.serve(store, "127.0.0.1", 0, out, out, stop))) {
      String printed = serving.printed.toString();
      assertTrue(printed.contains("/api/events?country=RUS"), printed);
      String base = serving.base;
      HttpClient http = HttpClient.newHttpClient();

      JsonNode events = get(http, base + "/api/events?country=RUS");
      for (JsonNode item : events.get("items")) {
        assertFalse(item.get("mentions").isEmpty(), "every event has its evidence: " + item);
        assertFalse(item.get("mentions").get(0).get("sentenceText").asText().isBlank());
      }
      JsonNode hits = get(http, base + "/api/search?q=Magnitogorsk&kind=article");
      assertTrue(hits.get("total").asLong() >= 1, hits.toString());
      String id = hits.get("hits").get(0).get("articleId").asText();
      JsonNode article = get(http, base + "/api/articles/" + id);
      assertTrue(article.get("article").get("text").asText().contains("Magnitogorsk"));
      assertTrue(get(http, base + "/api/actors?limit=5").size() > 0, "the pipeline's actors are served");
    }
  }

  private static JsonNode get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return DocumentJson.MAPPER.readTree(r.body());
  }
}
