package org.tidings.pipeline.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Place names and the GeoNames entries they may mean: countries, news regions and continents,
 * first-level divisions and populated places. Built by {@code scripts/gazetteer/build_gazetteer.py};
 * the file is a gzipped UTF-8 TSV whose first line is {@code # tidings-gazetteer\t1...} and whose
 * rows are {@code id, name, class, code, iso2, iso3, admin1, lat, lon, population, names, demonyms}
 * ({@code |}-separated lists).
 *
 * <p>Load it once per JVM through {@link PlaceResources}: the default file takes about a second of
 * CPU and retains some 70 MB of heap (figures in {@code BENCHMARKS.md}). Immutable after loading and
 * thread-safe.
 */
public final class Gazetteer {
  /** Classpath location of the built-in gazetteer. */
  public static final String RESOURCE = "/org/tidings/places/gazetteer.tsv.gz";

  static final String MAGIC = "# tidings-gazetteer\t1";
  private static final int[] NONE = new int[0];

  private final String source;
  private final String version;
  private final GazetteerEntry[] entries;
  private final Map<String, int[]> byName;
  private final Map<String, int[]> byDemonym;
  private final Map<String, Integer> countryByIso;
  private final Map<String, Integer> admin1ByKey;

  private Gazetteer(String source, String version, List<GazetteerEntry> entries,
      Map<String, int[]> byName, Map<String, int[]> byDemonym) {
    this.source = source;
    this.version = version;
    this.entries = entries.toArray(GazetteerEntry[]::new);
    this.byName = byName;
    this.byDemonym = byDemonym;
    this.countryByIso = new HashMap<>();
    this.admin1ByKey = new HashMap<>();
    for (int i = 0; i < this.entries.length; i++) {
      GazetteerEntry e = this.entries[i];
      if (e.isCountry()) {
        countryByIso.putIfAbsent(e.iso2(), i);
        countryByIso.putIfAbsent(e.iso3(), i);
      } else if (e.featureCode().equals("ADM1") && e.admin1Key() != null) {
        admin1ByKey.putIfAbsent(e.admin1Key(), i);
      }
    }
  }

  /**
   * The built-in gazetteer from the classpath.
   *
   * @throws GazetteerException when the resource is missing or corrupt
   */
  public static Gazetteer loadDefault() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new GazetteerException("gazetteer resource " + RESOURCE + " is not on the classpath");
      }
      return read(in, "classpath:" + RESOURCE);
    } catch (IOException e) {
      throw new GazetteerException("cannot read gazetteer classpath:" + RESOURCE + ": " + e, e);
    }
  }

  /**
   * A gazetteer file (as written by the build script or {@code tidings gazetteer import}).
   *
   * @throws GazetteerException naming the file when it is missing, unreadable or corrupt
   */
  public static Gazetteer load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new GazetteerException("gazetteer file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new GazetteerException("cannot read gazetteer file " + file + ": " + e, e);
    }
  }

  /**
   * Checks cheaply that {@code file} begins as a gazetteer does (gzip, then the header line), so
   * that a wrong file is refused before anything slow starts; {@link #load} checks the rest.
   *
   * @throws GazetteerException naming the file when it is missing, unreadable or not a gazetteer
   */
  public static void checkHeader(Path file) {
    String header;
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      header = in.readLine();
    } catch (NoSuchFileException e) {
      throw new GazetteerException("gazetteer file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new GazetteerException("gazetteer " + file + " is not a Tidings gazetteer (" + e.getMessage()
          + "; make one with `tidings gazetteer import`)", e);
    }
    if (header == null || !header.startsWith(MAGIC)) {
      throw new GazetteerException("gazetteer " + file + " is not a Tidings gazetteer (first line: "
          + (header == null ? "none" : abbreviate(header)) + "; make one with `tidings gazetteer import`)");
    }
  }

  /**
   * Reads a gazetteer stream; {@code source} names it in errors.
   *
   * @throws GazetteerException when the stream is not a complete gazetteer
   */
  public static Gazetteer read(InputStream raw, String source) {
    List<GazetteerEntry> entries = new ArrayList<>(210_000);
    Map<String, int[]> byName = new HashMap<>(1 << 20);
    Map<String, int[]> byDemonym = new HashMap<>(1024);
    Map<String, String> codes = new HashMap<>(8192);
    String header;
    int lineNo = 1;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      header = in.readLine();
      if (header == null || !header.startsWith(MAGIC)) {
        throw new GazetteerException("gazetteer " + source + " is not a Tidings gazetteer (first line: "
            + (header == null ? "none" : abbreviate(header)) + ")");
      }
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String[] f = line.split("\t", -1);
        if (f.length != 12) {
          throw new GazetteerException("gazetteer " + source + " line " + lineNo + ": expected 12 columns, found "
              + f.length);
        }
        // Feature codes, country codes and division codes repeat across rows: one String each, not
        // one per row, which keeps the retained heap and the garbage collector's copying small.
        GazetteerEntry e = new GazetteerEntry(Long.parseLong(f[0]), f[1], shared(codes, f[2]), shared(codes, f[3]),
            shared(codes, f[4]), shared(codes, f[5]), shared(codes, f[6]),
            Double.parseDouble(f[7]), Double.parseDouble(f[8]), Long.parseLong(f[9]));
        int index = entries.size();
        entries.add(e);
        index(byName, f[1], index);
        if (!f[10].isEmpty()) {
          for (String alt : f[10].split("\\|")) {
            index(byName, alt, index);
          }
        }
        if (!f[11].isEmpty()) {
          for (String dem : f[11].split("\\|")) {
            index(byDemonym, dem, index);
          }
        }
      }
    } catch (NumberFormatException e) {
      throw new GazetteerException("gazetteer " + source + " line " + lineNo + ": bad number: " + e.getMessage(), e);
    } catch (IOException e) {
      // A truncated or non-gzip file ends here: EOFException or ZipException.
      throw new GazetteerException("gazetteer " + source + " is corrupt near line " + lineNo + ": " + e, e);
    }
    if (entries.isEmpty()) {
      throw new GazetteerException("gazetteer " + source + " holds no places");
    }
    return new Gazetteer(source, header.substring(2), entries, byName, byDemonym);
  }

  private static String shared(Map<String, String> pool, String s) {
    String old = pool.putIfAbsent(s, s);
    return old == null ? s : old;
  }

  private static void index(Map<String, int[]> map, String name, int entry) {
    String key = PlaceNames.key(name);
    if (key.isEmpty()) {
      return;
    }
    int[] old = map.get(key);
    if (old == null) {
      map.put(key, new int[] {entry});
    } else if (old[old.length - 1] != entry) {
      int[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = entry;
      map.put(key, grown);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }

  /** Where it was loaded from. */
  public String source() {
    return source;
  }

  /** The header of the file: format version and row count. */
  public String version() {
    return version;
  }

  public int size() {
    return entries.length;
  }

  /** Every entry with this name or alternate name, in file order (countries, regions, divisions, places). */
  public List<GazetteerEntry> candidates(String name) {
    return entriesOf(byName.getOrDefault(PlaceNames.key(name), NONE));
  }

  /** Countries and regions whose demonym or adjective this is ("Tajik" -> Tajikistan); usually one. */
  public List<GazetteerEntry> demonym(String word) {
    return entriesOf(byDemonym.getOrDefault(PlaceNames.key(word), NONE));
  }

  /** The country with this ISO alpha-2 or alpha-3 code, or null. */
  public GazetteerEntry country(String iso) {
    Integer i = countryByIso.get(iso);
    return i == null ? null : entries[i];
  }

  /** The first-level division with this key ("US.TX"), or null. */
  public GazetteerEntry admin1(String key) {
    Integer i = admin1ByKey.get(key);
    return i == null ? null : entries[i];
  }

  /** Every entry, in file order (used by the import command to carry countries and regions over). */
  public List<GazetteerEntry> entries() {
    return List.of(entries);
  }

  private List<GazetteerEntry> entriesOf(int[] indexes) {
    List<GazetteerEntry> out = new ArrayList<>(indexes.length);
    for (int i : indexes) {
      out.add(entries[i]);
    }
    return out;
  }
}
