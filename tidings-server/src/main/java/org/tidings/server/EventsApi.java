package org.tidings.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.model.Modality;
import org.tidings.store.BoundingBox;
import org.tidings.store.CountQuery;
import org.tidings.store.DailyCount;
import org.tidings.store.EventMention;
import org.tidings.store.EventQuery;
import org.tidings.store.EventStore;
import org.tidings.store.Page;
import org.tidings.store.StoredEvent;

/** The event endpoints: lists with filters, one event with its evidence, daily counts. Thread-safe. */
final class EventsApi {
  private final EventStore store;

  EventsApi(EventStore store) {
    this.store = store;
  }

  /**
   * An event with the reports behind it.
   *
   * @param event the event, never null
   * @param mentions its reports, each with its evidence sentence; never null
   */
  record EventWithEvidence(StoredEvent event, List<EventMention> mentions) {}

  /**
   * A page of events.
   *
   * @param items the events, never null
   * @param nextCursor pass as {@code after} for the next page; null on the last page
   */
  record EventPage(List<EventWithEvidence> items, String nextCursor) {}

  /**
   * Daily counts.
   *
   * @param by what the counts are split by: quadclass or root
   * @param counts one per day and key with events, ordered by day then key
   */
  record Counts(String by, List<DailyCount> counts) {}

  List<Endpoint> endpoints() {
    return List.of(
        new Endpoint("/api/events", "Events matching every filter given, each with its evidence sentences; paginated by cursor.",
            withFilters(
                Param.text("after", "the nextCursor of the previous page"),
                Param.integer("limit", "page size (default " + EventQuery.DEFAULT_LIMIT + ")", EventQuery.MAX_LIMIT)),
            this::events),
        new Endpoint("/api/events/{id}", "One event with every report of it and the evidence sentences.",
            List.of(Param.path("id", "the event id (GDELT GLOBALEVENTID)")), this::event),
        new Endpoint("/api/counts", "Events per day over a date range, split by QuadClass or CAMEO root.",
            List.of(
                Param.day("from", "first day included").mandatory(),
                Param.day("to", "last day included; at most " + CountQuery.MAX_DAYS + " days after from").mandatory(),
                Param.choice("by", "what to split by (default quadclass)", "quadclass", "root"),
                Param.text("country", "only events whose source, target or place is in this country (RUS)")),
            this::counts));
  }

  private static String[] modalities() {
    return java.util.Arrays.stream(Modality.values()).map(m -> m.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
  }

  /** The event filters, shared by {@code /api/events} and {@code /api/export}, followed by {@code more}. */
  static List<Param> withFilters(Param... more) {
    List<Param> params = new ArrayList<>(List.of(
        Param.text("actor", "an actor's whole name (case-insensitive) or CAMEO actor code such as RUSGOV"),
        Param.choice("side", "which actor the actor, country and role filters apply to (default any)", "any", "source", "target"),
        Param.text("country", "ISO 3166-1 alpha-3 code (RUS) of the source, target or place"),
        Param.text("role", "CAMEO role code of the actor: GOV, MIL, REB..."),
        Param.text("cameo", "exact CAMEO event code, e.g. 036"),
        Param.text("root", "CAMEO root code 01..20"),
        Param.choice("quadclass", "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict", "1", "2", "3", "4"),
        Param.choice("modality", "how the event is reported", modalities()),
        Param.text("bbox", "the place lies in south,west,north,east (WGS84 degrees), e.g. 35,60,45,80"),
        Param.day("from", "first day included, e.g. 2021-10-01"),
        Param.day("to", "last day included, e.g. 2021-10-31"),
        Param.text("article", "only the events this article reports (article id: 32 hex digits)")));
    params.addAll(List.of(more));
    return params;
  }

  /** A query with the filters of {@link #withFilters} that {@code p} gives. */
  static EventQuery.Builder filters(Params p) {
    String side = p.choice("side");
    String modality = p.choice("modality");
    String bbox = p.text("bbox");
    String quadClass = p.choice("quadclass");
    return EventQuery.builder()
        .actor(p.name("actor"))
        .side(side == null ? EventQuery.Side.ANY : EventQuery.Side.valueOf(side.toUpperCase(Locale.ROOT)))
        .country(p.code("country"))
        .role(p.code("role"))
        .cameoCode(p.text("cameo"))
        .cameoRoot(p.text("root"))
        .quadClass(quadClass == null ? null : Integer.valueOf(quadClass))
        .modality(modality == null ? null : Modality.valueOf(modality.toUpperCase(Locale.ROOT)))
        .bbox(bbox == null ? null : BoundingBox.parse(bbox))
        .from(p.day("from"))
        .to(p.day("to"))
        .article(p.text("article"));
  }

  private EventPage events(Params p) {
    EventQuery query = filters(p)
        .after(p.text("after"))
        .limit((int) p.integer("limit", EventQuery.DEFAULT_LIMIT))
        .build();
    Page<StoredEvent> page = store.events(query);
    List<EventWithEvidence> items = new ArrayList<>();
    var mentions = store.mentions(page.items().stream().map(StoredEvent::eventId).toList());
    for (StoredEvent e : page.items()) {
      items.add(new EventWithEvidence(e, mentions.getOrDefault(e.eventId(), List.of())));
    }
    return new EventPage(items, page.nextCursor());
  }

  private EventWithEvidence event(Params p) {
    long id;
    try {
      id = Long.parseLong(p.path("id"));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("id: expected a whole number, got '" + Params.shown(p.path("id")) + "'");
    }
    StoredEvent event = store.event(id).orElseThrow(() -> ApiException.notFound("no event with id " + id));
    return new EventWithEvidence(event, store.mentions(id));
  }

  private Counts counts(Params p) {
    String by = p.choice("by");
    CountQuery.By split = "root".equals(by) ? CountQuery.By.ROOT : CountQuery.By.QUAD_CLASS;
    List<DailyCount> counts = store.dailyCounts(new CountQuery(p.day("from"), p.day("to"), split, p.code("country")));
    return new Counts(split == CountQuery.By.ROOT ? "root" : "quadclass", counts);
  }
}
