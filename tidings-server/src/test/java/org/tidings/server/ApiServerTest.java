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
    token = BearerToken.loadOrCreate(dir.resolve("server.token"));
    server = ApiServer.start(store, "127.0.0.1", 0, new ApiServer.Writes(ApiServerTest::storeAsFailed, token));
  }

  static BearerToken token;

  /**
   * The intake of this test: each record stored as a failed outcome naming it, in the real store
   * (the coding intake, with CoreNLP, is tested end to end by the command line's LiveServeTest).
   */
  static List<IntakeResult> storeAsFailed(List<String> records, String origin) {
    List<IntakeResult> results = new java.util.ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      var r = store.ingest(new Outcome.Failed(origin + " #" + (i + 1), "test", "received " + records.get(i), null));
      results.add(new IntakeResult(origin + " #" + (i + 1), "failed", r.articleId(), r.status().name().toLowerCase(),
          0, "received " + records.get(i)));
    }
    return results;
  }

  static Answer post(String body, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/articles")).POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b.build());
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
    // by the speaker's actor code, which each quote carries
    String code = bySpeaker.get("items").get(0).get("speakerCode").asText();
    assertTrue(code.startsWith("RUS"), "Putin is coded Russian: " + code);
    JsonNode byCode = get("/api/quotes?code=" + code.toLowerCase(java.util.Locale.ROOT)).body().get("items");
    assertTrue(byCode.size() >= 1);
    for (JsonNode q : byCode) {
      assertEquals(code, q.get("speakerCode").asText());
    }
    assertEquals(0, get("/api/quotes?code=ZZZ").body().get("items").size());
    assertError(get("/api/quotes?code=RUSG"), 400, "code: expected an actor code of three or six capital letters");
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

  static List<String> days(JsonNode page) {
    List<String> out = new java.util.ArrayList<>();
    page.get("items").forEach(i -> out.add(i.get("event").get("day").asText()));
    return out;
  }

  @Test
  void eventsComeNewestFirstAcrossPagesAndOldestFirstOnRequest() throws Exception {
    List<String> newest = days(get("/api/events").body());
    assertEquals(List.of("2021-11-12", "2021-11-08", "2021-10-13", "2021-10-13", "2021-10-12"), newest);
    List<String> paged = new java.util.ArrayList<>();
    String after = null;
    do {
      JsonNode page = get("/api/events?limit=2" + (after == null ? "" : "&after=" + enc(after))).body();
      paged.addAll(days(page));
      after = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (after != null);
    assertEquals(newest, paged, "the cursor follows the order");
    List<String> oldest = days(get("/api/events?order=oldest").body());
    List<String> reversed = new java.util.ArrayList<>(newest);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed, oldest);
  }

  @Test
  void eventsFilterByPloverTypeConfidenceOutletAndText() throws Exception {
    assertEquals(Set.of("043", "036"), codes(get("/api/events?plover=CONSULT").body()));
    assertEquals(Set.of("141"), codes(get("/api/events?plover=protest").body()));
    assertEquals(5, get("/api/events?confidence=0.8").body().get("items").size());
    assertEquals(0, get("/api/events?confidence=0.81").body().get("items").size());
    assertEquals(Set.of("141", "036"), codes(get("/api/events?source=" + enc("news example")).body()));
    assertEquals(Set.of("112", "190"), codes(get("/api/events?text=taliban").body()), "an actor's name");
    assertEquals(Set.of("190"), codes(get("/api/events?text=attack").body()), "a trigger word");
    assertEquals(Set.of("141", "036"), codes(get("/api/events?text=paris").body()), "the place");
    Answer bad = get("/api/events?confidence=1.5");
    assertEquals(400, bad.status());
    assertTrue(bad.body().get("message").asText().startsWith("confidence: expected a number from 0 to 1"), bad.body().toString());
    assertEquals(400, get("/api/events?plover=dance").status());
  }

  @Test
  void articlesAreListedWithoutTheirTextMostRecentlyStoredFirst() throws Exception {
    JsonNode coded = get("/api/articles?outcome=coded").body();
    assertEquals(2, coded.get("items").size(), coded.toString());
    Set<String> titles = new HashSet<>();
    for (JsonNode a : coded.get("items")) {
      titles.add(a.get("title").asText() + " " + a.get("events").asInt());
      assertFalse(a.has("text"));
    }
    assertEquals(Set.of("Putin hosts Tajik security chief 3", "Farmers block roads 2"), titles);
    assertEquals(1, get("/api/articles?outcome=coded&source=" + enc("tidings wire")).body().get("items").size());
    assertEquals(400, get("/api/articles?outcome=lost").status());
  }

  @Test
  void postedArticlesNeedTheTokenAndAreListedAtOnce() throws Exception {
    Answer none = post("{\"text\": \"x\"}", null);
    assertEquals(401, none.status());
    assertEquals(401, post("{\"text\": \"x\"}", "Bearer " + token.value() + "0").status());
    assertEquals(401, post("{\"text\": \"x\"}", "Basic " + token.value()).status());
    int before = get("/api/articles?outcome=failed&limit=1000").body().get("items").size();
    Answer lines = post("{\"text\": \"one\"}\n\n{\"text\": \"two\"}\n", "Bearer " + token.value());
    assertEquals(200, lines.status(), lines.body().toString());
    assertEquals(2, lines.body().get("failed").asInt());
    Answer array = post("[{\"text\": \"three\"}, {\"text\": \"four\"}, {\"text\": \"five\"}]", "bearer " + token.value());
    assertEquals(3, array.body().get("results").size(), array.body().toString());
    assertEquals("received {\"text\":\"four\"}", array.body().get("results").get(1).get("reason").asText());
    assertEquals(before + 5, get("/api/articles?outcome=failed&limit=1000").body().get("items").size(),
        "a cached answer from before the write is not served after it");
    assertEquals(400, post("  ", "Bearer " + token.value()).status());
    assertEquals(400, post("[{\"text\": ", "Bearer " + token.value()).status());
    String many = "{\"text\": \"x\"}\n".repeat(ArticleUpload.MAX_RECORDS + 1);
    assertEquals(413, post(many, "Bearer " + token.value()).status());
    assertEquals(405, send(HttpRequest.newBuilder(uri("/api/articles")).PUT(HttpRequest.BodyPublishers.ofString("{}")).build()).status());
    try (ApiServer readOnly = ApiServer.start(store, "127.0.0.1", 0)) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port() + "/api/articles"))
          .header("Authorization", "Bearer " + token.value()).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(405, r.statusCode(), "a server started without writes takes none");
    }
  }

  @Test
  void theOpenApiDocumentListsEveryRouteAndParameter() throws Exception {
    JsonNode doc = get("/openapi.json").body();
    assertEquals("3.0.3", doc.get("openapi").asText());
    Set<String> paths = new HashSet<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertEquals(Set.of("/api/events", "/api/events/{id}", "/api/counts", "/api/articles", "/api/articles/{id}", "/api/quotes",
        "/api/actors", "/api/search", "/api/grid", "/api/timeline", "/api/articles/{id}/annotations", "/api/export"), paths);
    assertTrue(doc.get("paths").get("/api/articles").has("post"), "the write endpoint is documented");
    assertTrue(doc.get("paths").get("/api/articles").has("get"));
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

  @Test
  void theWebPageAndItsEndpointsAnswer() throws Exception {
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertFalse(page.body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "no inline script (a CSP may forbid it)");
    assertFalse(page.body().matches("(?s).*\\son[a-z]+=.*"), "no inline event handler");
    for (String lib : List.of("/webjars/leaflet/1.9.4/dist/leaflet.js", "/webjars/chart.js/4.4.1/dist/chart.umd.js",
        "/webjars/cytoscape/3.2.5/dist/cytoscape.min.js", "/js/app.js", "/vendor/countries-110m.json")) {
      HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(uri(lib)).build(), HttpResponse.BodyHandlers.discarding());
      assertEquals(200, r.statusCode(), lib + " is served from the jar");
    }

    JsonNode grid = get("/api/grid?zoom=3").body();
    assertEquals(5, sum(grid.get("cells")) + grid.get("unplaced").asLong(), "every stored event is in a cell or unplaced");
    JsonNode tjk = get("/api/grid?zoom=8&country=TJK").body();
    assertEquals(get("/api/events?country=TJK").body().get("items").size(), sum(tjk.get("cells")), "the grid takes the event filters");
    long dated = 0;
    for (JsonNode c : get("/api/timeline?by=plover&country=FRA").body().get("counts")) {
      dated += c.get("events").asLong();
    }
    assertEquals(2, dated);
    assertError(get("/api/grid?zoom=21"), 400, "zoom: expected 0..20, got 21");
    assertError(get("/api/timeline?by=colour"), 400, "by: expected one of quadclass, root, plover");

    String moscow = outcomes.get(0).document().article().id();
    JsonNode annotations = get("/api/articles/" + moscow + "/annotations").body();
    assertTrue(annotations.size() > 0);
    for (JsonNode a : annotations) {
      TextSpan span = new TextSpan(a.get("span").get("begin").asInt(), a.get("span").get("end").asInt());
      assertEquals(CodedArticles.MOSCOW.substring(span.begin(), span.end()), a.get("text").asText(), a.toString());
    }
    assertError(get("/api/articles/0123456789abcdef0123456789abcdef/annotations"), 404, "no article with id");
    assertError(get("/api/articles/nope/annotations"), 400, "id: expected an article id of 32 hex digits");
  }

  private static long sum(JsonNode cells) {
    long n = 0;
    for (JsonNode c : cells) {
      n += c.get("events").asLong();
    }
    return n;
  }
}
