package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.GdeltEventRow;

/** {@code GET /api/export} over HTTP: a real server, a real DuckDB store; Parquet read back by DuckDB. */
class ExportApiTest {
  @TempDir static Path dir;
  static TestServer api;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    api = TestServer.start(dir.resolve("export.duckdb"), CodedArticles.outcomes());
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
  }

  static HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(api.uri(pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void jsonlTakesTheFiltersOfTheEventList() throws Exception {
    HttpResponse<byte[]> r = get("/api/export?format=jsonl&country=TJK");
    assertEquals(200, r.statusCode());
    assertEquals("application/x-ndjson", r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("tidings-events.jsonl"));
    Set<String> codes = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : new String(r.body(), StandardCharsets.UTF_8).split("\n")) {
      JsonNode row = json.readTree(line);
      codes.add(row.get("cameo_code").asText());
      assertTrue(!row.get("sentence_text").asText().isEmpty() && !row.get("trigger_text").asText().isEmpty(), line);
    }
    assertEquals(Set.of("043", "112", "190"), codes, "the same events as /api/events?country=TJK");
  }

  @Test
  void csvWithAByteOrderMarkAndGdeltRows() throws Exception {
    HttpResponse<byte[]> csv = get("/api/export?format=csv&bom=true&root=19");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    byte[] b = csv.body();
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(b[0], b[1], b[2]));
    String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
    assertEquals(2, text.split("\r\n").length, "a header and one event");
    HttpResponse<byte[]> gdelt = get("/api/export?format=gdelt");
    List<String> lines = List.of(new String(gdelt.body(), StandardCharsets.UTF_8).split("\n"));
    assertEquals(api.store.stats().events(), lines.size());
    for (String line : lines) {
      assertEquals(61, GdeltEventRow.parse(line).columns().size());
    }
  }

  @Test
  void parquetIsAFileDuckDbReads() throws Exception {
    HttpResponse<byte[]> r = get("/api/export?format=parquet");
    assertEquals(200, r.statusCode());
    Path file = dir.resolve("download.parquet");
    Files.write(file, r.body());
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement();
        var rs = st.executeQuery("SELECT COUNT(*), COUNT(trigger_text) FROM read_parquet('" + file + "')")) {
      rs.next();
      assertEquals(api.store.stats().events(), rs.getLong(1));
      assertEquals(rs.getLong(1), rs.getLong(2));
    }
  }

  @Test
  void theOpenApiDocumentSaysTheExportIsAFile() throws Exception {
    JsonNode ok = new ObjectMapper().readTree(get("/openapi.json").body())
        .get("paths").get("/api/export").get("get").get("responses").get("200");
    assertEquals("a file", ok.get("description").asText());
    assertEquals("binary", ok.get("content").get("text/csv; charset=utf-8").get("schema").get("format").asText());
    assertTrue(ok.get("content").has("application/vnd.apache.parquet"));
  }

  @Test
  void badExportRequestsGetJsonErrors() throws Exception {
    ObjectMapper json = new ObjectMapper();
    HttpResponse<byte[]> none = get("/api/export");
    assertEquals(400, none.statusCode());
    assertTrue(json.readTree(none.body()).get("message").asText().startsWith("format: required"));
    HttpResponse<byte[]> bom = get("/api/export?format=jsonl&bom=true");
    assertEquals(400, bom.statusCode());
    assertEquals("bom: only for format=csv, not jsonl", json.readTree(bom.body()).get("message").asText());
    assertEquals(400, get("/api/export?format=xml").statusCode());
    assertEquals(400, get("/api/export?format=csv&from=2019-13-01").statusCode());
  }

  /** The event ids of every page of {@code /api/events?query}. */
  static Set<Long> listed(String query) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Set<Long> ids = new HashSet<>();
    String after = null;
    do {
      JsonNode page = json.readTree(get("/api/events?limit=1000&" + query
          + (after == null ? "" : "&after=" + java.net.URLEncoder.encode(after, StandardCharsets.UTF_8))).body());
      page.get("items").forEach(i -> ids.add(i.get("event").get("eventId").asLong()));
      after = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (after != null);
    return ids;
  }

  /** The event ids of {@code /api/export?format=jsonl&query}. */
  static Set<Long> exported(String query) throws Exception {
    HttpResponse<byte[]> r = get("/api/export?format=jsonl&" + query);
    assertEquals(200, r.statusCode(), query);
    ObjectMapper json = new ObjectMapper();
    Set<Long> ids = new HashSet<>();
    for (String line : new String(r.body(), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        ids.add(json.readTree(line).get("event_id").asLong());
      }
    }
    return ids;
  }

  @Test
  void everyFilterOfTheEventListSelectsTheSameEvents() throws Exception {
    long all = api.store.stats().events();
    int narrowed = 0;
    for (String q : List.of("country=TJK", "plover=consult", "plover=protest", "confidence=0.5", "confidence=0.99",
        "text=minister", "text=Paris", "source=" + java.net.URLEncoder.encode("news example", StandardCharsets.UTF_8),
        "quadclass=1&text=a")) {
      Set<Long> listed = listed(q);
      assertEquals(listed, exported(q), q);
      if (!listed.isEmpty() && listed.size() < all) {
        narrowed++;
      }
    }
    assertTrue(narrowed >= 2, "some filters select some but not all events");
  }

  @Test
  void aDownloadIsStreamedAfreshEachTimeNotKeptByTheAnswerCache() throws Exception {
    assertTrue(api.store.writeGeneration().isPresent(), "the answer cache is on for this store");
    HttpResponse<byte[]> first = get("/api/export?format=csv");
    HttpResponse<byte[]> second = get("/api/export?format=csv");
    assertEquals(200, second.statusCode());
    assertTrue(second.headers().firstValue("Content-Disposition").orElse("").contains("tidings-events.csv"));
    assertTrue(second.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertEquals(new String(first.body(), StandardCharsets.UTF_8), new String(second.body(), StandardCharsets.UTF_8));
    assertEquals(api.store.stats().events() + 1, new String(second.body(), StandardCharsets.UTF_8).split("\r\n").length);
  }
}
