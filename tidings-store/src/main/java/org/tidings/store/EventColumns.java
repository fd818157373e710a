package org.tidings.store;

import java.util.List;
import java.util.function.Function;

/**
 * The flat columns of the CSV, JSONL and Parquet exports: one row per stored event, actor and
 * place fields spread out, dates in ISO form, and the evidence of the event's first report (its
 * article, sentence, trigger, confidence). The names and meanings are documented in
 * {@code docs/export.md}.
 */
final class EventColumns {
  private EventColumns() {}

  /**
   * One column.
   *
   * @param name column name
   * @param sqlType DuckDB type for Parquet
   * @param value its value for a row (String, Long, Integer, Double, Boolean or null)
   */
  record Column(String name, String sqlType, Function<ExportRow, Object> value) {}

  private static final CountryCodes COUNTRIES = CountryCodes.bundled();

  static final List<Column> ALL = List.of(
      new Column("event_id", "BIGINT", r -> r.event().eventId()),
      new Column("day", "DATE", r -> r.day().toString()),
      new Column("day_source", "VARCHAR", r -> r.daySource().label()),
      new Column("date_precision", "VARCHAR", r -> r.event().datePrecision()),
      new Column("cameo_code", "VARCHAR", r -> r.event().cameoCode()),
      new Column("cameo_base", "VARCHAR", r -> r.event().cameoBase()),
      new Column("cameo_root", "VARCHAR", r -> r.event().cameoRoot()),
      new Column("quad_class", "INTEGER", r -> r.event().quadClass()),
      new Column("goldstein", "DOUBLE", r -> r.event().goldstein()),
      new Column("plover_type", "VARCHAR", r -> r.event().ploverType()),
      new Column("plover_mode", "VARCHAR", r -> r.event().ploverMode()),
      new Column("modality", "VARCHAR", r -> r.event().modality().name()),
      new Column("source_name", "VARCHAR", r -> ExportRow.displayName(r.event().source())),
      new Column("source_implied", "BOOLEAN", r -> r.event().source() == null ? null : ExportRow.isImplied(r.event().source())),
      new Column("source_code", "VARCHAR", r -> r.event().source() == null ? null : r.event().source().code()),
      new Column("source_country", "VARCHAR", r -> r.event().source() == null ? null : r.event().source().country()),
      new Column("source_roles", "VARCHAR", r -> r.event().source() == null ? null : r.event().source().roles()),
      new Column("target_name", "VARCHAR", r -> ExportRow.displayName(r.event().target())),
      new Column("target_implied", "BOOLEAN", r -> r.event().target() == null ? null : ExportRow.isImplied(r.event().target())),
      new Column("target_code", "VARCHAR", r -> r.event().target() == null ? null : r.event().target().code()),
      new Column("target_country", "VARCHAR", r -> r.event().target() == null ? null : r.event().target().country()),
      new Column("target_roles", "VARCHAR", r -> r.event().target() == null ? null : r.event().target().roles()),
      new Column("place_name", "VARCHAR", r -> r.event().place() == null ? null : r.event().place().name()),
      new Column("place_country", "VARCHAR", r -> r.event().place() == null ? null : r.event().place().country()),
      new Column("place_country_fips", "VARCHAR", r -> r.event().place() == null ? null : COUNTRIES.fips(r.event().place().country())),
      new Column("place_admin1", "VARCHAR", r -> r.event().place() == null ? null : r.event().place().admin1()),
      new Column("place_geonameid", "BIGINT", r -> r.event().place() == null ? null : r.event().place().geonameId()),
      new Column("place_lat", "DOUBLE", r -> r.event().place() == null ? null : r.event().place().lat()),
      new Column("place_lon", "DOUBLE", r -> r.event().place() == null ? null : r.event().place().lon()),
      new Column("place_precision", "VARCHAR", r -> r.event().place() == null ? null : r.event().place().precision()),
      new Column("mentions", "INTEGER", r -> r.event().mentions()),
      new Column("articles", "INTEGER", r -> r.event().articles()),
      new Column("sources", "INTEGER", r -> r.event().sources()),
      new Column("article_id", "VARCHAR", ExportRow::articleId),
      new Column("source_url", "VARCHAR", ExportRow::sourceUrl),
      new Column("article_title", "VARCHAR", r -> r.article() == null ? null : r.article().title()),
      new Column("article_source", "VARCHAR", r -> r.article() == null ? null : r.article().source()),
      new Column("article_published", "DATE", r -> r.article() == null || r.article().published() == null ? null
          : r.article().published().toString()),
      new Column("sentence_begin", "INTEGER", r -> r.evidence() == null ? null : r.evidence().sentence().begin()),
      new Column("sentence_end", "INTEGER", r -> r.evidence() == null ? null : r.evidence().sentence().end()),
      new Column("sentence_text", "VARCHAR", r -> r.evidence() == null ? null : r.evidence().sentenceText()),
      new Column("trigger_begin", "INTEGER", r -> r.evidence() == null ? null : r.evidence().trigger().begin()),
      new Column("trigger_end", "INTEGER", r -> r.evidence() == null ? null : r.evidence().trigger().end()),
      new Column("trigger_text", "VARCHAR", r -> r.evidence() == null ? null : r.evidence().triggerText()),
      new Column("confidence", "DOUBLE", r -> r.evidence() == null ? null : r.evidence().confidence()),
      new Column("first_seen", "VARCHAR", r -> r.event().firstSeen().toString()),
      new Column("coder_version", "VARCHAR", r -> r.event().coderVersion()),
      new Column("lead", "BOOLEAN", r -> r.event().lead()));
}
