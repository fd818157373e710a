package org.tidings.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tidings.model.Modality;
import org.tidings.store.BoundingBox;
import org.tidings.store.EventQuery;
import org.tidings.store.PloverType;

/**
 * The event filters shared by every endpoint that selects events ({@code /api/events},
 * {@code /api/grid}, {@code /api/timeline}): one list of parameters, one way to read them into an
 * {@link EventQuery}, so that the same query string selects the same events everywhere. Stateless.
 */
final class EventFilters {
  private EventFilters() {}

  /** The filter parameters, in the order the OpenAPI document lists them. */
  static List<Param> params() {
    return List.of(
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
        Param.text("article", "only the events this article reports (article id: 32 hex digits)"),
        Param.choice("plover", "PLOVER event type", ploverTypes()),
        Param.fraction("confidence", "only events with a report coded at this confidence or more (0..1)"),
        Param.text("source", "only events reported by this outlet (the article's source, else its URL's host; whole name, case-insensitive)"),
        Param.text("text", "only events whose actor or place name or trigger word contains this (case-insensitive)"));
  }

  /** {@link #params()} followed by {@code more}. */
  static List<Param> paramsAnd(Param... more) {
    List<Param> all = new ArrayList<>(params());
    all.addAll(Arrays.asList(more));
    return all;
  }

  /** A builder holding the filters given in {@code p}; cursor and page size are left to the caller. */
  static EventQuery.Builder read(Params p) {
    String side = p.choice("side");
    String modality = p.choice("modality");
    String bbox = p.text("bbox");
    String quadClass = p.choice("quadclass");
    String plover = p.choice("plover");
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
        .article(p.text("article"))
        .plover(plover == null ? null : PloverType.valueOf(plover.toUpperCase(Locale.ROOT)))
        .minConfidence(p.fraction("confidence"))
        .outlet(p.text("source"))
        .text(p.text("text"));
  }

  private static String[] ploverTypes() {
    return Arrays.stream(PloverType.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
  }

  private static String[] modalities() {
    return Arrays.stream(Modality.values()).map(m -> m.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
  }
}
