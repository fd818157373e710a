package org.tidings.store;

import java.time.LocalDate;
import org.tidings.model.Modality;

/**
 * Which events to list: every filter given must hold (null means "any"). Validated when built:
 * a bad value throws {@link InvalidQueryException} naming the parameter.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 *
 * @param actor an actor's name (case-insensitive, whole name) or CAMEO actor code (RUSGOV), or null
 * @param side which side {@code actor}, {@code country} and {@code role} apply to, never null
 * @param country ISO 3166-1 alpha-3 (or IGO/NGO...) country: of the source or target actor, or, for
 *     {@link Side#ANY}, also of the place; or null
 * @param role CAMEO role code of the actor (GOV, MIL, REB...), or null
 * @param cameoCode exact CAMEO event code (036, 1831), or null
 * @param cameoRoot CAMEO root 01..20, or null
 * @param quadClass 1..4, or null
 * @param modality asserted, reported, intended, negated or hypothetical; or null
 * @param bbox the event's place must lie inside, or null
 * @param from first day included, or null
 * @param to last day included, or null
 * @param article only events this article reports (its id, the content hash), or null
 * @param after cursor from the previous {@link Page#nextCursor()}, or null for the first page
 * @param limit page size, 1..{@link #MAX_LIMIT}
 * @param plover the PLOVER event type, or null
 * @param minConfidence only events with a report coded at this confidence or more (0..1), or null
 * @param outlet only events reported by this outlet (an article's source, else its URL's host;
 *     case-insensitive, whole name), or null
 * @param text only events whose evidence contains this text (case-insensitive): an actor's or
 *     the place's name, or a report's trigger word; or null
 * @param order newest first (by event day, then id; the default) or oldest first, never null
 */
public record EventQuery(
    String actor,
    Side side,
    String country,
    String role,
    String cameoCode,
    String cameoRoot,
    Integer quadClass,
    Modality modality,
    BoundingBox bbox,
    LocalDate from,
    LocalDate to,
    String article,
    String after,
    int limit,
    PloverType plover,
    Double minConfidence,
    String outlet,
    String text,
    Order order) {

  /** Largest page. */
  public static final int MAX_LIMIT = 1000;

  /** Page size when none is given. */
  public static final int DEFAULT_LIMIT = 100;

  /** The order of a page, by event day then event id. */
  public enum Order {
    /** Latest day first. */
    NEWEST,
    /** Earliest day first; events without a day (0) come first. */
    OLDEST
  }

  /** Which actor of an event a filter applies to. */
  public enum Side {
    /** The source or the target (and, for a country, also the place). */
    ANY,
    /** The actor who acts. */
    SOURCE,
    /** The actor acted upon. */
    TARGET
  }

  public EventQuery {
    actor = Checks.text("actor", actor);
    if (side == null) {
      throw new InvalidQueryException("side", "must be one of ANY, SOURCE, TARGET");
    }
    Checks.country("country", country);
    Checks.role("role", role);
    Checks.cameoCode("cameoCode", cameoCode);
    Checks.cameoRoot("cameoRoot", cameoRoot);
    Checks.quadClass("quadClass", quadClass);
    Checks.range(from, to);
    article = Checks.text("article", article);
    if (after != null) {
      EventCursor.parse(after);
    }
    Checks.limit(limit, MAX_LIMIT);
    if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new InvalidQueryException("confidence", "expected a number from 0 to 1, got " + minConfidence);
    }
    outlet = Checks.text("source", outlet);
    text = Checks.text("text", text);
    if (order == null) {
      throw new InvalidQueryException("order", "must be one of NEWEST, OLDEST");
    }
  }

  /** A builder with no filters and the default page size. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every event, first page of the default size. */
  public static EventQuery all() {
    return builder().build();
  }

  /** This query asking for the page after {@code cursor}. */
  public EventQuery after(String cursor) {
    return new EventQuery(actor, side, country, role, cameoCode, cameoRoot, quadClass, modality, bbox, from, to, article, cursor, limit,
        plover, minConfidence, outlet, text, order);
  }

  /** Mutable builder; {@link #build()} validates. Not thread-safe. */
  public static final class Builder {
    private String actor;
    private Side side = Side.ANY;
    private String country;
    private String role;
    private String cameoCode;
    private String cameoRoot;
    private Integer quadClass;
    private Modality modality;
    private BoundingBox bbox;
    private LocalDate from;
    private LocalDate to;
    private String article;
    private String after;
    private int limit = DEFAULT_LIMIT;
    private PloverType plover;
    private Double minConfidence;
    private String outlet;
    private String text;
    private Order order = Order.NEWEST;

    private Builder() {}

    public Builder actor(String value) { actor = value; return this; }
    public Builder side(Side value) { side = value; return this; }
    public Builder country(String value) { country = value; return this; }
    public Builder role(String value) { role = value; return this; }
    public Builder cameoCode(String value) { cameoCode = value; return this; }
    public Builder cameoRoot(String value) { cameoRoot = value; return this; }
    public Builder quadClass(Integer value) { quadClass = value; return this; }
    public Builder modality(Modality value) { modality = value; return this; }
    public Builder bbox(BoundingBox value) { bbox = value; return this; }
    public Builder from(LocalDate value) { from = value; return this; }
    public Builder to(LocalDate value) { to = value; return this; }
    public Builder article(String value) { article = value; return this; }
    public Builder after(String value) { after = value; return this; }
    public Builder limit(int value) { limit = value; return this; }
    public Builder plover(PloverType value) { plover = value; return this; }
    public Builder minConfidence(Double value) { minConfidence = value; return this; }
    public Builder outlet(String value) { outlet = value; return this; }
    public Builder text(String value) { text = value; return this; }
    public Builder order(Order value) { order = value; return this; }

    public EventQuery build() {
      return new EventQuery(actor, side, country, role, cameoCode, cameoRoot, quadClass, modality, bbox, from, to, article, after, limit,
          plover, minConfidence, outlet, text, order);
    }
  }
}
