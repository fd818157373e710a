package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Outcome;
import org.tidings.model.TextSpan;
import org.tidings.store.StoreLocation;
import org.tidings.store.StoreStats;
import org.tidings.store.search.IndexedEventStore;

/** The API over HTTP: a real server on a free port, a real DuckDB store and Lucene index, java.net.http calls. */
class ApiServerTest {
  @TempDir static Path dir;
  static List<Outcome.Coded> outcomes;
  static IndexedEventStore store;
  static ApiServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    outcomes = CodedArticles.outcomes();
    store = IndexedEventStore.open(StoreLocation.parse(dir.resolve("api.duckdb").toString()), null);
    store.ingestAll(outcomes);
    server = ApiServer.start(store, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  record Answer(int status, JsonNode body) {}

  static Answer get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  static URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  static Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    return new Answer(r.statusCode(), JSON.readTree(r.body()));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static Set<String> codes(JsonNode page) {
    Set<String> out = new HashSet<>();
    page.get("items").forEach(i -> out.add(i.get("event").get("cameoCode").asText()));
    return out;
  }

  @Test
  void eventsByCountryComeWithTheirEvidenceSentences() throws Exception {
    Answer rus = get("/api/events?country=RUS");
    assertEquals(200, rus.status(), rus.body().toString());
    assertEquals(Set.of("043"), codes(rus.body()));
    JsonNode item = rus.body().get("items").get(0);
    assertEquals("Moscow", item.get("event").get("place").get("name").asText());
    assertEquals("2021-10-13", item.get("event").get("day").asText());
    JsonNode mention = item.get("mentions").get(0);
    assertTrue(mention.get("sentenceText").asText().contains("Putin hosted the Tajik security chief"), mention.toString());
    assertEquals("hosted", mention.get("triggerText").asText());
    assertEquals(Set.of("043", "112", "190"), codes(get("/api/events?country=tjk").body()), "source, target or place");
    assertEquals(Set.of("043"), codes(get("/api/events?country=TJK&side=target&role=SPY").body()));
  }

  @Test
  void eventFiltersCombine() throws Exception {
    assertEquals(Set.of("190"), codes(get("/api/events?root=19").body()));
    assertEquals(Set.of("036"), codes(get("/api/events?cameo=036").body()));
    assertEquals(Set.of("043", "036"), codes(get("/api/events?quadclass=1").body()));
    assertEquals(Set.of("036"), codes(get("/api/events?modality=intended").body()));
    assertEquals(Set.of("190"), codes(get("/api/events?modality=REPORTED").body()));
    assertEquals(Set.of("141", "036"), codes(get("/api/events?bbox=" + enc("41,-5,51,10")).body()), "France");
    assertEquals(Set.of("190"), codes(get("/api/events?from=2021-10-12&to=2021-10-12").body()));
    assertEquals(Set.of("043"), codes(get("/api/events?actor=RUSGOV").body()));
    assertEquals(Set.of("043"), codes(get("/api/events?actor=" + enc("vladimir putin")).body()));
    assertEquals(Set.of("112", "190"), codes(get("/api/events?actor=AFGREB&from=2021-10-01&to=2021-10-31").body()));
    assertEquals(Set.of(), codes(get("/api/events?country=USA").body()));
    for (org.tidings.model.Outcome o : outcomes) {
      if (o instanceof org.tidings.model.Outcome.Coded coded && coded.document().has(org.tidings.model.Layers.EVENTS)) {
        Set<String> reported = new java.util.HashSet<>();
        coded.document().get(org.tidings.model.Layers.EVENTS).forEach(e -> reported.add(e.cameoCode()));
        assertEquals(reported, codes(get("/api/events?article=" + coded.document().article().id()).body()));
      }
    }
    assertEquals(Set.of(), codes(get("/api/events?article=" + enc("' OR 1=1 --")).body()));
  }

  @Test
  void eventsArePagedByCursor() throws Exception {
    Set<Long> seen = new HashSet<>();
    String next = null;
    int pages = 0;
    do {
      JsonNode page = get("/api/events?limit=2" + (next == null ? "" : "&after=" + enc(next))).body();
      page.get("items").forEach(i -> assertTrue(seen.add(i.get("event").get("eventId").asLong()), "no event twice"));
      next = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
      pages++;
    } while (next != null && pages < 10);
    assertEquals(5, seen.size());
    assertEquals(3, pages);
  }

  @Test
  void oneEventWithItsMentions() throws Exception {
    long id = get("/api/events?cameo=141").body().get("items").get(0).get("event").get("eventId").asLong();
    Answer one = get("/api/events/" + id);
    assertEquals(200, one.status());
    assertEquals("PROTEST", one.body().get("event").get("ploverType").asText());
    String evidence = one.body().get("mentions").get(0).get("sentenceText").asText();
    assertTrue(evidence.startsWith("PARIS, Nov 8 - French farmers blocked roads"), evidence);
    Answer missing = get("/api/events/" + (id + 1));
    assertEquals(404, missing.status());
    assertEquals("no event with id " + (id + 1), missing.body().get("message").asText());
    assertEquals(400, get("/api/events/abc").status());
  }

  @Test
  void anArticleWithItsAnnotations() throws Exception {
    String id = outcomes.get(0).document().article().id();
    Answer a = get("/api/articles/" + id);
    assertEquals(200, a.status(), a.body().toString());
    assertEquals(CodedArticles.MOSCOW, a.body().get("article").get("text").asText());
    assertEquals("coded", a.body().get("article").get("outcome").asText());
    assertTrue(a.body().get("article").get("layers").toString().contains("events"));
    JsonNode quote = a.body().get("quotes").get(0);
    assertEquals("Vladimir Putin", quote.get("speakerName").asText());
    TextSpan span = new TextSpan(quote.get("span").get("begin").asInt(), quote.get("span").get("end").asInt());
    assertEquals(quote.get("text").asText(), span.of(CodedArticles.MOSCOW));
    assertEquals(404, get("/api/articles/" + "0".repeat(32)).status());
    Answer bad = get("/api/articles/" + enc("x' OR '1'='1"));
    assertEquals(400, bad.status());
    assertTrue(bad.body().get("message").asText().startsWith("id: expected an article id of 32 hex digits"));
  }

  @Test
  void quotesAndActors() throws Exception {
    JsonNode bySpeaker = get("/api/quotes?speaker=putin").body();
    assertEquals(1, bySpeaker.get("items").size());
    assertTrue(bySpeaker.get("nextOffset").isNull());
    assertEquals(1, get("/api/quotes?text=" + enc("national security")).body().get("items").size());
    assertEquals(0, get("/api/quotes?text=farmers").body().get("items").size());
    JsonNode actors = get("/api/actors?limit=50").body();
    assertTrue(actors.size() > 0, "the pipeline found actors: " + actors);
    for (JsonNode a : actors) {
      assertFalse(a.get("name").asText().isBlank());
      assertTrue(a.get("articles").asLong() >= 1);
    }
  }

  @Test
  void searchFindsPhrasesWithSpans() throws Exception {
    Answer r = get("/api/search?q=" + enc("\"national security\""));
    assertEquals(200, r.status(), r.body().toString());
    assertEquals(2, r.body().get("total").asLong(), "the article and its quote");
    Answer quotes = get("/api/search?q=" + enc("\"national security\"") + "&kind=quote&speaker=putin");
    JsonNode hit = quotes.body().get("hits").get(0);
    assertEquals("QUOTE", hit.get("kind").asText());
    JsonNode match = hit.get("snippets").get(0).get("matches").get(0);
    assertEquals(List.of("begin", "end"), fieldNames(match), "a span is {begin, end}");
    assertEquals("national security",
        new TextSpan(match.get("begin").asInt(), match.get("end").asInt()).of(CodedArticles.MOSCOW));
    assertEquals(0, get("/api/search?q=farmers&from=2021-10-01&to=2021-10-31").body().get("total").asLong());
    assertEquals(1, get("/api/search?q=farmers&source=" + enc("news example")).body().get("total").asLong());
    Answer bad = get("/api/search?q=" + enc("\"unclosed"));
    assertEquals(400, bad.status());
    assertTrue(bad.body().get("message").asText().startsWith("q: not a valid search query"));
    assertEquals(400, get("/api/search").status(), "q is required");
  }

  @Test
  void dailyCountsByQuadClassAndRoot() throws Exception {
    JsonNode byQuad = get("/api/counts?from=2021-10-01&to=2021-11-30").body();
    assertEquals("quadclass", byQuad.get("by").asText());
    long total = 0;
    for (JsonNode c : byQuad.get("counts")) {
      total += c.get("events").asLong();
    }
    assertEquals(5, total);
    JsonNode byRoot = get("/api/counts?from=2021-10-12&to=2021-10-12&by=root").body();
    assertEquals("[{\"day\":\"2021-10-12\",\"key\":\"19\",\"events\":1}]", byRoot.get("counts").toString());
    Answer missing = get("/api/counts?from=2021-10-01");
    assertEquals(400, missing.status());
    assertTrue(missing.body().get("message").asText().startsWith("to: required"), missing.body().toString());
  }

  @Test
  void theOpenApiDocumentListsEveryRouteAndParameter() throws Exception {
    JsonNode doc = get("/openapi.json").body();
    assertEquals("3.0.3", doc.get("openapi").asText());
    Set<String> paths = new HashSet<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertEquals(Set.of("/api/events", "/api/events/{id}", "/api/counts", "/api/articles/{id}", "/api/quotes",
        "/api/actors", "/api/search", "/api/export"), paths);
    Set<String> eventParams = new HashSet<>();
    doc.get("paths").get("/api/events").get("get").get("parameters").forEach(p -> eventParams.add(p.get("name").asText()));
    assertTrue(eventParams.containsAll(Set.of("actor", "country", "role", "cameo", "root", "quadclass", "modality", "bbox",
        "from", "to", "after", "limit")), eventParams.toString());
    Answer unknown = get("/api/events?colour=red");
    assertTrue(unknown.body().get("message").asText().contains("allowed: actor, side, country"), unknown.body().toString());
  }

  @Test
  void badRequestsGetAClearJsonError() throws Exception {
    assertError(get("/api/events?colour=red"), 400, "unknown query parameter 'colour' for /api/events");
    assertError(get("/api/events?from=2021-13-45"), 400, "from: expected a day such as 2021-10-13, got '2021-13-45'");
    assertError(get("/api/events?limit=1000000"), 400, "limit: expected 1..1000, got 1000000");
    assertError(get("/api/events?limit=ten"), 400, "limit: expected a whole number 1..1000, got 'ten'");
    assertError(get("/api/events?country=RUS&country=USA"), 400, "country: given 2 times, at most once");
    assertError(get("/api/events?country=" + enc("RUS' OR 1=1 --")), 400, "country: expected a three-letter code");
    assertError(get("/api/events?actor=" + enc("Putin'; DROP TABLE events; --")), 400, "actor: ';' is not allowed in a name");
    assertError(get("/api/events?quadclass=7"), 400, "quadclass: expected one of 1, 2, 3, 4");
    assertError(get("/api/events?bbox=1,2,3"), 400, "bbox: expected south,west,north,east");
    assertError(get("/api/events?from=2021-10-31&to=2021-10-01"), 400, "to: the range ends (2021-10-01) before it begins");
    assertError(get("/api/events?after=garbage"), 400, "after:");
    assertError(get("/api/quotes?limit=1000000"), 400, "limit: expected 1..1000, got 1000000");
    assertError(get("/api/search?q=x&limit=1000000"), 400, "limit: expected 1..100, got 1000000");
    assertError(get("/api/nothing"), 404, "no such endpoint: GET /api/nothing");
    assertError(send(HttpRequest.newBuilder(uri("/api/events")).POST(HttpRequest.BodyPublishers.ofString("{}")).build()),
        405, "POST is not allowed on /api/events");
    assertError(send(HttpRequest.newBuilder(uri("/api/events")).method("GET", HttpRequest.BodyPublishers.ofString("{}")).build()),
        400, "GET /api/events takes no request body");
  }

  @Test
  void aTenMegabyteBodyIsRefusedUnread() throws Exception {
    byte[] body = new byte[10 * 1024 * 1024];
    assertError(send(HttpRequest.newBuilder(uri("/api/events")).method("GET", HttpRequest.BodyPublishers.ofByteArray(body)).build()),
        413, "request body of 10485760 bytes is too large");
    assertEquals(200, get("/api/events?limit=1").status(), "the server still answers");
  }

  @Test
  void sqlInFreeTextIsOnlyText() throws Exception {
    StoreStats before = store.stats();
    Answer r = get("/api/quotes?text=" + enc("'; DROP TABLE quotes; --"));
    assertEquals(200, r.status(), r.body().toString());
    assertEquals(0, r.body().get("items").size());
    assertEquals(0, get("/api/quotes?speaker=" + enc("O'Brien")).body().get("items").size(), "an apostrophe is a name's");
    assertError(get("/api/quotes?speaker=" + enc("x' OR '1'='1")), 400, "speaker: '=' is not allowed in a name");
    assertEquals(before, store.stats());
    assertEquals(1, get("/api/quotes?speaker=putin").body().get("items").size());
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static void assertError(Answer a, int status, String messageStart) {
    assertEquals(status, a.status(), a.body().toString());
    assertEquals(status, a.body().get("status").asInt());
    assertNotNull(a.body().get("message"));
    assertTrue(a.body().get("message").asText().startsWith(messageStart), a.body().get("message").asText());
  }
}
