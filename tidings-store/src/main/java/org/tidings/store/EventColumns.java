package org.tidings.store;

import java.util.List;
import java.util.function.Function;

/**
 * The flat columns of the CSV, JSONL and Parquet exports: one row per stored event, actor and
 * place fields spread out, dates in ISO form.
 */
final class EventColumns {
  private EventColumns() {}

  /**
   * One column.
   *
   * @param name column name
   * @param sqlType DuckDB type for Parquet
   * @param value its value for an event (String, Long, Integer, Double, Boolean or null)
   */
  record Column(String name, String sqlType, Function<StoredEvent, Object> value) {}

  static final List<Column> ALL = List.of(
      new Column("event_id", "BIGINT", StoredEvent::eventId),
      new Column("day", "DATE", e -> e.day() == null ? null : e.day().toString()),
      new Column("date_precision", "VARCHAR", StoredEvent::datePrecision),
      new Column("cameo_code", "VARCHAR", StoredEvent::cameoCode),
      new Column("cameo_base", "VARCHAR", StoredEvent::cameoBase),
      new Column("cameo_root", "VARCHAR", StoredEvent::cameoRoot),
      new Column("quad_class", "INTEGER", StoredEvent::quadClass),
      new Column("goldstein", "DOUBLE", StoredEvent::goldstein),
      new Column("plover_type", "VARCHAR", StoredEvent::ploverType),
      new Column("plover_mode", "VARCHAR", StoredEvent::ploverMode),
      new Column("modality", "VARCHAR", e -> e.modality().name()),
      new Column("source_name", "VARCHAR", e -> e.source() == null ? null : e.source().name()),
      new Column("source_code", "VARCHAR", e -> e.source() == null ? null : e.source().code()),
      new Column("source_country", "VARCHAR", e -> e.source() == null ? null : e.source().country()),
      new Column("source_roles", "VARCHAR", e -> e.source() == null ? null : e.source().roles()),
      new Column("target_name", "VARCHAR", e -> e.target() == null ? null : e.target().name()),
      new Column("target_code", "VARCHAR", e -> e.target() == null ? null : e.target().code()),
      new Column("target_country", "VARCHAR", e -> e.target() == null ? null : e.target().country()),
      new Column("target_roles", "VARCHAR", e -> e.target() == null ? null : e.target().roles()),
      new Column("place_name", "VARCHAR", e -> e.place() == null ? null : e.place().name()),
      new Column("place_country", "VARCHAR", e -> e.place() == null ? null : e.place().country()),
      new Column("place_admin1", "VARCHAR", e -> e.place() == null ? null : e.place().admin1()),
      new Column("place_geonameid", "BIGINT", e -> e.place() == null ? null : e.place().geonameId()),
      new Column("place_lat", "DOUBLE", e -> e.place() == null ? null : e.place().lat()),
      new Column("place_lon", "DOUBLE", e -> e.place() == null ? null : e.place().lon()),
      new Column("place_precision", "VARCHAR", e -> e.place() == null ? null : e.place().precision()),
      new Column("mentions", "INTEGER", StoredEvent::mentions),
      new Column("articles", "INTEGER", StoredEvent::articles),
      new Column("sources", "INTEGER", StoredEvent::sources),
      new Column("first_article_id", "VARCHAR", StoredEvent::firstArticleId),
      new Column("source_url", "VARCHAR", StoredEvent::sourceUrl),
      new Column("first_seen", "VARCHAR", e -> e.firstSeen().toString()),
      new Column("coder_version", "VARCHAR", StoredEvent::coderVersion),
      new Column("lead", "BOOLEAN", StoredEvent::lead));
}
