package org.tidings.store;

import java.util.List;

/**
 * The stored tables and their columns in schema order (V1.sql; segments V5.sql): rows are written in this order by
 * both backends. {@code StoreContractTest} checks the order against the database.
 */
enum Table {
  ARTICLES("articles", "article_id", "outcome", "stage", "reason", "origin", "url", "source", "title", "published",
      "published_day", "language", "external_id", "text", "warnings", "layers", "near_duplicate_of", "minhash",
      "ingested_at"),
  ARTICLE_BANDS("article_bands", "band_hash", "article_id"),
  EVENTS("events", "event_id", "day", "date_precision", "cameo_code", "cameo_base", "cameo_root",
      "quad_class", "goldstein", "plover_type", "plover_mode", "modality", "source_name", "source_code",
      "source_country", "source_roles", "target_name", "target_code", "target_country", "target_roles",
      "place_name", "place_country", "place_admin1", "place_geonameid", "place_lat", "place_lon",
      "place_precision", "place_source", "first_article_id", "first_seen", "coder_version", "lead"),
  EVENT_MENTIONS("event_mentions", "event_id", "article_id", "local_id", "article_source", "url", "sentence_begin",
      "sentence_end", "sentence_text", "trigger_begin", "trigger_end", "trigger_text", "source_actor_id",
      "source_begin", "source_end", "target_actor_id", "target_begin", "target_end", "date_begin", "date_end",
      "date_source", "modality", "reported_by", "quote_id", "parent_event_id", "confidence", "near_duplicate"),
  QUOTES("quotes", "article_id", "quote_id", "kind", "span_begin", "span_end", "text", "cue_begin", "cue_end",
      "cue_text", "speaker_begin", "speaker_end", "speaker_actor_id", "speaker_name", "addressee_actor_id",
      "said_from", "said_until", "said_precision", "confidence"),
  ACTORS("actors", "article_id", "actor_id", "name", "type", "countries", "roles", "group_code", "confidence",
      "unknown_reason"),
  ACTOR_MENTIONS("actor_mentions", "article_id", "actor_id", "ordinal", "span_begin", "span_end", "text", "kind"),
  ACTOR_CODES("actor_codes", "article_id", "actor_id", "ordinal", "field", "value", "source", "evidence",
      "span_begin", "span_end"),
  PLACES("places", "article_id", "ordinal", "span_begin", "span_end", "text", "geonameid", "name", "feature_class",
      "feature_code", "country", "admin1", "lat", "lon", "place_precision", "confidence"),
  TIMES("times", "article_id", "ordinal", "span_begin", "span_end", "text", "timex_type", "value", "resolved_from",
      "resolved_until", "time_precision"),
  SEGMENTS("segments", "article_id", "ordinal", "kind", "span_begin", "span_end", "reason");

  final String sqlName;
  final List<String> columns;

  Table(String sqlName, String... columns) {
    this.sqlName = sqlName;
    this.columns = List.of(columns);
  }
}
