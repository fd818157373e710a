package org.tidings.eval.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tidings.model.TextSpan;
import org.tidings.pipeline.output.DocumentJson;

/**
 * One article of a geoparsing set: {@code {id, title, url, text, toponyms:[{start, end, text, name,
 * lat, lon, geonameid}]}}, one JSON object a line. The file's offsets count code points; they are
 * converted here to UTF-16 offsets, the unit of {@link TextSpan}.
 *
 * @param id the set's document id
 * @param text the article text
 * @param toponyms gold toponyms in text order
 */
public record GeoDocument(String id, String text, List<GoldToponym> toponyms) {

  /**
   * A gold toponym.
   *
   * @param span UTF-16 offsets into the text
   * @param text the toponym as written
   * @param lat gold latitude in degrees, or NaN when the set gives none
   * @param lon gold longitude in degrees, or NaN when the set gives none
   */
  public record GoldToponym(TextSpan span, String text, double lat, double lon) {
    public boolean hasCoordinates() {
      return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
  }

  /**
   * Reads a JSONL file.
   *
   * @throws IllegalArgumentException naming the file and line when it is missing or malformed
   */
  public static List<GeoDocument> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("geo: " + file + " is not a file (want a JSONL geoparsing set)");
    }
    List<GeoDocument> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      int[] skipped = {0};
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          docs.add(parse(DocumentJson.MAPPER.readTree(line), skipped));
        } catch (IOException | RuntimeException e) {
          throw new IllegalArgumentException("geo: " + file + " line " + n + ": " + e.getMessage(), e);
        }
      }
      if (skipped[0] > 0) {
        System.err.println("geo: " + file + ": left out " + skipped[0] + " gold toponyms with offsets outside their text");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("geo: cannot read " + file, e);
    }
    return docs;
  }

  static GeoDocument parse(JsonNode n, int[] skipped) {
    String text = n.get("text").asText();
    List<GoldToponym> tops = new ArrayList<>();
    int cps = text.codePointCount(0, text.length());
    for (JsonNode t : n.path("toponyms")) {
      int start = t.get("start").asInt();
      int end = t.get("end").asInt();
      if (start < 0 || end <= start || end > cps) {
        // The public sets hold a few toponyms with offsets outside their text: leave them out, counted.
        skipped[0]++;
        continue;
      }
      int b = text.offsetByCodePoints(0, start);
      int e = text.offsetByCodePoints(b, end - start);
      String expected = t.path("text").asText("");
      if (!expected.isEmpty() && !text.substring(b, e).equals(expected) && end <= text.length()
          && text.substring(start, end).equals(expected)) {
        // Some articles of the public sets count UTF-16 units despite the stated code points.
        b = start;
        e = end;
      }
      double lat = t.path("lat").isNumber() ? t.get("lat").asDouble() : Double.NaN;
      double lon = t.path("lon").isNumber() ? t.get("lon").asDouble() : Double.NaN;
      tops.add(new GoldToponym(new TextSpan(b, e), text.substring(b, e), lat, lon));
    }
    tops.sort((x, y) -> x.span().compareTo(y.span()));
    return new GeoDocument(n.path("id").asText(), text, tops);
  }
}
