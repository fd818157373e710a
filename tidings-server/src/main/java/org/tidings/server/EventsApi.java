package org.tidings.server;

import java.util.ArrayList;
import java.util.List;
import org.tidings.store.CountQuery;
import org.tidings.store.DailyCount;
import org.tidings.store.EventMention;
import org.tidings.store.EventQuery;
import org.tidings.store.EventStore;
import org.tidings.store.Page;
import org.tidings.store.PloverType;
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
        new Endpoint("/api/events", "Events matching every filter given, newest first, each with its evidence sentences; paginated by cursor.",
            EventFilters.paramsAnd(
                Param.choice("order", "newest (default: latest day first) or oldest", "newest", "oldest"),
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

  private EventPage events(Params p) {
    EventQuery query = EventFilters.read(p)
        .order("oldest".equals(p.choice("order")) ? EventQuery.Order.OLDEST : EventQuery.Order.NEWEST)
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
