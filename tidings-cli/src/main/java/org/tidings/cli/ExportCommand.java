package org.tidings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tidings.model.Modality;
import org.tidings.store.EventQuery;
import org.tidings.store.EventStore;
import org.tidings.store.EventStores;
import org.tidings.store.ExportFormat;
import org.tidings.store.Exporter;
import org.tidings.store.PloverType;
import org.tidings.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tidings export --format gdelt|csv|jsonl|parquet [--db URL | --server URL] [-o FILE]}: the
 * store's events for other tools, each with its evidence, optionally filtered as {@code /api/events}
 * filters them (country, CAMEO root, days, PLOVER type, modality, confidence, outlet, text). From the store file itself, or through a running server's {@code /api/export} (which
 * owns the store while it runs). Without {@code -o} the rows go to standard output (Parquet needs a
 * file); a file is written under a temporary name and moved into place when complete.
 */
@Command(name = "export", description = "Write the stored events, with their evidence, as GDELT 2.0 rows, CSV, JSONL or Parquet.")
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, description = "gdelt (GDELT 2.0 event export, 61 tab-separated columns), csv, jsonl or parquet.")
  String format;

  @Option(names = "--db", description = "The store: a DuckDB file (which must exist) or postgresql://... URL (default: the embedded store in the data directory).")
  String db;

  @Option(names = "--server", description = "Export through a running `tidings serve` at this URL (e.g. http://127.0.0.1:7070) instead of opening the store.")
  URI server;

  @Option(names = {"-o", "--output"}, description = "Output file (default: standard output; required for parquet).")
  Path output;

  @Option(names = "--bom", description = "CSV only: start with the UTF-8 byte-order mark, for Excel (default: none, for pandas, R and other tools).")
  boolean bom;

  @Option(names = "--country", description = "Only events with a source, target or place in this country (ISO alpha-3).")
  String country;

  @Option(names = "--root", description = "Only events with this CAMEO root (01..20).")
  String root;

  @Option(names = "--from", description = "First day, e.g. 2021-10-01.")
  LocalDate from;

  @Option(names = "--to", description = "Last day included.")
  LocalDate to;

  @Option(names = "--plover", description = "Only events of this PLOVER type: ${COMPLETION-CANDIDATES} (case-insensitive).")
  PloverType plover;

  @Option(names = "--modality", description = "Only events reported so: ${COMPLETION-CANDIDATES} (case-insensitive).")
  Modality modality;

  @Option(names = "--min-confidence", description = "Only events coded at this confidence or more (0..1).")
  Double minConfidence;

  @Option(names = "--source", description = "Only events reported by this outlet (the article's source, else its URL's host; whole name, case-insensitive).")
  String outlet;

  @Option(names = "--text", description = "Only events whose actor or place name or trigger word contains this (case-insensitive).")
  String text;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ExportFormat f = ExportFormat.parse(format);
    if (f == ExportFormat.PARQUET && output == null) {
      throw new IllegalArgumentException("Parquet is written to a file: give an output file (-o FILE.parquet)");
    }
    Exporter.Options options = new Exporter.Options(bom);
    if (bom && f != ExportFormat.CSV) {
      throw new IllegalArgumentException("--bom is for CSV only, not " + format);
    }
    EventQuery filter = EventQuery.builder().country(country).cameoRoot(root).from(from).to(to).plover(plover)
        .modality(modality).minConfidence(minConfidence).outlet(outlet).text(text).build();
    PrintWriter err = spec.commandLine().getErr();
    if (server != null) {
      if (db != null) {
        throw new IllegalArgumentException("give --db or --server, not both");
      }
      long bytes = download(f);
      err.println(bytes + " bytes from " + server + (output == null ? "" : " -> " + output));
      return 0;
    }
    StoreLocation location = StoreArgs.existing(db, null);
    try (EventStore store = EventStores.open(location)) {
      long n;
      if (output == null) {
        n = Exporter.export(store, filter, f, options, System.out);
        System.out.flush();
      } else {
        n = Exporter.export(store, filter, f, options, output);
      }
      err.println(n + " events from " + location + (output == null ? "" : " -> " + output));
    }
    return 0;
  }

  /** Fetches {@code /api/export} with the same filters; returns the bytes written. */
  private long download(ExportFormat f) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("format", f.name().toLowerCase(Locale.ROOT));
    query.put("country", country);
    query.put("root", root);
    query.put("from", from == null ? null : from.toString());
    query.put("to", to == null ? null : to.toString());
    query.put("plover", plover == null ? null : plover.name().toLowerCase(Locale.ROOT));
    query.put("modality", modality == null ? null : modality.name().toLowerCase(Locale.ROOT));
    query.put("confidence", minConfidence == null ? null : minConfidence.toString());
    query.put("source", outlet);
    query.put("text", text);
    query.put("bom", bom ? "true" : null);
    StringBuilder q = new StringBuilder();
    query.forEach((k, v) -> {
      if (v != null) {
        q.append(q.length() == 0 ? "?" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    });
    String base = server.toString().replaceAll("/+$", "");
    URI uri = URI.create(base + "/api/export" + q);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the server at " + base + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while exporting from " + base));
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IllegalArgumentException("the server at " + base + " refused the export: " + errorMessage(response.statusCode(), body));
      }
      if (output == null) {
        long n = body.transferTo(System.out);
        System.out.flush();
        return n;
      }
      return saveAtomically(body, output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the export from " + base + ": " + e.getMessage(), e);
    }
  }

  private static String errorMessage(int status, InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(64 * 1024);
    try {
      JsonNode json = new ObjectMapper().readTree(bytes);
      if (json != null && json.hasNonNull("message")) {
        return status + " " + json.get("message").asText();
      }
    } catch (IOException notJson) {
      // a proxy's or another server's page: show its start instead
    }
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    return status + (text.isEmpty() ? "" : " " + text.substring(0, Math.min(200, text.length())));
  }

  /** Writes under a temporary name beside {@code file} and moves it into place when complete. */
  private static long saveAtomically(InputStream body, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".part");
    try {
      long n;
      try (OutputStream os = Files.newOutputStream(tmp)) {
        n = body.transferTo(os);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return n;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
