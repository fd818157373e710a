package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.pipeline.output.DocumentJson;
import org.tidings.pipeline.watch.FeedSubscription;
import org.tidings.store.EventQuery;
import org.tidings.store.ExportFormat;
import org.tidings.store.Exporter;
import org.tidings.store.StoreLocation;
import org.tidings.store.search.IndexedEventStore;
import picocli.CommandLine;

/**
 * The "done when": {@code tidings serve --watch feeds.txt} against a real feed server on
 * loopback, real CoreNLP, DuckDB and Lucene. An item published while the server runs becomes
 * searchable, listed by /api/events and exportable with no restart; articles also arrive through
 * {@code POST /api/articles} (bearer token), {@code ingest --server} and {@code watch --server}.
 * One pipeline is loaded, by the serving process, for the whole test.
 */
class LiveServeTest {
  @TempDir Path dir;
  private LoopbackSite site;
  private String items = "";

  @BeforeEach
  void startFeedServer() throws IOException {
    site = new LoopbackSite();
    site.put("/feed.xml", "application/rss+xml", feed());
  }

  @AfterEach
  void stopFeedServer() {
    site.close();
  }

  private String feed() {
    return "<rss version=\"2.0\"><channel><title>Loopback Times</title>" + items + "</channel></rss>";
  }

  /** Puts a page on the feed server and an item for it at the top of the feed. */
  private void publish(String slug, String title, String paragraphs) {
    site.put("/news/" + slug, "text/html; charset=utf-8", "<html lang=\"en\"><head><title>" + title + "</title>"
        + "<meta property=\"og:site_name\" content=\"Loopback Times\"></head><body><nav><a href=\"/\">Home</a></nav>"
        + "<article><h1>" + title + "</h1>" + paragraphs + "</article></body></html>");
    items = "<item><guid>" + slug + "</guid><link>/news/" + slug + "</link><title>" + title + "</title>"
        + "<pubDate>Tue, 12 Oct 2021 09:00:00 +0000</pubDate></item>" + items;
    site.put("/feed.xml", "application/rss+xml", feed());
  }

  @Test
  void itemsPublishedWhileServingBecomeSearchableListedAndExportable() throws Exception {
    publish("summit", "Putin and Xi meet in Vladivostok",
        "<p>Russian President Vladimir Putin met Chinese President Xi Jinping in Vladivostok on Monday to discuss"
            + " the Brightwater gas pipeline.</p><p>Putin said the two countries would sign a trade agreement.</p>");
    Path feeds = Files.writeString(dir.resolve("feeds.txt"),
        site.url("/feed.xml") + " 1s\n");
    Path token = dir.resolve("secret").resolve("server.token");
    String db = dir.resolve("live.duckdb").toString();
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--watch", feeds.toString(), "--db", db, "--token-file", token.toString(),
        "--state", dir.resolve("state.json").toString(), "--delay", "0", "--threads", "1");

    try (IndexedEventStore store = IndexedEventStore.open(StoreLocation.parse(db), null);
        Serving serving = new Serving((out, stop) -> ServeCommand.serve(store, "127.0.0.1", 0, out, out, stop,
            serve.live(store, FeedSubscription.readAll(feeds), stop, out)))) {
      String printed = serving.printed.toString();
      assertTrue(printed.contains("the token in " + token.toAbsolutePath()), printed);
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(token)),
          "the token file is the owner's only");
      String base = serving.base;
      HttpClient http = HttpClient.newHttpClient();

      // The item in the feed at start, then one published while the server runs.
      String first = awaitSearchable(http, base, "Brightwater");
      publish("talks", "Macron hosts Rakhmon in Paris",
          "<p>French President Emmanuel Macron hosted Tajik President Emomali Rakhmon in Paris on Tuesday to discuss"
              + " the Quillbrook border crossing.</p><p>Rakhmon thanked France for its help.</p>");
      String second = awaitSearchable(http, base, "Quillbrook");
      assertFalse(first.equals(second));
      JsonNode listed = get(http, base + "/api/events?article=" + second);
      assertFalse(listed.get("items").isEmpty(), "the new article's events are listed: " + listed);
      JsonNode all = get(http, base + "/api/events?limit=50");
      assertTrue(all.get("items").toString().contains(second), "and in the whole list: " + all);
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      long exported = Exporter.export(store, EventQuery.builder().article(second).build(), ExportFormat.CSV, csv);
      assertEquals(listed.get("items").size(), exported, "exportable from the served store while it serves");
      assertTrue(csv.toString(StandardCharsets.UTF_8).contains(second), csv.toString(StandardCharsets.UTF_8));

      // POST /api/articles: refused without the token, then a JSON Lines batch with a bad line.
      HttpResponse<String> refused = post(http, base, null, "{\"text\": \"Nothing.\"}");
      assertEquals(401, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("Authorization: Bearer TOKEN"), refused.body());
      assertEquals(401, post(http, base, "not-the-token", "{\"text\": \"Nothing.\"}").statusCode());
      String secret = Files.readString(token).strip();
      HttpResponse<String> posted = post(http, base, secret,
          "{\"title\": \"Scholz in Marrowfield\", \"published\": \"2021-10-14\", \"source\": \"Wire\", \"text\":"
              + " \"German Chancellor Olaf Scholz visited the Marrowfield steel works on Thursday.\\n2 min read\"}\n{\"text\": 42}\n");
      assertEquals(200, posted.statusCode(), posted.body());
      JsonNode answer = DocumentJson.MAPPER.readTree(posted.body());
      assertEquals(1, answer.get("coded").asInt(), answer.toString());
      assertEquals(1, answer.get("failed").asInt(), answer.toString());
      assertEquals("no \"text\" string in the record", answer.get("results").get(1).get("reason").asText());
      assertEquals("stored", answer.get("results").get(1).get("stored").asText(), "a bad record is stored as failed");
      awaitSearchable(http, base, "Marrowfield");
      // the posted article's segments are stored: its reading-time note is an annotation the page greys
      JsonNode segments = get(http, base + "/api/articles/" + answer.get("results").get(0).get("articleId").asText() + "/annotations");
      boolean residue = false;
      for (JsonNode a : segments) {
        residue |= a.get("kind").asText().equals("SEGMENT") && a.get("text").asText().equals("2 min read")
            && a.get("span").get("begin").asInt() == 79 && a.get("label").asText().equals("residue")
            && a.get("detail").asText().equals("reading-time note");
      }
      assertTrue(residue, segments.toString());

      // ingest --server and watch --server go through the server, which holds the store.
      Path jsonl = Files.writeString(dir.resolve("more.jsonl"),
          "{\"id\": \"w-1\", \"published\": \"2021-10-15\", \"text\": \"Indian Prime Minister Narendra Modi"
              + " welcomed Japanese Prime Minister Fumio Kishida in Oakhollow on Friday.\"}\n");
      Run ingest = Run.of("ingest", jsonl.toString(), "--server", base, "--token-file", token.toString(), "--no-progress");
      assertEquals(0, ingest.exitCode(), ingest.err());
      assertTrue(ingest.out().contains("1 articles: 1 coded, 0 skipped, 0 failed"), ingest.out());
      awaitSearchable(http, base, "Oakhollow");
      Run watch = Run.of("watch", feeds.toString(), "--once", "--server", base, "--token-file", token.toString(),
          "--state", dir.resolve("state-2.json").toString(), "--delay", "0");
      assertEquals(0, watch.exitCode(), watch.err());
      assertTrue(watch.out().contains("2 new items, 2 coded, 0 skipped, 0 failed"), watch.out());
      long coded = store.stats().coded();
      assertEquals(4, coded, "the same two feed items again change nothing: " + store.stats());
      assertEquals(coded, store.index().articles(), "every coded article is searchable");
    }
  }

  /** Waits (up to five minutes: the first article loads the models) for one hit of {@code word}; returns its article id. */
  private static String awaitSearchable(HttpClient http, String base, String word) throws Exception {
    for (int i = 0; i < 600; i++) {
      JsonNode hits = get(http, base + "/api/search?kind=article&q=" + word);
      if (hits.get("total").asLong() > 0) {
        return hits.get("hits").get(0).get("articleId").asText();
      }
      Thread.sleep(500);
    }
    throw new AssertionError(word + " never became searchable");
  }

  private static HttpResponse<String> post(HttpClient http, String base, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/articles"))
        .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return DocumentJson.MAPPER.readTree(r.body());
  }
}
