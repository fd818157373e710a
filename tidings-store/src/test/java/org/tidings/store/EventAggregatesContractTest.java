package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidings.model.Outcome;

/**
 * The web page's queries (grid cells, the timeline, an article's annotations) on a real store, run
 * once per backend by its subclass.
 */
abstract class EventAggregatesContractTest {
  EventStore store;
  List<StoredEvent> all;

  /** Where a new, empty store lives. */
  abstract String location();

  @BeforeEach
  void open() {
    store = EventStores.open(location());
    store.ingestAll(List.of(TestArticles.wire("1"), TestArticles.other()));
    all = store.events(EventQuery.builder().limit(EventQuery.MAX_LIMIT).build()).items();
    assertTrue(all.size() > 3, "the test articles code several events");
  }

  @AfterEach
  void close() {
    if (store == null) {
      return; // the set-up was skipped (no PostgreSQL server given) or failed before opening it
    }
    store.close();
  }

  @Test
  void theGridCountsEveryPlacedEventOnceAtEveryZoom() {
    long placed = all.stream().filter(e -> e.place() != null).count();
    for (int zoom : new int[] {0, 2, 5, 9, GridQuery.MAX_ZOOM}) {
      Grid grid = store.grid(new GridQuery(EventQuery.all(), zoom));
      assertEquals(placed, grid.placed(), "zoom " + zoom);
      assertEquals(all.size() - placed, grid.unplaced(), "zoom " + zoom);
      long mentions = grid.cells().stream().mapToLong(GridCell::mentions).sum();
      assertEquals(all.stream().filter(e -> e.place() != null).mapToLong(StoredEvent::mentions).sum(), mentions);
      for (GridCell c : grid.cells()) {
        assertEquals(c.events(), c.byQuadClass().stream().mapToLong(Long::longValue).sum());
        double d = grid.cellDegrees();
        assertTrue(c.lat() >= c.row() * d - 90 - 1e-9 && c.lat() <= (c.row() + 1) * d - 90 + 1e-9, "the mean lies in its cell");
      }
    }
  }

  @Test
  void theGridTakesTheEventFiltersAndSeparatesAreas() {
    StoredEvent one = all.stream().filter(e -> e.place() != null).findFirst().orElseThrow();
    String country = one.place().country();
    EventQuery q = EventQuery.builder().country(country).build();
    Grid grid = store.grid(new GridQuery(q, 3));
    assertEquals(store.events(EventQuery.builder().country(country).limit(1000).build()).items().size(),
        grid.placed() + grid.unplaced());
    BoundingBox box = new BoundingBox(one.place().lat() - 0.01, one.place().lon() - 0.01, one.place().lat() + 0.01, one.place().lon() + 0.01);
    Grid near = store.grid(new GridQuery(EventQuery.builder().bbox(box).build(), 12));
    assertEquals(store.events(EventQuery.builder().bbox(box).build()).items().size(), near.placed());
    assertEquals(0, near.unplaced(), "no event without a place lies in a box");
    for (GridCell c : store.grid(new GridQuery(EventQuery.all(), 4)).cells()) {
      boolean area = all.stream().anyMatch(e -> e.place() != null && e.place().name().equals(c.place())
          && List.of("COUNTRY", "REGION").contains(e.place().precision()));
      if (c.area()) {
        assertTrue(area, c.toString());
      }
    }
    assertThrows(InvalidQueryException.class, () -> new GridQuery(EventQuery.all(), GridQuery.MAX_ZOOM + 1));
  }

  @Test
  void theTimelineTakesEveryFilterAndAgreesWithTheDailyCounts() {
    LocalDate from = LocalDate.of(2021, 10, 1);
    LocalDate to = LocalDate.of(2021, 11, 30);
    assertEquals(store.dailyCounts(new CountQuery(from, to, CountQuery.By.QUAD_CLASS, null)),
        store.timeline(new TimelineQuery(EventQuery.builder().from(from).to(to).build(), TimelineQuery.By.QUAD_CLASS)));
    assertEquals(store.dailyCounts(new CountQuery(from, to, CountQuery.By.ROOT, "FRA")),
        store.timeline(new TimelineQuery(EventQuery.builder().country("FRA").build(), TimelineQuery.By.ROOT)));
    List<DailyCount> plover = store.timeline(new TimelineQuery(EventQuery.all(), TimelineQuery.By.PLOVER));
    assertEquals(all.stream().filter(e -> e.day() != null).count(), plover.stream().mapToLong(DailyCount::events).sum());
    assertTrue(plover.stream().allMatch(c -> all.stream().anyMatch(e -> e.ploverType().equals(c.key()))));
    StoredEvent first = all.get(0);
    List<DailyCount> byRoot = store.timeline(new TimelineQuery(EventQuery.builder().cameoRoot(first.cameoRoot()).build(), TimelineQuery.By.ROOT));
    assertTrue(byRoot.stream().allMatch(c -> c.key().equals(first.cameoRoot())));
  }

  @Test
  void annotationsLieAtTheirSpansInTheStoredText() {
    Outcome.Coded wire = TestArticles.wire("1");
    String id = wire.document().article().id();
    String text = store.article(id).orElseThrow().text();
    List<TextAnnotation> annotations = store.annotations(id);
    List<TextAnnotation.Kind> kinds = new ArrayList<>();
    for (TextAnnotation a : annotations) {
      assertEquals(text.substring(a.span().begin(), a.span().end()), a.text(), a.toString());
      assertFalse(a.label().isBlank() || a.detail().isBlank(), a.toString());
      kinds.add(a.kind());
    }
    assertTrue(kinds.containsAll(List.of(TextAnnotation.Kind.ACTOR, TextAnnotation.Kind.PLACE, TextAnnotation.Kind.TIME)), kinds.toString());
    for (int i = 1; i < annotations.size(); i++) {
      assertTrue(annotations.get(i - 1).span().begin() <= annotations.get(i).span().begin(), "ordered by span");
    }
    assertEquals(List.of(), store.annotations("0123456789abcdef0123456789abcdef"));
  }
}
