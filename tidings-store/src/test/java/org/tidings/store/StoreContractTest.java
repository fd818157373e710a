package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidings.model.Article;
import org.tidings.model.Document;
import org.tidings.model.Event;
import org.tidings.model.Layers;
import org.tidings.model.Modality;
import org.tidings.model.Outcome;

/**
 * What every backend must do, run once per backend by its subclass. Each test gets a new, empty
 * store from {@link #location()}.
 */
abstract class StoreContractTest {
  EventStore store;

  /** Where a new, empty store for one test lives; the same value reopens it. */
  abstract String location();

  @BeforeEach
  void open() {
    store = EventStores.open(location());
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  void reopen() {
    store.close();
    store = EventStores.open(location());
  }

  @Test
  void tableColumnsAreInSchemaOrder() {
    ((JdbcEventStore) store).withConnection("check columns", c -> {
      for (Table t : Table.values()) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + t.sqlName + " WHERE 1 = 0")) {
          ResultSetMetaData md = rs.getMetaData();
          List<String> names = new ArrayList<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            names.add(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
          }
          assertEquals(t.columns, names, t.sqlName);
        }
      }
      return null;
    });
  }

  @Test
  void storesEveryLayerOfACodedArticle() {
    Outcome.Coded wire = TestArticles.wire("1");
    IngestResult r = store.ingest(wire);
    assertEquals(IngestResult.Status.STORED, r.status());
    assertEquals(5, r.newEvents());
    assertEquals(new StoreStats(1, 1, 5, 5, 2, 5), store.stats());

    StoredArticle a = store.article(r.articleId()).orElseThrow();
    assertEquals(TestArticles.WIRE, a.text());
    assertEquals("coded", a.outcome());
    assertEquals(List.of("times", "places", "actors", "quotes", "events"), a.layers());

    StoredEvent host = only(store.events(EventQuery.builder().cameoCode("043").build()));
    assertEquals(LocalDate.of(2021, 10, 13), host.day());
    assertEquals(new StoredEvent.Party("Vladimir Putin", "RUSGOV", "RUS", "GOV"), host.source());
    assertEquals(new StoredEvent.Party("Saimumin Yatimov", "TJKSPY", "TJK", "SPY"), host.target());
    assertEquals("Moscow", host.place().name());
    assertEquals(524901, host.place().geonameId());
    assertEquals(1, host.mentions());
    assertEquals("https://wire.example/1", host.sourceUrl());

    EventMention evidence = store.mentions(host.eventId()).get(0);
    assertEquals("Russian President Vladimir Putin hosted Tajik security chief Saimumin Yatimov in Moscow on Wednesday.",
        evidence.sentenceText().substring(evidence.sentenceText().indexOf("Russian")));
    assertEquals("hosted", evidence.triggerText());
    assertEquals("hosted", evidence.trigger().of(a.text()));

    StoredQuote q = only(store.quotes(QuoteQuery.bySpeaker("putin")));
    assertEquals("We will help our allies in every way,", q.text());
    assertEquals(q.text(), q.span().of(a.text()));
    assertEquals("Putin said", q.speaker().of(a.text()));
  }

  @Test
  void theSameArticleTwiceChangesNothing() {
    store.ingest(TestArticles.wire("1"));
    StoreStats before = store.stats();
    IngestResult again = store.ingest(TestArticles.wire("1"));
    assertEquals(IngestResult.Status.UNCHANGED, again.status());
    List<IngestResult> batch = store.ingestAll(List.of(TestArticles.wire("1"), TestArticles.other(), TestArticles.other()));
    assertEquals(List.of(IngestResult.Status.UNCHANGED, IngestResult.Status.STORED, IngestResult.Status.UNCHANGED),
        batch.stream().map(IngestResult::status).toList());
    assertEquals(before.events() + 2, store.stats().events());
    reopen();
    store.ingest(TestArticles.other());
    assertEquals(new StoreStats(2, 2, 7, 7, 2, 7), store.stats());
  }

  @Test
  void aSyndicatedCopyAddsMentionsNotEvents() {
    store.ingest(TestArticles.wire("1"));
    String copy = TestArticles.syndicatedCopy();
    assertFalse(copy.equals(TestArticles.WIRE));
    // The copy's dateline puts the attack a day later: by the strict key a different event.
    Outcome.Coded syndicated = TestArticles.coded(copy, "https://courier.example/a", "Daily Courier", LocalDate.of(2021, 10, 14), 1);
    IngestResult r = store.ingest(syndicated);
    assertEquals(IngestResult.Status.STORED, r.status());
    assertEquals(Article.idOf(TestArticles.WIRE), r.nearDuplicateOf());
    assertEquals(0, r.newEvents());
    assertEquals(5, r.addedMentions());
    StoreStats stats = store.stats();
    assertEquals(5, stats.events());
    assertEquals(10, stats.mentions());
    assertEquals(2, stats.coded());

    StoredEvent attack = only(store.events(EventQuery.builder().cameoRoot("19").build()));
    assertEquals(LocalDate.of(2021, 10, 12), attack.day());
    assertEquals(2, attack.mentions());
    assertEquals(2, attack.articles());
    assertEquals(2, attack.sources());
    List<EventMention> ms = store.mentions(attack.eventId());
    assertEquals(List.of(false, true), ms.stream().map(EventMention::nearDuplicate).toList());
    assertEquals(ms.get(0).sentenceText(), ms.get(1).sentenceText());
    assertEquals(TestArticles.sentenceOf(TestArticles.WIRE, TestArticles.span(TestArticles.WIRE, "attacking a border post")).of(TestArticles.WIRE),
        ms.get(0).sentenceText());
    // Several events in one read, as the events API asks; an unknown id is left out.
    long other = only(store.events(EventQuery.builder().cameoRoot("04").limit(1).build())).eventId();
    Map<Long, List<EventMention>> both = store.mentions(List.of(attack.eventId(), other, 42L));
    assertEquals(Set.of(attack.eventId(), other), both.keySet());
    assertEquals(ms, both.get(attack.eventId()));
  }

  @Test
  void anArticlesSegmentsRoundTripAndTheLeftOversAreAnnotations() {
    Outcome.Coded printed = TestArticles.printed();
    List<org.tidings.model.Segment> segments = printed.document().article().segments();
    IngestResult r = store.ingest(printed);
    assertEquals(IngestResult.Status.STORED, r.status());
    List<org.tidings.model.Segment> stored = ((JdbcEventStore) store).withConnection("read the segments", c -> {
      List<org.tidings.model.Segment> out = new ArrayList<>();
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT kind, span_begin, span_end, reason FROM segments WHERE article_id = '" + r.articleId() + "' ORDER BY ordinal")) {
        while (rs.next()) {
          out.add(new org.tidings.model.Segment(new org.tidings.model.TextSpan(rs.getInt(2), rs.getInt(3)),
              org.tidings.model.SegmentKind.valueOf(rs.getString(1)), rs.getString(4)));
        }
      }
      return out;
    });
    assertEquals(segments, stored, "every segment, the body's too, in order");

    String text = store.article(r.articleId()).orElseThrow().text();
    List<TextAnnotation> apart = store.annotations(r.articleId()).stream()
        .filter(a -> a.kind() == TextAnnotation.Kind.SEGMENT).toList();
    assertEquals(List.of("title same as the title Allies meet", "residue reading-time note 2 min read",
        "caption picture credit Border guards on the river bank (Photo: Tidings Wire)"),
        apart.stream().map(a -> a.label() + " " + a.detail() + " " + a.text()).toList());
    for (TextAnnotation a : apart) {
      assertEquals(a.span().of(text), a.text());
    }
    // storing it again adds no segment twice
    store.ingest(printed);
    reopen();
    assertEquals(apart, store.annotations(r.articleId()).stream().filter(a -> a.kind() == TextAnnotation.Kind.SEGMENT).toList());
  }

  /** A store made before V5 has no segments table: opening it adds the table, and its articles have none. */
  @Test
  void migrationV5AddsSegmentsToAStoreWithout() {
    IngestResult before = store.ingest(TestArticles.wire("1"));
    ((JdbcEventStore) store).withConnection("take the store back to V4", c -> {
      try (Statement st = c.createStatement()) {
        st.execute("DROP TABLE segments");
        st.execute("DELETE FROM schema_version WHERE version = 5");
      }
      return null;
    });
    reopen();
    assertFalse(store.annotations(before.articleId()).isEmpty(), "the old article's annotations are read");
    assertTrue(store.annotations(before.articleId()).stream().noneMatch(a -> a.kind() == TextAnnotation.Kind.SEGMENT));
    IngestResult after = store.ingest(TestArticles.printed());
    assertEquals(3, store.annotations(after.articleId()).stream().filter(a -> a.kind() == TextAnnotation.Kind.SEGMENT).count());
  }

  /** A store at schema V3 kept bands of the earlier MinHash; V4 computes them again from the texts. */
  @Test
  void migrationV4BandsStoredArticlesAgainSoCopiesAreStillFound() {
    store.ingest(TestArticles.wire("1"));
    ((JdbcEventStore) store).withConnection("take the store back to V3", c -> {
      try (Statement st = c.createStatement()) {
        st.execute("DELETE FROM article_bands");
        st.execute("INSERT INTO article_bands (band_hash, article_id) SELECT 42, article_id FROM articles");
        st.execute("DROP TABLE segments"); // V5's, made again after V4
        st.execute("DELETE FROM schema_version WHERE version >= 4");
      }
      return null;
    });
    reopen();
    IngestResult copy = store.ingest(TestArticles.coded(TestArticles.syndicatedCopy(), "https://courier.example/a",
        "Daily Courier", LocalDate.of(2021, 10, 14), 1));
    assertEquals(Article.idOf(TestArticles.WIRE), copy.nearDuplicateOf());
    assertEquals(0, copy.newEvents());
  }

  @Test
  void anIndependentReportOfTheSameEventIsAMention() {
    store.ingest(TestArticles.wire("1"));
    // Different words around the same coded facts: not a near-duplicate, merged by the event key.
    IngestResult r = store.ingest(TestArticles.independentReport());
    assertNull(r.nearDuplicateOf());
    assertEquals(0, r.newEvents());
    assertEquals(5, r.addedMentions());
    assertEquals(5, store.stats().events());
  }

  /**
   * Each batch is prepared while the one before is still being written: the decisions that depend
   * on that batch (a copy of it, an article of it again, an event it stored, an article it kept as
   * failed) must come out as separate calls would make them.
   */
  @Test
  void aPipelinedLoadDecidesAcrossBatchesAsSeparateCallsWould() {
    Outcome.Coded wire = TestArticles.wire("1");
    Outcome.Coded syndicated = TestArticles.coded(TestArticles.syndicatedCopy(), "https://courier.example/a", "Daily Courier",
        LocalDate.of(2021, 10, 14), 1);
    Outcome.Coded other = TestArticles.other();
    Article otherArticle = other.document().article();
    List<List<Outcome>> batches = List.of(
        List.of(wire),
        List.of(syndicated, TestArticles.wire("1")),
        List.of(),
        List.of(TestArticles.independentReport(), new Outcome.Failed(otherArticle.origin(), "annotate", "timed out", otherArticle)),
        List.of(other));
    List<List<IngestResult>> committed = new ArrayList<>();
    store.ingestBatches(batches.iterator(), committed::add);

    assertEquals(List.of(List.of(IngestResult.Status.STORED), List.of(IngestResult.Status.STORED, IngestResult.Status.UNCHANGED),
        List.of(IngestResult.Status.STORED, IngestResult.Status.STORED), List.of(IngestResult.Status.REPLACED)),
        committed.stream().map(b -> b.stream().map(IngestResult::status).toList()).toList());
    IngestResult copy = committed.get(1).get(0);
    assertEquals(Article.idOf(TestArticles.WIRE), copy.nearDuplicateOf());
    assertEquals(List.of(0, 5), List.of(copy.newEvents(), copy.addedMentions()));
    IngestResult independent = committed.get(2).get(0);
    assertEquals(List.of(0, 5), List.of(independent.newEvents(), independent.addedMentions()));
    assertEquals(2, committed.get(3).get(0).newEvents());
    StoredEvent attack = only(store.events(EventQuery.builder().cameoRoot("19").build()));
    assertEquals(3, attack.mentions());
    assertEquals(7, store.stats().events());
    assertEquals("coded", store.article(otherArticle.id()).orElseThrow().outcome());
  }

  @Test
  void aFailedBatchEndsAPipelinedLoadAndLeavesTheBatchesBeforeIt() {
    List<List<IngestResult>> committed = new ArrayList<>();
    Iterator<List<Outcome>> batches = List.<List<Outcome>>of(List.of(TestArticles.wire("1"))).iterator();
    Iterator<List<Outcome>> failing = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public List<Outcome> next() {
        if (batches.hasNext()) {
          return batches.next();
        }
        throw new IllegalStateException("the input broke");
      }
    };
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.ingestBatches(failing, committed::add));
    assertEquals("the input broke", e.getMessage());
    // The batch in flight when the input broke was still written, and its results handed over.
    assertEquals(List.of(IngestResult.Status.STORED), committed.stream().flatMap(List::stream).map(IngestResult::status).toList());
    assertEquals(5, store.stats().events());
    assertEquals(IngestResult.Status.UNCHANGED, store.ingest(TestArticles.wire("1")).status());
  }

  @Test
  void skippedAndFailedOutcomesAreKeptAndLaterReplacedByTheCodedArticle() {
    Outcome.Coded wire = TestArticles.wire("1");
    Article article = wire.document().article();
    store.ingest(new Outcome.Failed("in.jsonl:3", "input", "not JSON: unexpected end", null));
    store.ingest(new Outcome.Failed(article.origin(), "annotate", "out of memory", article));
    StoredArticle failed = store.article(article.id()).orElseThrow();
    assertEquals("failed", failed.outcome());
    assertEquals("out of memory", failed.reason());
    assertEquals(IngestResult.Status.UNCHANGED,
        store.ingest(new Outcome.Skipped(article.origin(), "input", "too short", article)).status());
    assertEquals(IngestResult.Status.REPLACED, store.ingest(wire).status());
    assertEquals("coded", store.article(article.id()).orElseThrow().outcome());
    assertEquals(new StoreStats(2, 1, 5, 5, 2, 5), store.stats());
  }

  @Test
  void anInconsistentDocumentIsKeptAsAFailureAndTheBatchGoesOn() {
    Outcome.Coded good = TestArticles.other();
    Outcome.Coded wire = TestArticles.wire("1");
    Document doc = wire.document();
    List<Event> events = new ArrayList<>(doc.get(Layers.EVENTS));
    events.add(events.get(0)); // the same local id twice: the rows could not be keyed
    Document broken = Document.of(doc.article()).with(Layers.EVENTS, events);
    List<IngestResult> results = store.ingestAll(List.of(new Outcome.Coded(broken, List.of()), good));
    assertEquals(List.of(IngestResult.Status.REJECTED, IngestResult.Status.STORED), results.stream().map(IngestResult::status).toList());
    StoredArticle rejected = store.article(doc.article().id()).orElseThrow();
    assertEquals("failed", rejected.outcome());
    assertEquals("store", rejected.stage());
    assertEquals("two events with id E1", rejected.reason());
    assertEquals(new StoreStats(2, 1, 2, 2, 0, 2), store.stats());
    assertEquals(IngestResult.Status.REPLACED, store.ingest(wire).status());
    assertEquals(7, store.stats().events());
  }

  @Test
  void eventFiltersSelectTheRightEvents() {
    store.ingestAll(List.of(TestArticles.wire("1"), TestArticles.other()));
    assertEquals(Set.of("043", "112", "190"), codes(EventQuery.builder().country("TJK").build()));
    assertEquals(Set.of("043"), codes(EventQuery.builder().country("TJK").side(EventQuery.Side.TARGET).cameoRoot("04").build()));
    assertEquals(Set.of("112"), codes(EventQuery.builder().country("TJK").side(EventQuery.Side.SOURCE).build()));
    assertEquals(Set.of("190", "112"), codes(EventQuery.builder().country("AFG").build()));
    assertEquals(Set.of("043", "070", "112"), codes(EventQuery.builder().role("GOV").side(EventQuery.Side.SOURCE).from(LocalDate.of(2021, 10, 1)).to(LocalDate.of(2021, 10, 31)).build()));
    assertEquals(Set.of("043", "070"), codes(EventQuery.builder().actor("vladimir putin").build()));
    assertEquals(Set.of("141", "036"), codes(EventQuery.builder().actor("FRAAGR").build()));
    assertEquals(Set.of("190"), codes(EventQuery.builder().quadClass(4).build()));
    assertEquals(Set.of("070", "036"), codes(EventQuery.builder().modality(Modality.INTENDED).build()));
    assertEquals(Set.of("112", "190"), codes(EventQuery.builder().bbox(BoundingBox.parse("30,60,40,80")).build()));
    assertEquals(Set.of("190"), codes(EventQuery.builder().from(LocalDate.of(2021, 10, 12)).to(LocalDate.of(2021, 10, 12)).build()));
    assertEquals(Set.of("141", "036"), codes(EventQuery.builder().from(LocalDate.of(2021, 11, 1)).build()));
    assertEquals(Set.of("0241"), codes(EventQuery.builder().cameoCode("0241").build()));
    assertEquals(Set.of(), codes(EventQuery.builder().actor("Robert'); DROP TABLE events; --").build()));
    assertEquals(Set.of("141", "036"), codes(EventQuery.builder().article(TestArticles.other().document().article().id()).build()));
    assertEquals(Set.of("190"), codes(EventQuery.builder().article(Article.idOf(TestArticles.WIRE)).cameoRoot("19").build()));
    assertEquals(Set.of(), codes(EventQuery.builder().article("' OR 1=1 --").build()));
    assertEquals(7, store.stats().events());
  }

  @Test
  void pagesFollowEachOtherWithoutGapsOrRepeats() {
    store.ingestAll(List.of(TestArticles.wire("1"), TestArticles.other()));
    List<Long> seen = new ArrayList<>();
    Page<StoredEvent> page = store.events(EventQuery.builder().limit(3).build());
    int pages = 1;
    seen.addAll(page.items().stream().map(StoredEvent::eventId).toList());
    while (page.nextCursor() != null) {
      page = store.events(EventQuery.builder().limit(3).after(page.nextCursor()).build());
      seen.addAll(page.items().stream().map(StoredEvent::eventId).toList());
      pages++;
    }
    assertEquals(3, pages);
    assertEquals(7, seen.size());
    assertEquals(7, new HashSet<>(seen).size());
    List<LocalDate> days = new ArrayList<>();
    store.scanEvents(EventQuery.all(), e -> days.add(e.day()));
    assertEquals(days.stream().sorted().toList(), days);
    assertEquals(7, days.size());
  }

  @Test
  void pagesAreNewestFirstUnlessAskedOtherwiseAndTheCursorKeepsTheOrder() {
    store.ingestAll(List.of(TestArticles.wire("1"), TestArticles.other()));
    List<StoredEvent> newest = new ArrayList<>();
    Page<StoredEvent> page = store.events(EventQuery.builder().limit(2).build());
    newest.addAll(page.items());
    while (page.nextCursor() != null) {
      page = store.events(EventQuery.builder().limit(2).after(page.nextCursor()).build());
      newest.addAll(page.items());
    }
    assertEquals(7, newest.size());
    for (int i = 1; i < newest.size(); i++) {
      StoredEvent a = newest.get(i - 1);
      StoredEvent b = newest.get(i);
      int byDay = Integer.compare(ArticleRows.day(a.day()), ArticleRows.day(b.day()));
      assertTrue(byDay > 0 || byDay == 0 && a.eventId() > b.eventId(), a + " before " + b);
    }
    List<StoredEvent> oldest = store.events(EventQuery.builder().order(EventQuery.Order.OLDEST).build()).items();
    List<StoredEvent> reversed = new ArrayList<>(newest);
    java.util.Collections.reverse(reversed);
    assertEquals(reversed.stream().map(StoredEvent::eventId).toList(), oldest.stream().map(StoredEvent::eventId).toList());
  }

  @Test
  void eventsFilterByPloverTypeConfidenceOutletAndText() {
    store.ingestAll(List.of(TestArticles.wire("1"), TestArticles.other()));
    assertEquals(Set.of("043", "036"), codes(EventQuery.builder().plover(PloverType.CONSULT).build()));
    assertEquals(7, store.events(EventQuery.builder().minConfidence(0.0).build()).items().size());
    assertEquals(0, store.events(EventQuery.builder().minConfidence(1.0).build()).items().size());
    assertEquals(Set.of("141", "036"), codes(EventQuery.builder().outlet("NEWS EXAMPLE").build()));
    assertEquals(Set.of(), codes(EventQuery.builder().outlet("News").build()), "a whole name, not a part");
    assertEquals(codes(EventQuery.builder().actor("Taliban").build()), codes(EventQuery.builder().text("talib").build()));
    assertEquals(Set.of(), codes(EventQuery.builder().text("%").build()), "LIKE wildcards are only text");
    assertEquals("confidence", assertThrows(InvalidQueryException.class,
        () -> EventQuery.builder().minConfidence(1.5).build()).parameter());
  }

  @Test
  void articlesAreListedMostRecentlyStoredFirstWithTheirEventReports() {
    store.ingest(TestArticles.wire("1"));
    store.ingest(new Outcome.Failed("bad.jsonl:2", "input", "malformed JSON", null));
    store.ingest(TestArticles.other());
    Page<ArticleSummary> all = store.articles(new ArticleQuery(null, null, 0, 10));
    assertEquals(3, all.items().size());
    assertEquals(Article.idOf(TestArticles.WIRE), all.items().get(2).articleId());
    assertEquals(5, all.items().get(2).events());
    assertEquals("Tidings Wire", all.items().get(2).source());
    Page<ArticleSummary> failed = store.articles(new ArticleQuery("failed", null, 0, 10));
    assertEquals("malformed JSON", only(failed).reason());
    Page<ArticleSummary> first = store.articles(new ArticleQuery(null, null, 0, 2));
    assertEquals("2", first.nextCursor());
    assertEquals(1, store.articles(new ArticleQuery(null, null, 2, 2)).items().size());
    assertEquals(1, store.articles(new ArticleQuery(null, "news example", 0, 10)).items().size());
    assertEquals("outcome", assertThrows(InvalidQueryException.class, () -> new ArticleQuery("lost", null, 0, 10)).parameter());
  }

  @Test
  void badQueryValuesAreRejectedWithTheirName() {
    assertEquals("country", assertThrows(InvalidQueryException.class, () -> EventQuery.builder().country("ru'; --").build()).parameter());
    assertEquals("cameoRoot", assertThrows(InvalidQueryException.class, () -> EventQuery.builder().cameoRoot("21").build()).parameter());
    assertEquals("quadClass", assertThrows(InvalidQueryException.class, () -> EventQuery.builder().quadClass(5).build()).parameter());
    assertEquals("limit", assertThrows(InvalidQueryException.class, () -> EventQuery.builder().limit(1_000_000).build()).parameter());
    assertEquals("to", assertThrows(InvalidQueryException.class,
        () -> EventQuery.builder().from(LocalDate.of(2021, 2, 1)).to(LocalDate.of(2021, 1, 1)).build()).parameter());
    assertEquals("after", assertThrows(InvalidQueryException.class, () -> EventQuery.builder().after("x").build()).parameter());
    assertEquals("bbox", assertThrows(InvalidQueryException.class, () -> BoundingBox.parse("10,20,5,30")).parameter());
    assertEquals("speaker", assertThrows(InvalidQueryException.class, () -> QuoteQuery.bySpeaker("x".repeat(500))).parameter());
    assertThrows(IllegalArgumentException.class, () -> new CountQuery(LocalDate.of(2000, 1, 1), LocalDate.of(2021, 1, 1), CountQuery.By.ROOT, null));
  }

  @Test
  void quotesAreFoundBySpeakerAndWordsWithLikeCharactersTakenLiterally() {
    store.ingestAll(List.of(TestArticles.wire("1"), TestArticles.other()));
    assertEquals(2, store.quotes(new QuoteQuery(null, null, null, null, 0, 10)).items().size());
    assertEquals("Q2", only(store.quotes(QuoteQuery.byText("BORDER POST"))).quoteId());
    assertEquals(0, store.quotes(QuoteQuery.byText("%")).items().size());
    assertEquals(0, store.quotes(QuoteQuery.bySpeaker("_")).items().size());
    Page<StoredQuote> first = store.quotes(new QuoteQuery(null, null, null, null, 0, 1));
    assertEquals("1", first.nextCursor());
  }

  @Test
  void quotesAreFoundByTheSpeakersActorCode() {
    store.ingestAll(List.of(TestArticles.wire("1"), TestArticles.other()));
    StoredQuote putin = only(store.quotes(new QuoteQuery(null, "RUSGOV", null, null, 0, 10)));
    assertEquals("Q1", putin.quoteId());
    assertEquals("RUSGOV", putin.speakerCode(), "the speaker's code is given with the quote");
    assertEquals("Q1", only(store.quotes(new QuoteQuery(null, "RUS", null, null, 0, 10))).quoteId(), "a country alone");
    assertEquals("Q2", only(store.quotes(new QuoteQuery(null, "TJK", null, null, 0, 10))).quoteId());
    assertEquals(0, store.quotes(new QuoteQuery(null, "GOV", null, null, 0, 10)).items().size(), "both speakers have a country");
    assertEquals(0, store.quotes(new QuoteQuery("putin", "TJK", null, null, 0, 10)).items().size(), "filters combine");
    assertEquals("code", assertThrows(InvalidQueryException.class, () -> new QuoteQuery(null, "RU'", null, null, 0, 10)).parameter());
  }

  @Test
  void actorsAreMergedAcrossArticles() {
    store.ingestAll(List.of(TestArticles.wire("1"), TestArticles.other(),
        TestArticles.coded(TestArticles.syndicatedCopy(), null, "Daily Courier", LocalDate.of(2021, 10, 14), 0)));
    List<ActorSummary> putin = store.actors(new ActorQuery("putin", null, null, 10));
    assertEquals(1, putin.size());
    assertEquals(new ActorSummary("Vladimir Putin", "PERSON", "RUS", "GOV", 2, 4), putin.get(0));
    assertEquals(Set.of("Government of Tajikistan", "Saimumin Yatimov"),
        store.actors(new ActorQuery(null, "TJK", null, 10)).stream().map(ActorSummary::name).collect(java.util.stream.Collectors.toSet()));
    assertEquals(3, store.actors(new ActorQuery(null, null, "GOV", 10)).size());
  }

  @Test
  void dailyCountsSplitByQuadClassAndRoot() {
    store.ingestAll(List.of(TestArticles.wire("1"), TestArticles.other()));
    List<DailyCount> quad = store.dailyCounts(new CountQuery(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 31), CountQuery.By.QUAD_CLASS, null));
    assertEquals(List.of(
        new DailyCount(LocalDate.of(2021, 10, 12), "4", 1),
        new DailyCount(LocalDate.of(2021, 10, 13), "1", 2),
        new DailyCount(LocalDate.of(2021, 10, 13), "2", 1),
        new DailyCount(LocalDate.of(2021, 10, 13), "3", 1)), quad);
    List<DailyCount> roots = store.dailyCounts(new CountQuery(LocalDate.of(2021, 11, 8), LocalDate.of(2021, 11, 8), CountQuery.By.ROOT, "FRA"));
    assertEquals(List.of(new DailyCount(LocalDate.of(2021, 11, 8), "03", 1), new DailyCount(LocalDate.of(2021, 11, 8), "14", 1)), roots);
  }

  @Test
  void codedArticlesAreReadBackWithTheirQuotes() {
    Outcome.Coded wire = TestArticles.wire("1");
    store.ingestAll(List.of(wire, TestArticles.other(), new Outcome.Failed("bad.jsonl:3", "input", "malformed JSON", null)));
    List<Document> docs = new ArrayList<>();
    store.scanCodedArticles(docs::add);
    assertEquals(2, docs.size());
    Document read = docs.stream().filter(d -> d.article().id().equals(wire.document().article().id())).findFirst().orElseThrow();
    Article a = wire.document().article();
    assertEquals(List.of(a.id(), a.url(), a.source(), a.published(), a.language(), a.text(), a.origin()),
        List.of(read.article().id(), read.article().url(), read.article().source(), read.article().published(),
            read.article().language(), read.article().text(), read.article().origin()));
    assertEquals(wire.document().get(Layers.QUOTES), read.get(Layers.QUOTES));
  }

  @Test
  void dataSurvivesReopening() {
    store.ingest(TestArticles.wire("1"));
    reopen();
    assertEquals(5, store.stats().events());
    assertEquals(IngestResult.Status.UNCHANGED, store.ingest(TestArticles.wire("1")).status());
  }

  @Test
  void exportsGdeltRowsThatTheGdeltReaderParses(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    store.ingestAll(List.of(TestArticles.wire("1"), TestArticles.other()));
    java.nio.file.Path out = dir.resolve("events.gdelt.tsv");
    assertEquals(7, Exporter.export(store, EventQuery.all(), ExportFormat.GDELT, out));
    List<String> lines = java.nio.file.Files.readAllLines(out);
    assertEquals(7, lines.size());
    GdeltEventRow host = null;
    for (String line : lines) {
      GdeltEventRow row = GdeltEventRow.parse(line);
      assertEquals(61, row.columns().size());
      if (row.eventCode().equals("043")) {
        host = row;
      }
    }
    assertEquals("20211013", host.get("SQLDATE"));
    assertEquals("2021.7753", host.get("FractionDate"));
    assertEquals("RUSGOV", host.get("Actor1Code"));
    assertEquals("VLADIMIR PUTIN", host.get("Actor1Name"));
    assertEquals("TJK", host.get("Actor2CountryCode"));
    assertEquals("SPY", host.get("Actor2Type1Code"));
    assertEquals("04", host.get("EventRootCode"));
    assertEquals(1, host.quadClass());
    assertEquals(2.8, host.goldstein());
    assertEquals("1", host.get("IsRootEvent"));
    assertEquals("4", host.get("ActionGeo_Type"));
    assertEquals("55.7522", host.get("ActionGeo_Lat"));
    assertEquals("524901", host.get("ActionGeo_FeatureID"));
    assertEquals("RS", host.get("ActionGeo_CountryCode"), "GDELT's geo country codes are FIPS 10-4");
    assertEquals("RS48", host.get("ActionGeo_ADM1Code"));
    assertEquals("", host.get("AvgTone"), "tone is not measured: blank, not 0");
    assertEquals("https://wire.example/1", host.sourceUrl());
    assertEquals(14, host.get("DATEADDED").length());
  }

  @Test
  void gdeltRowsOfAnUndatedEventAreDatedAndNameImpliedActorsByCountry(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    store.ingest(TestArticles.undated());
    java.nio.file.Path out = dir.resolve("undated.tsv");
    assertEquals(1, Exporter.export(store, EventQuery.all(), ExportFormat.GDELT, out));
    GdeltEventRow row = GdeltEventRow.parse(java.nio.file.Files.readAllLines(out).get(0));
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString().replace("-", "");
    assertEquals(today, row.get("SQLDATE"), "no event date, no publication date: the day it was stored");
    assertEquals(today.substring(0, 6), row.get("MonthYear"));
    assertFalse(row.get("FractionDate").isEmpty());
    assertEquals("UNITED STATES", row.get("Actor2Name"));
    assertEquals("VE", row.get("ActionGeo_CountryCode"));
    assertEquals("VE", row.get("ActionGeo_ADM1Code"));
    assertEquals("VE", row.get("ActionGeo_FeatureID"));
    assertEquals("1", row.get("ActionGeo_Type"));
    for (String line : java.nio.file.Files.readAllLines(out)) {
      assertFalse(line.toLowerCase(java.util.Locale.ROOT).contains("implied"), line);
    }
    java.nio.file.Path jsonl = dir.resolve("undated.jsonl");
    Exporter.export(store, EventQuery.all(), ExportFormat.JSONL, jsonl);
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Files.readAllLines(jsonl).get(0));
    assertEquals("ingested", json.get("day_source").asText());
    assertEquals("United States", json.get("target_name").asText());
    assertTrue(json.get("target_implied").asBoolean());
    assertEquals("VEN", json.get("place_country").asText());
    assertEquals("VE", json.get("place_country_fips").asText());
  }

  @Test
  void everyExportRowCarriesTheEvidenceOfItsFirstReport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    store.ingestAll(List.of(TestArticles.wire("1"), TestArticles.other(), TestArticles.undated()));
    java.nio.file.Path jsonl = dir.resolve("all.jsonl");
    assertEquals(8, Exporter.export(store, EventQuery.all(), ExportFormat.JSONL, jsonl));
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    int seen = 0;
    for (String line : java.nio.file.Files.readAllLines(jsonl)) {
      var row = mapper.readTree(line);
      for (String field : List.of("article_id", "sentence_text", "trigger_text", "trigger_begin", "trigger_end",
          "sentence_begin", "sentence_end", "confidence", "modality", "article_title", "day", "day_source")) {
        assertFalse(row.get(field).isNull(), field + " missing in " + line);
      }
      String text = row.get("article_title").asText().startsWith("Farmers") ? TestArticles.OTHER
          : row.get("article_title").asText().startsWith("Flags") ? TestArticles.UNDATED : TestArticles.WIRE;
      assertEquals(row.get("trigger_text").asText(), text.substring(row.get("trigger_begin").asInt(), row.get("trigger_end").asInt()));
      assertEquals(row.get("sentence_text").asText(), text.substring(row.get("sentence_begin").asInt(), row.get("sentence_end").asInt()));
      if (row.get("cameo_code").asText().equals("043")) {
        assertEquals("hosted", row.get("trigger_text").asText());
        assertEquals("Putin hosts Tajik security chief", row.get("article_title").asText());
        assertEquals("https://wire.example/1", row.get("source_url").asText());
        assertEquals("event", row.get("day_source").asText());
        assertEquals(0.8, row.get("confidence").asDouble());
        seen++;
      }
    }
    assertEquals(1, seen);
  }

  @Test
  void csvIsRfc4180WithAnOptionalByteOrderMark(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    store.ingest(TestArticles.undated());
    java.nio.file.Path plain = dir.resolve("plain.csv");
    java.nio.file.Path bom = dir.resolve("bom.csv");
    Exporter.export(store, EventQuery.all(), ExportFormat.CSV, plain);
    Exporter.export(store, EventQuery.all(), ExportFormat.CSV, new Exporter.Options(true), bom);
    byte[] withBom = java.nio.file.Files.readAllBytes(bom);
    byte[] without = java.nio.file.Files.readAllBytes(plain);
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(withBom[0], withBom[1], withBom[2]));
    assertEquals('e', without[0]);
    assertEquals(new String(without, java.nio.charset.StandardCharsets.UTF_8),
        new String(withBom, 3, withBom.length - 3, java.nio.charset.StandardCharsets.UTF_8));
    // DuckDB's CSV reader (RFC 4180) reads the quoted evidence sentence back whole.
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement();
        var rs = st.executeQuery("SELECT COUNT(*), MIN(trigger_text), MIN(article_title) FROM read_csv('" + plain
            + "', header = true, quote = '\"', escape = '\"')")) {
      rs.next();
      assertEquals(1, rs.getInt(1));
      assertEquals("condemning", rs.getString(2));
      assertEquals("Flags burned in Caracas", rs.getString(3));
    }
    String csv = new String(without, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(csv.contains("\"Venezuelan protesters burned flags outside the embassy in Caracas, condemning new sanctions.\""), csv);
    assertTrue(csv.endsWith("\r\n"));
    assertThrows(IllegalArgumentException.class,
        () -> Exporter.export(store, EventQuery.all(), ExportFormat.GDELT, new Exporter.Options(true), dir.resolve("x.tsv")));
  }

  @Test
  void exportsCsvJsonlAndParquetWithOneRowPerEvent(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    store.ingestAll(List.of(TestArticles.wire("1"), TestArticles.other()));
    EventQuery tajik = EventQuery.builder().country("TJK").build();
    java.nio.file.Path csv = dir.resolve("e.csv");
    assertEquals(3, Exporter.export(store, tajik, ExportFormat.CSV, csv));
    List<String> lines = java.nio.file.Files.readAllLines(csv);
    assertEquals(4, lines.size());
    assertTrue(lines.get(0).startsWith("event_id,day,"));
    java.nio.file.Path jsonl = dir.resolve("e.jsonl");
    Exporter.export(store, tajik, ExportFormat.JSONL, jsonl);
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Files.readAllLines(jsonl).get(0));
    assertEquals("2021-10-12", json.get("day").asText());
    assertEquals("Khorugh", json.get("place_name").asText());
    java.nio.file.Path parquet = dir.resolve("e.parquet");
    assertEquals(7, Exporter.export(store, EventQuery.all(), ExportFormat.PARQUET, parquet));
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement();
        var rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT event_id), MIN(day) FROM read_parquet('" + parquet + "')")) {
      rs.next();
      assertEquals(7, rs.getInt(1));
      assertEquals(7, rs.getInt(2));
      assertEquals(java.sql.Date.valueOf("2021-10-12"), rs.getDate(3));
    }
    try (var files = java.nio.file.Files.list(dir)) {
      assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".part")).toList());
    }
  }

  private Set<String> codes(EventQuery q) {
    Set<String> out = new HashSet<>();
    for (StoredEvent e : store.events(q).items()) {
      out.add(e.cameoCode());
    }
    return out;
  }

  private static <T> T only(Page<T> page) {
    assertEquals(1, page.items().size(), () -> "expected one result, got " + page.items());
    assertTrue(page.nextCursor() == null);
    return page.items().get(0);
  }
}
