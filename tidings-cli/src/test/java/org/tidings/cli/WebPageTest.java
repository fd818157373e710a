package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tidings.server.ApiServer;
import org.tidings.store.PloverType;
import org.tidings.store.StoreLocation;
import org.tidings.store.search.IndexedEventStore;

/**
 * The web page in a real browser: Debian's chromium, headless, driven by Selenium through Debian's
 * chromedriver (never one Selenium Manager would download), over the real server on a store made by
 * the demo's ingest of the bundled Wikinews sample (real CoreNLP, DuckDB and Lucene). What the page
 * shows is checked against the API's own answers. Screenshots of each view go to
 * {@code target/screenshots/}.
 */
class WebPageTest {
  /** Debian's paths; -Dtidings.chromium / -Dtidings.chromedriver point elsewhere. */
  static final String CHROMIUM = System.getProperty("tidings.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("tidings.chromedriver", "/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static IndexedEventStore store;
  static ApiServer server;
  static ChromeDriverService service;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      fail("the web page tests need a browser: " + CHROMIUM + " and " + CHROMEDRIVER + " were not found."
          + " Install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does),"
          + " or name them with -Dtidings.chromium=... -Dtidings.chromedriver=...");
    }
    String db = dir.resolve("store").resolve("tidings.duckdb").toString();
    Run demo = Run.of("demo", "--no-serve", "--db", db, "--out", dir.resolve("records.jsonl").toString());
    assertEquals(0, demo.exitCode(), demo.err());
    store = IndexedEventStore.open(StoreLocation.parse(db), null);
    server = ApiServer.start(store, "127.0.0.1", 0);
    service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1280,800", "--lang=en-GB");
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (server != null) {
      server.stop();
    }
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void desktopSize() {
    browser.manage().window().setSize(new Dimension(1280, 800));
  }

  @Test
  void theMapShowsAsManyEventsAsTheApiAndTheTimelineAsManyAsTheCounts() throws Exception {
    open("/");
    waitForMap();
    // measured, not asserted: BENCHMARKS.md quotes this line
    System.out.println("web page: first view (map, timeline) drawn " + browser.executeScript("return document.body.dataset.firstView")
        + " ms after navigation began; navigation timing: " + browser.executeScript(
            "const n = performance.getEntriesByType('navigation')[0];"
                + " return 'response end ' + Math.round(n.responseEnd) + ' ms, DOM content loaded ' + Math.round(n.domContentLoadedEventEnd)"
                + " + ' ms, load ' + Math.round(n.loadEventEnd) + ' ms'"));
    List<JsonNode> events = events("");
    assertFalse(events.isEmpty(), "the demo store holds events");
    long placed = events.stream().filter(e -> !e.path("event").path("place").isNull() && e.path("event").has("place")).count();
    assertEquals(placed, markerSum(), "the markers count every event with a place");
    assertEquals(events.size(), attr("#map-status", "data-placed") + attr("#map-status", "data-unplaced"),
        "the map accounts for every event /api/events lists");

    List<String> days = events.stream().map(e -> e.path("event").path("day").asText(null)).filter(d -> d != null).sorted().toList();
    long dated = days.size();
    assertEquals(dated, chartSum(), "the timeline's bars hold every dated event");
    assertEquals(countsSum(days.get(0), days.get(days.size() - 1), null), chartSum(), "the bars sum to /api/counts");
    shot("map.png");
    browser.manage().window().setSize(new Dimension(1280, 1100));
    open("/");
    waitForMap();
    shot("map-and-timeline.png");
    browser.manage().window().setSize(new Dimension(1280, 800));
    open("/");
    waitForMap();

    // keyboard: a marker takes the focus and Enter lists its events
    WebElement marker = browser.findElement(By.cssSelector(".cell"));
    browser.executeScript("arguments[0].focus()", marker);
    marker.sendKeys(Keys.ENTER);
    waitUntil("the marker's events are listed", () -> !browser.findElements(By.cssSelector("#cards .card")).isEmpty());
    assertEquals(Math.min(50, attrOf(marker, "data-count")), browser.findElements(By.cssSelector("#cards .card")).size());

    // dragging across the timeline sets the dates, and the map and timeline follow
    WebElement chart = browser.findElement(By.id("timeline"));
    int width = chart.getSize().getWidth();
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", chart);
    new Actions(browser).moveToElement(chart, -width / 2 + 60, 0).clickAndHold().moveByOffset(width * 2 / 5, 0).release().perform();
    waitUntil("the brushed dates in the URL", () -> browser.getCurrentUrl().contains("from=") && browser.getCurrentUrl().contains("to="));
    Map<String, String> brushed = query(browser.getCurrentUrl());
    List<JsonNode> inRange = events("from=" + brushed.get("from") + "&to=" + brushed.get("to"));
    waitUntil("the map follows the dates", () -> attr("#map-status", "data-placed") + attr("#map-status", "data-unplaced") == inRange.size());
    waitUntil("the timeline follows the dates", () -> chartSum() == inRange.size());
    assertTrue(brushed.get("from").compareTo(days.get(0)) >= 0 && brushed.get("to").compareTo(days.get(days.size() - 1)) < 0,
        "the range lies inside the events' days: " + brushed);
    assertEquals(brushed.get("from"), browser.findElement(By.id("f-from")).getAttribute("value"));
  }

  @Test
  void choosingACountryChangesMapTimelineNetworkAndTheUrl() throws Exception {
    open("/");
    waitForMap();
    long allPlaced = attr("#map-status", "data-placed");
    String country = busiestPlaceCountry(events(""));
    List<JsonNode> inCountry = events("country=" + country);

    WebElement field = browser.findElement(By.id("f-country"));
    field.clear();
    field.sendKeys(country.toLowerCase(), Keys.ENTER);
    waitUntil("the URL holds the country", () -> browser.getCurrentUrl().contains("country=" + country));
    waitUntil("the map shows the country's events", () -> attr("#map-status", "data-placed") + attr("#map-status", "data-unplaced") == inCountry.size());
    assertTrue(markerSum() < allPlaced, "fewer markers than without the filter");
    assertEquals(attr("#map-status", "data-placed"), markerSum());
    List<String> days = inCountry.stream().map(e -> e.path("event").path("day").asText(null)).filter(d -> d != null).sorted().toList();
    waitUntil("the timeline follows", () -> chartSum() == days.size());
    assertEquals(countsSum(days.get(0), days.get(days.size() - 1), country), chartSum());
    shot("map-" + country + ".png");

    browser.findElement(By.id("tab-network")).click();
    long withSource = inCountry.stream().filter(e -> e.path("event").hasNonNull("source")).count();
    waitUntil("the network is drawn", () -> browser.findElement(By.id("network-status")).getAttribute("data-events") != null);
    assertEquals(withSource, attr("#network-status", "data-events"), "the network draws the country's events");
    assertTrue(browser.getCurrentUrl().contains("view=network") && browser.getCurrentUrl().contains("country=" + country));
    shot("network.png");

    // choosing an actor filters on it, and a reload of the URL gives the same state
    WebElement actor = browser.findElement(By.cssSelector("#network-actors button"));
    String chosen = actor.getAttribute("data-actor");
    actor.click();
    waitUntil("the URL holds the actor", () -> browser.getCurrentUrl().contains("actor="));
    waitForMap();
    List<JsonNode> byActor = events("country=" + country + "&actor=" + URLEncoder.encode(chosen, StandardCharsets.UTF_8));
    waitUntil("the map follows the actor", () -> attr("#map-status", "data-placed") + attr("#map-status", "data-unplaced") == byActor.size());
    browser.navigate().refresh();
    waitForMap();
    assertEquals(country, browser.findElement(By.id("f-country")).getAttribute("value"));
    assertEquals(chosen, browser.findElement(By.id("f-actor")).getAttribute("value"));
    assertEquals(byActor.size(), attr("#map-status", "data-placed") + attr("#map-status", "data-unplaced"));
  }

  /**
   * A map marker that a click reaches: its centre lies inside the map and no other element (another
   * marker, a control) covers it. Which marker that is depends on the stored events, so the first in
   * the document may lie outside the view.
   */
  private WebElement clickableCell() {
    Object cell = browser.executeScript(
        "const map = document.getElementById('map').getBoundingClientRect();"
            + "for (const c of document.querySelectorAll('#map .cell')) {"
            + "  const r = c.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;"
            + "  if (x <= map.left || x >= map.right || y <= map.top || y >= map.bottom) continue;"
            + "  const hit = document.elementFromPoint(x, y);"
            + "  if (hit === c || c.contains(hit)) return c;"
            + "}"
            + "return null;");
    assertTrue(cell instanceof WebElement, "no map marker can be clicked: all lie outside the view or are covered");
    return (WebElement) cell;
  }

  @Test
  void anEventOpensItsArticleWithTheTriggerHighlightedAtItsSpan() throws Exception {
    open("/");
    waitForMap();
    clickableCell().click();
    waitUntil("the event cards", () -> !browser.findElements(By.cssSelector("#cards .card button.open")).isEmpty());
    browser.findElement(By.cssSelector("#cards .card button.open")).click();
    waitUntil("the article view", () -> browser.getCurrentUrl().contains("view=article")
        && !browser.findElements(By.cssSelector("#article-text .trigger.selected")).isEmpty());
    Map<String, String> query = query(browser.getCurrentUrl());
    String articleId = query.get("article");
    String localId = query.get("event");
    JsonNode mention = null;
    for (JsonNode e : events("article=" + articleId)) {
      for (JsonNode m : e.path("mentions")) {
        if (m.path("articleId").asText().equals(articleId) && m.path("localId").asText().equals(localId)) {
          mention = m;
        }
      }
    }
    assertTrue(mention != null, "the opened event is one the article reports");
    String text = get("/api/articles/" + articleId).path("article").path("text").asText();
    List<WebElement> marked = browser.findElements(By.cssSelector("#article-text .trigger.selected"));
    StringBuilder shown = new StringBuilder();
    marked.forEach(e -> shown.append(e.getText()));
    int begin = mention.path("trigger").path("begin").asInt();
    int end = mention.path("trigger").path("end").asInt();
    assertEquals(text.substring(begin, end), shown.toString(), "the highlighted words are the trigger's span");
    assertEquals(mention.path("triggerText").asText(), shown.toString());
    assertEquals(begin, attrOf(marked.get(0), "data-begin"));
    assertEquals(end, attrOf(marked.get(marked.size() - 1), "data-end"));
    assertEquals(browser.switchTo().activeElement(), marked.get(0), "the focus is on the trigger");
    assertTrue(browser.findElement(By.id("card-" + localId)).getAttribute("class").contains("selected"), "its card is marked");
    assertTrue(browser.findElement(By.id("annotation")).getText().contains("event " + localId), "its codes are shown");
    assertFalse(browser.findElements(By.cssSelector("#article-text .actor")).isEmpty(), "actors are highlighted");
    assertFalse(browser.findElements(By.cssSelector("#article-text .time")).isEmpty(), "times are highlighted");
    // the article text is shown whole, in order
    assertEquals(text.replaceAll("\\s+", " ").strip(),
        browser.findElement(By.id("article-text")).getText().replaceAll("\\s+", " ").strip());
    shot("article.png");
  }

  @Test
  void whatTheCleanUpLeftOutIsGreyedWithItsReason() throws Exception {
    // the demo sample holds an article with photo captions (Wikinews wn-2019-094): find it by its stored segments
    String articleId = null;
    List<JsonNode> leftOut = new ArrayList<>();
    for (JsonNode a : get("/api/articles?outcome=coded&limit=100").path("items")) {
      for (JsonNode n : get("/api/articles/" + a.path("articleId").asText() + "/annotations")) {
        if (n.path("kind").asText().equals("SEGMENT") && List.of("caption", "residue").contains(n.path("label").asText())) {
          leftOut.add(n);
        }
      }
      if (!leftOut.isEmpty()) {
        articleId = a.path("articleId").asText();
        break;
      }
    }
    assertTrue(articleId != null, "a bundled article has a caption or residue segment");
    open("/?view=article&article=" + articleId);
    waitUntil("the article's left-out lines", () -> !browser.findElements(By.cssSelector("#article-text .leftout")).isEmpty());
    String text = get("/api/articles/" + articleId).path("article").path("text").asText();
    String bodyColour = browser.findElement(By.id("article-text")).getCssValue("color");
    for (JsonNode segment : leftOut) {
      int begin = segment.path("span").path("begin").asInt();
      int end = segment.path("span").path("end").asInt();
      List<WebElement> pieces = browser.findElements(By.cssSelector("#article-text [data-left='" + begin + "-" + end + "']"));
      assertFalse(pieces.isEmpty(), "segment " + segment + " is shown");
      StringBuilder shown = new StringBuilder();
      for (WebElement piece : pieces) {
        shown.append(piece.getAttribute("textContent"));
        assertTrue(piece.getAttribute("class").contains("leftout"));
        assertTrue(piece.getAttribute("aria-description").contains(segment.path("label").asText() + " (" + segment.path("detail").asText() + ")"),
            "the reason is said, not shown by colour alone: " + piece.getAttribute("aria-description"));
        assertFalse(bodyColour.equals(piece.getCssValue("color")), "greyed");
        assertEquals("italic", piece.getCssValue("font-style"));
      }
      assertEquals(segment.path("text").asText(), shown.toString(), "the greyed words are the stored segment's");
      assertEquals(text.substring(begin, end), shown.toString());
    }
    WebElement first = browser.findElement(By.cssSelector("#article-text .leftout"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", first);
    waitUntil("its reason on focus", () -> browser.findElement(By.id("annotation")).getText().contains("left out of the coding"));
    shot("article-left-out.png");
  }

  @Test
  void aSelectedEventShowsItsArgumentsAtTheirSpans() throws Exception {
    JsonNode chosen = null;
    JsonNode chosenEvent = null;
    for (JsonNode e : events("")) {
      for (JsonNode m : e.path("mentions")) {
        if (m.hasNonNull("sourceSpan") && m.hasNonNull("targetSpan") && (chosen == null || m.hasNonNull("dateSpan"))) {
          chosen = m;
          chosenEvent = e.path("event");
        }
      }
    }
    assertTrue(chosen != null, "the demo store holds an event report with a source and a target");
    String articleId = chosen.path("articleId").asText();
    open("/?view=article&article=" + articleId + "&event=" + chosen.path("localId").asText());
    waitUntil("the selected event", () -> !browser.findElements(By.cssSelector("#article-text .trigger.selected")).isEmpty());
    String text = get("/api/articles/" + articleId).path("article").path("text").asText();
    for (String role : List.of("source", "target", "date")) {
      JsonNode span = chosen.path(role + "Span");
      String shown = shownText("#article-text .arg-" + role);
      if (span.isNull() || span.isMissingNode()) {
        assertEquals("", shown, role + ": none stored, none shown");
        continue;
      }
      assertEquals(text.substring(span.path("begin").asInt(), span.path("end").asInt()), shown, "the " + role + "'s words");
    }
    String place = shownText("#article-text .arg-place");
    if (!place.isEmpty()) {
      assertEquals("SENTENCE", chosenEvent.path("place").path("decidedBy").asText());
      assertTrue(chosen.path("sentenceText").asText().contains(place), "the place is named in the sentence: " + place);
    }
    shot("article-arguments.png");
  }

  @Test
  void aPloverTypeAndAConfidenceMinimumFilterEveryView() throws Exception {
    open("/");
    waitForMap();
    Map<String, Integer> byType = new HashMap<>();
    List<JsonNode> all = events("");
    for (JsonNode e : all) {
      String t = e.path("event").path("ploverType").asText();
      if (Arrays.stream(PloverType.values()).anyMatch(p -> p.name().equals(t))) {
        byType.merge(t, 1, Integer::sum); // not DROPPED: CAMEO codes PLOVER has no type for
      }
    }
    String type = byType.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey().toLowerCase(Locale.ROOT);
    List<JsonNode> ofType = events("plover=" + type);
    assertTrue(ofType.size() < all.size(), "the type is not every event");
    new Select(browser.findElement(By.id("f-plover"))).selectByValue(type);
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    waitUntil("the URL holds the type", () -> browser.getCurrentUrl().contains("plover=" + type));
    waitUntil("the map totals the type's events",
        () -> attr("#map-status", "data-placed") + attr("#map-status", "data-unplaced") == ofType.size());
    long dated = ofType.stream().filter(e -> e.path("event").hasNonNull("day")).count();
    waitUntil("the timeline follows", () -> chartSum() == dated);
    assertTrue(browser.findElement(By.id("x-csv")).getAttribute("href").contains("plover=" + type), "the export takes it");

    WebElement confidence = browser.findElement(By.id("f-confidence"));
    confidence.clear();
    confidence.sendKeys("0.8", Keys.ENTER);
    waitUntil("the URL holds the minimum", () -> browser.getCurrentUrl().contains("confidence=0.8"));
    List<JsonNode> sure = events("plover=" + type + "&confidence=0.8");
    waitUntil("the map follows the minimum", () -> attr("#map-status", "data-placed") + attr("#map-status", "data-unplaced") == sure.size());
    browser.findElement(By.id("tab-network")).click();
    long withSource = sure.stream().filter(e -> e.path("event").hasNonNull("source")).count();
    waitUntil("the network follows", () -> String.valueOf(withSource).equals(
        browser.findElement(By.id("network-status")).getAttribute("data-events")));
    browser.navigate().refresh();
    waitUntil("the state survives a reload", () -> type.equals(new Select(browser.findElement(By.id("f-plover"))).getFirstSelectedOption().getAttribute("value"))
        && "0.8".equals(browser.findElement(By.id("f-confidence")).getAttribute("value")));
  }

  @Test
  void quotesAreFilteredByTheSpeakersActorCode() throws Exception {
    String code = null;
    for (JsonNode q : get("/api/quotes?limit=200").path("items")) {
      if (q.path("speakerCode").asText("").length() == 6) {
        code = q.path("speakerCode").asText();
        break;
      }
    }
    assertTrue(code != null, "a stored quote's speaker has a country and a role");
    open("/?view=quotes");
    WebElement field = browser.findElement(By.id("q-code"));
    field.clear();
    field.sendKeys(code.toLowerCase(Locale.ROOT), Keys.ENTER);
    String wanted = code;
    waitUntil("the URL holds the code", () -> browser.getCurrentUrl().contains("code=" + wanted));
    JsonNode api = get("/api/quotes?limit=200&code=" + code).path("items");
    waitUntil("the quotes by that code", () -> browser.findElements(By.cssSelector("#quotes > li")).size() == api.size());
    for (WebElement shownCode : browser.findElements(By.cssSelector("#quotes > li .code"))) {
      assertEquals(wanted, shownCode.getText());
    }
    shot("quotes-by-code.png");
  }

  /** The words of the elements matching {@code css}, in document order, as the page holds them (not as laid out). */
  static String shownText(String css) {
    StringBuilder b = new StringBuilder();
    browser.findElements(By.cssSelector(css)).forEach(e -> b.append(e.getAttribute("textContent")));
    return b.toString();
  }

  @Test
  void searchFindsAPhraseAndHighlightsIt() throws Exception {
    String phrase = phraseFromTheStore();
    open("/?view=search");
    WebElement box = browser.findElement(By.id("s-q"));
    box.clear();
    box.sendKeys("\"" + phrase + "\"", Keys.ENTER);
    waitUntil("search hits", () -> !browser.findElements(By.cssSelector("#hits mark")).isEmpty());
    List<WebElement> marks = browser.findElements(By.cssSelector("#hits mark"));
    for (WebElement m : marks) {
      assertEquals(phrase.toLowerCase(), m.getText().toLowerCase(), "every mark is the phrase");
    }
    JsonNode api = get("/api/search?q=" + URLEncoder.encode("\"" + phrase + "\"", StandardCharsets.UTF_8) + "&limit=50");
    assertEquals(api.path("hits").size(), browser.findElements(By.cssSelector("#hits > li")).size());
    assertTrue(browser.getCurrentUrl().contains("q="), "the URL holds the search");
    shot("search.png");

    browser.findElement(By.id("tab-quotes")).click();
    waitUntil("quotes", () -> browser.findElement(By.id("quotes-status")).getText().contains("quotes"));
    shot("quotes.png");
  }

  @Test
  void onAPhoneThePageFitsTheWidth() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    open("/");
    waitForMap();
    long inner = ((Number) browser.executeScript("return window.innerWidth")).longValue();
    long scroll = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
    assertTrue(scroll <= inner, "no sideways scrolling at 390 px: the page is " + scroll + " px wide in " + inner);
    assertTrue(browser.findElement(By.id("map")).getSize().getWidth() <= inner);
    for (WebElement input : browser.findElements(By.cssSelector("#filters input, #filters select"))) {
      assertTrue(input.findElements(By.xpath("ancestor::label")).size() == 1, "every control has a label: " + input.getAttribute("id"));
    }
    shot("map-phone.png");

    JsonNode first = events("").get(0).path("mentions").get(0);
    for (String view : List.of("network", "quotes", "search&q=minister",
        "article&article=" + first.path("articleId").asText() + "&event=" + first.path("localId").asText())) {
      open("/?view=" + view);
      waitUntil("the " + view + " view", () -> Boolean.TRUE.equals(browser.executeScript("return !!document.body.dataset.firstView")));
      long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
      assertTrue(width <= inner, "no sideways scrolling at 390 px in view " + view + ": " + width + " px");
    }
    shot("article-phone.png");
  }

  // --- helpers

  void open(String pathAndQuery) {
    browser.get("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  void waitForMap() {
    waitUntil("the map's markers", () -> {
      Object ready = browser.executeScript(
          "return !document.body.dataset.loading && document.getElementById('map-status').dataset.placed !== undefined");
      return Boolean.TRUE.equals(ready);
    });
  }

  interface Check {
    boolean holds();
  }

  static void waitUntil(String what, Check check) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> check.holds());
    } catch (org.openqa.selenium.TimeoutException e) {
      String error = browser.findElement(By.id("error")).getText();
      fail("timed out waiting for " + what + (error.isBlank() ? "" : "; the page says: " + error), e);
    }
  }

  static long attr(String css, String name) {
    String v = browser.findElement(By.cssSelector(css)).getAttribute(name);
    return v == null ? -1 : Long.parseLong(v);
  }

  static long attrOf(WebElement e, String name) {
    return Long.parseLong(e.getAttribute(name));
  }

  static long markerSum() {
    return browser.findElements(By.cssSelector("#map .cell")).stream().mapToLong(e -> attrOf(e, "data-count")).sum();
  }

  /** What the bars drawn by Chart.js add up to. */
  static long chartSum() {
    Object sum = ((JavascriptExecutor) browser).executeScript(
        "const c = Chart.getChart(document.getElementById('timeline'));"
            + " return c.data.datasets.flatMap(d => d.data).reduce((a, b) => a + b, 0);");
    return ((Number) sum).longValue();
  }

  static void shot(String name) throws IOException {
    Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(file, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  static JsonNode get(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
    return JSON.readTree(r.body());
  }

  /** Every event /api/events lists for the query, all pages. */
  static List<JsonNode> events(String query) throws IOException, InterruptedException {
    List<JsonNode> out = new ArrayList<>();
    String after = null;
    do {
      JsonNode page = get("/api/events?limit=1000" + (query.isEmpty() ? "" : "&" + query)
          + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8)));
      page.path("items").forEach(out::add);
      after = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText(null);
    } while (after != null);
    return out;
  }

  /** The sum of /api/counts from..to, asked in windows of at most 3000 days (the endpoint's limit is 3660). */
  static long countsSum(String from, String to, String country) throws IOException, InterruptedException {
    long sum = 0;
    LocalDate last = LocalDate.parse(to);
    for (LocalDate start = LocalDate.parse(from); !start.isAfter(last); start = start.plusDays(3001)) {
      LocalDate end = start.plusDays(3000).isAfter(last) ? last : start.plusDays(3000);
      JsonNode counts = get("/api/counts?from=" + start + "&to=" + end + (country == null ? "" : "&country=" + country));
      for (JsonNode c : counts.path("counts")) {
        sum += c.path("events").asLong();
      }
    }
    return sum;
  }

  /** The country of the most events' places; the demo sample has events in several. */
  static String busiestPlaceCountry(List<JsonNode> events) {
    Map<String, Integer> n = new HashMap<>();
    for (JsonNode e : events) {
      String c = e.path("event").path("place").path("country").asText("");
      if (c.matches("[A-Z]{3}")) {
        n.merge(c, 1, Integer::sum);
      }
    }
    return n.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** Two words following each other in a stored quote: a phrase the search must find. */
  static String phraseFromTheStore() throws IOException, InterruptedException {
    Pattern twoWords = Pattern.compile("\\b([A-Za-z]{4,}) ([A-Za-z]{4,})\\b");
    for (JsonNode q : get("/api/quotes?limit=100").path("items")) {
      Matcher m = twoWords.matcher(q.path("text").asText());
      if (m.find()) {
        return m.group();
      }
    }
    throw new AssertionError("no stored quote holds two words of four letters or more in a row");
  }

  static Map<String, String> query(String url) {
    Map<String, String> out = new HashMap<>();
    String q = URI.create(url).getRawQuery();
    for (String pair : q.split("&")) {
      int eq = pair.indexOf('=');
      out.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }
}
