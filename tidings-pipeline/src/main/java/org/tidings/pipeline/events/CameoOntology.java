package org.tidings.pipeline.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidings.model.CameoCode;

/**
 * Every CAMEO event code (roots, 3- and 4-digit codes) with name, QuadClass, Goldstein value and
 * PLOVER type and mode, read from the project's resource files {@code cameo-codes.tsv} and
 * {@code cameo-plover.tsv} (written by {@code scripts/events_ontology.py} from the codebooks).
 *
 * Each row's root, parent and QuadClass are checked against what the code's shape says ({@link
 * CameoCode}).
 *
 * <p>Immutable after loading; thread-safe.
 */
public final class CameoOntology {
  static final String CODES = "/org/tidings/events/cameo-codes.tsv";
  static final String PLOVER = "/org/tidings/events/cameo-plover.tsv";

  private final Map<String, CameoEntry> codes;

  private CameoOntology(Map<String, CameoEntry> codes) {
    this.codes = codes;
  }

  /**
   * The bundled ontology.
   *
   * @throws IllegalStateException naming the file and line when a resource is missing or broken
   */
  public static CameoOntology bundled() {
    Map<String, String[]> plover = new HashMap<>();
    for (String[] row : rows(PLOVER, 5)) {
      plover.put(row[0], row);
    }
    Map<String, CameoEntry> codes = new LinkedHashMap<>();
    for (String[] row : rows(CODES, 7)) {
      String[] p = plover.get(row[0]);
      if (p == null) {
        throw new IllegalStateException(PLOVER + ": no PLOVER row for CAMEO " + row[0]);
      }
      try {
        CameoCode code = CameoCode.of(row[0]);
        CameoCode parent = code.parent();
        int quadClass = Integer.parseInt(row[3]);
        if (!row[1].equals(code.root().value()) || !row[2].equals(parent == null ? "" : parent.value())
            || quadClass != code.quadClass()) {
          throw new IllegalStateException(CODES + ": root, parent or QuadClass of " + row[0]
              + " disagree with the code's shape: " + String.join(" ", row));
        }
        codes.put(row[0], new CameoEntry(code, quadClass, Double.parseDouble(row[4]), row[6], p[1], p[2]));
      } catch (IllegalArgumentException e) { // a bad number or a code of the wrong shape
        throw new IllegalStateException(CODES + ": bad row " + row[0] + ": " + e.getMessage(), e);
      }
    }
    return new CameoOntology(codes);
  }

  /** The code, or null when CAMEO has no such code. */
  public CameoEntry get(String code) {
    return codes.get(code);
  }

  /**
   * The code.
   *
   * @throws IllegalArgumentException when CAMEO has no such code (a lexicon typo)
   */
  public CameoEntry require(String code) {
    CameoEntry c = codes.get(code);
    if (c == null) {
      throw new IllegalArgumentException("unknown CAMEO code '" + code + "'");
    }
    return c;
  }

  /**
   * The entry of a code.
   *
   * @throws IllegalArgumentException when the codebook has no such code
   */
  public CameoEntry require(CameoCode code) {
    return require(code.value());
  }

  /** Every code in codebook order. */
  public Collection<CameoEntry> all() {
    return codes.values();
  }

  private static List<String[]> rows(String resource, int columns) {
    InputStream in = CameoOntology.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource missing from the jar: " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != columns) {
          throw new IllegalStateException(resource + ":" + n + ": expected " + columns + " columns, got " + row.length);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return rows;
  }
}
