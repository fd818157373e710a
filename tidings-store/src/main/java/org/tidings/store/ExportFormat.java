package org.tidings.store;

import java.util.Locale;

/** What {@link Exporter} writes. */
public enum ExportFormat {
  /** GDELT 2.0 Events export: 61 tab-separated columns, no header (see {@link GdeltEventRow}). */
  GDELT,
  /** Comma-separated with a header line, RFC 4180 quoting; the columns of {@link EventColumns}. */
  CSV,
  /** One JSON object per line with the columns of {@link EventColumns}. */
  JSONL,
  /** Apache Parquet written by DuckDB's COPY; the columns of {@link EventColumns}, typed. */
  PARQUET;

  /**
   * Parses a {@code --format} value, case-insensitively.
   *
   * @throws IllegalArgumentException naming the formats when it is none of them
   */
  public static ExportFormat parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown export format '" + text + "': use gdelt, csv, jsonl or parquet");
    }
  }
}
