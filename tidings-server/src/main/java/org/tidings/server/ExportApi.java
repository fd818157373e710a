package org.tidings.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tidings.store.EventQuery;
import org.tidings.store.EventStore;
import org.tidings.store.ExportFormat;
import org.tidings.store.Exporter;

/**
 * {@code GET /api/export}: the events matching the filters of {@code /api/events}, as a file in one
 * of the export formats ({@link Exporter}), streamed. Thread-safe.
 */
final class ExportApi {
  private static final String GDELT_TYPE = "text/tab-separated-values; charset=utf-8";
  private static final String CSV_TYPE = "text/csv; charset=utf-8";
  private static final String JSONL_TYPE = "application/x-ndjson";
  private static final String PARQUET_TYPE = "application/vnd.apache.parquet";
  private final EventStore store;

  ExportApi(EventStore store) {
    this.store = store;
  }

  List<Endpoint> endpoints() {
    return List.of(new Endpoint("/api/export",
        "Every event matching the filters of /api/events as a file: GDELT 2.0 rows, CSV, JSONL or Parquet, each with its evidence.",
        EventFilters.paramsAnd(
            Param.choice("format", "gdelt (GDELT 2.0 event rows, tab-separated), csv, jsonl or parquet", "gdelt", "csv", "jsonl",
                "parquet").mandatory(),
            Param.choice("bom", "csv only: start with the UTF-8 byte-order mark that Excel needs (default false)", "true", "false")),
        this::export, List.of(GDELT_TYPE, CSV_TYPE, JSONL_TYPE, PARQUET_TYPE)));
  }

  private Download export(Params p) {
    ExportFormat format = ExportFormat.parse(p.choice("format"));
    boolean bom = "true".equals(p.choice("bom"));
    if (bom && format != ExportFormat.CSV) {
      throw ApiException.badRequest("bom: only for format=csv, not " + p.choice("format"));
    }
    EventQuery query = EventFilters.read(p).build();
    Exporter.Options options = new Exporter.Options(bom);
    return switch (format) {
      case GDELT -> new Download(GDELT_TYPE, "tidings-events.export.CSV",
          out -> Exporter.export(store, query, format, options, out));
      case CSV -> new Download(CSV_TYPE, "tidings-events.csv",
          out -> Exporter.export(store, query, format, options, out));
      case JSONL -> new Download(JSONL_TYPE, "tidings-events.jsonl",
          out -> Exporter.export(store, query, format, options, out));
      case PARQUET -> new Download(PARQUET_TYPE, "tidings-events.parquet", out -> {
        Path dir = Files.createTempDirectory("tidings-export");
        Path file = dir.resolve("events.parquet");
        try {
          Exporter.export(store, query, format, options, file);
          Files.copy(file, out);
        } finally {
          Files.deleteIfExists(file);
          Files.deleteIfExists(dir);
        }
      });
    };
  }
}
