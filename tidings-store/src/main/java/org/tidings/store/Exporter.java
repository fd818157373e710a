package org.tidings.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes a store's events for other tools: GDELT 2.0 rows, CSV, JSONL or Parquet, each event with
 * the evidence of its first report ({@link ExportRow}). Files are written under a temporary name and
 * moved into place, so an interrupted export leaves no partial file under the final name.
 *
 * <p>Stateless and thread-safe; each call streams the events once, with their evidence
 * ({@link EventStore#scanExportRows}).
 */
public final class Exporter {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The UTF-8 byte-order mark, as a character (written first when asked for). */
  private static final char BOM = '\uFEFF';

  /**
   * How to write.
   *
   * @param byteOrderMark start a CSV file with the UTF-8 byte-order mark, which Excel needs to read
   *     it as UTF-8 (pandas and R's readr skip it; base R's read.csv needs
   *     {@code fileEncoding = "UTF-8-BOM"}); only CSV takes one
   * @param escapeFormulas in CSV, put a {@code '} before a text cell that begins with {@code =},
   *     {@code +}, {@code -}, {@code @}, a tab or a carriage return, so that a spreadsheet shows it
   *     as text instead of running it as a formula (OWASP's advice on CSV injection: the text comes
   *     from any web page); numbers are never changed. On by default
   */
  public record Options(boolean byteOrderMark, boolean escapeFormulas) {
    /** No byte-order mark; formulas escaped. */
    public static final Options DEFAULT = new Options(false);

    /** With formulas escaped. */
    public Options(boolean byteOrderMark) {
      this(byteOrderMark, true);
    }
  }

  private Exporter() {}

  /**
   * Writes every event matching {@code filter} (its cursor and limit ignored) to {@code out}.
   *
   * @return the number of events written
   * @throws UncheckedIOException when the file cannot be written
   */
  public static long export(EventStore store, EventQuery filter, ExportFormat format, Path out) {
    return export(store, filter, format, Options.DEFAULT, out);
  }

  /**
   * As {@link #export(EventStore, EventQuery, ExportFormat, Path)}, with options.
   *
   * @throws IllegalArgumentException when a byte-order mark is asked for another format than CSV
   */
  public static long export(EventStore store, EventQuery filter, ExportFormat format, Options options, Path out) {
    check(format, options);
    try {
      Path parent = out.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, out.getFileName().toString(), ".part");
      try {
        long n;
        if (format == ExportFormat.PARQUET) {
          Files.delete(tmp); // DuckDB's COPY creates the file itself
          n = parquet(store, filter, tmp);
        } else {
          try (OutputStream os = Files.newOutputStream(tmp)) {
            n = export(store, filter, format, options, os);
          }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return n;
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  /**
   * Streams GDELT, CSV or JSONL to {@code out} (left open). Parquet needs a file: use
   * {@link #export(EventStore, EventQuery, ExportFormat, Path)}.
   *
   * @return the number of events written
   */
  public static long export(EventStore store, EventQuery filter, ExportFormat format, OutputStream out) {
    return export(store, filter, format, Options.DEFAULT, out);
  }

  /** As {@link #export(EventStore, EventQuery, ExportFormat, OutputStream)}, with options. */
  public static long export(EventStore store, EventQuery filter, ExportFormat format, Options options, OutputStream out) {
    check(format, options);
    if (format == ExportFormat.PARQUET) {
      throw new IllegalArgumentException("Parquet is written to a file: give an output file (-o FILE.parquet)");
    }
    long[] n = {0};
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    try {
      if (options.byteOrderMark()) {
        w.write(BOM);
      }
      if (format == ExportFormat.CSV) {
        List<String> header = new ArrayList<>();
        for (EventColumns.Column c : EventColumns.ALL) {
          header.add(c.name());
        }
        w.write(String.join(",", header));
        w.write("\r\n");
      }
      store.scanExportRows(filter, e -> {
        try {
          w.write(line(format, options, e));
          n[0]++;
        } catch (IOException ex) {
          throw new UncheckedIOException("cannot write the export: " + ex.getMessage(), ex);
        }
      });
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
    }
    return n[0];
  }

  private static void check(ExportFormat format, Options options) {
    if (options.byteOrderMark() && format != ExportFormat.CSV) {
      throw new IllegalArgumentException("a byte-order mark is for CSV only, not " + format.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  private static String line(ExportFormat format, Options options, ExportRow e) throws IOException {
    switch (format) {
      case GDELT:
        return GdeltEventRow.of(e).toLine() + "\n";
      case CSV: {
        List<String> cells = new ArrayList<>();
        for (EventColumns.Column c : EventColumns.ALL) {
          Object v = c.value().apply(e);
          cells.add(v == null ? "" : csvCell(v, options.escapeFormulas()));
        }
        return String.join(",", cells) + "\r\n";
      }
      case JSONL: {
        ObjectNode o = JSON.createObjectNode();
        for (EventColumns.Column c : EventColumns.ALL) {
          o.set(c.name(), JSON.valueToTree(c.value().apply(e)));
        }
        return JSON.writeValueAsString(o) + "\n";
      }
      default:
        throw new IllegalArgumentException("not a line format: " + format);
    }
  }

  /**
   * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; with {@code
   * escapeFormulas}, a text value that a spreadsheet would take for a formula gets a leading
   * {@code '} and quotes. A number ({@code -66.0}) is written as it is.
   */
  static String csvCell(Object value, boolean escapeFormulas) {
    String v = value.toString();
    boolean formula = escapeFormulas && !(value instanceof Number) && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0;
    if (formula) {
      v = "'" + v;
    } else if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  /**
   * Parquet through DuckDB, whatever the store's backend: the events go into a table of an
   * in-memory DuckDB through its appender, and DuckDB's COPY writes the file.
   */
  private static long parquet(EventStore store, EventQuery filter, Path file) {
    List<String> defs = new ArrayList<>();
    for (EventColumns.Column c : EventColumns.ALL) {
      defs.add(c.name() + " " + c.sqlType());
    }
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE export (" + String.join(", ", defs) + ")");
      }
      long[] n = {0};
      try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "export")) {
        store.scanExportRows(filter, e -> {
          try {
            a.beginRow();
            for (EventColumns.Column col : EventColumns.ALL) {
              append(a, col, col.value().apply(e));
            }
            a.endRow();
            n[0]++;
          } catch (SQLException ex) {
            throw new StoreException("cannot buffer event " + e.event().eventId() + " for Parquet: " + ex.getMessage(), ex);
          }
        });
        a.flush();
      }
      try (Statement st = c.createStatement()) {
        st.execute("COPY export TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT PARQUET)");
      }
      return n[0];
    } catch (SQLException e) {
      throw new StoreException("cannot write Parquet to " + file + ": " + e.getMessage(), e);
    }
  }

  private static void append(DuckDBAppender a, EventColumns.Column col, Object v) throws SQLException {
    DuckDbBackend.append(a, v != null && col.sqlType().equals("DATE") ? java.time.LocalDate.parse((String) v) : v);
  }
}
