package org.tidings.pipeline.places;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Turns a GeoNames dump ({@code allCountries.txt}, {@code cities500.txt} or a country file, plain or
 * as the {@code .zip} GeoNames serves) into a Tidings gazetteer file that {@link Gazetteer#load}
 * reads. The dump is streamed: memory does not grow with its size.
 *
 * <p>What is kept from the dump: populated places (class P) of at least {@code minPopulation} people
 * and every seat of government (PPLC, PPLG, PPLA to PPLA4), as GeoNames selects its cities500 file;
 * first- and second-level divisions (ADM1, ADM2); and islands, regions, seas and rivers that GeoNames knows under at least {@value #NOTABLE_NAMES} names (a
 * proxy for being named in news). Countries and news regions come from the built-in gazetteer,
 * whose names, aliases and demonyms are curated; so do the divisions the dump lacks (cities500 holds
 * none). Alternate names are kept as the build script keeps them ({@link #keepAlternate}).
 *
 * <p>A malformed line (not 19 tab-separated columns, or a bad id or coordinate) is skipped and
 * counted; the first {@value #FIRST_BAD_LINES} line numbers are reported. A file whose first
 * {@value #PROBE_LINES} lines are all malformed is not a GeoNames dump and stops the import. The
 * output is written beside its target and moved into place only when complete.
 *
 * <p>Not thread-safe: one import per instance.
 */
public final class GeoNamesImport {
  static final int COLUMNS = 19;
  static final int NOTABLE_NAMES = 5;
  static final int PROBE_LINES = 10;
  static final int FIRST_BAD_LINES = 10;
  static final long ALTERNATE_MIN_POPULATION = 1000;
  private static final Set<String> NOTABLE_CODES =
      Set.of("ISL", "ISLS", "PEN", "RGN", "RGNE", "AREA", "SEA", "GULF", "BAY", "STM", "LK", "VAL", "DSRT", "MTS",
          "PLN", "PRK", "AIRP");

  /** Called every {@value #PROGRESS_EVERY} lines with the lines read and places kept so far. */
  public interface Progress {
    void update(long lines, long places);
  }

  static final long PROGRESS_EVERY = 100_000;

  /**
   * What an import did.
   *
   * @param output the gazetteer file written
   * @param lines lines read from the dump
   * @param imported places taken from the dump
   * @param carried countries, regions and divisions taken from the built-in gazetteer
   * @param bad malformed lines skipped
   * @param firstBad descriptions of the first malformed lines ("line 17: expected 19 columns, found 3")
   */
  public record Result(Path output, long lines, long imported, long carried, long bad, List<String> firstBad) {
    public Result {
      firstBad = List.copyOf(firstBad);
    }
  }

  private final Gazetteer builtIn;
  private final long minPopulation;
  private final Set<Long> carriedIds = new HashSet<>();

  /**
   * @param builtIn the gazetteer whose countries and regions are carried over, and whose country
   *     table gives ISO alpha-3 codes
   * @param minPopulation the least population of a populated place to keep (500 matches cities500)
   */
  public GeoNamesImport(Gazetteer builtIn, long minPopulation) {
    this.builtIn = builtIn;
    this.minPopulation = minPopulation;
    // The dump's own rows for the countries and regions carried over would only duplicate them.
    for (GazetteerEntry e : builtIn.entries()) {
      if ((e.isCountry() || e.featureClass().equals("L")) && e.geonameId() != 0) {
        carriedIds.add(e.geonameId());
      }
    }
  }

  /**
   * Imports {@code dump} into {@code output} (a {@code .tsv.gz} path; its folder is created).
   *
   * @throws GazetteerException naming the file when it is missing, unreadable or not a GeoNames dump
   */
  public Result run(Path dump, Path output, Progress progress) {
    Path dir = output.toAbsolutePath().getParent();
    Path body = null;
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      body = Files.createTempFile(dir, "places-", ".tmp");
      tmp = Files.createTempFile(dir, "gazetteer-", ".tmp");
      Counts counts = new Counts();
      try (InputStream in = open(dump);
          BufferedReader reader = new BufferedReader(new InputStreamReader(in,
              StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                  .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
          Writer w = gzipWriter(body)) {
        readDump(dump, reader, w, counts, progress);
      }
      if (counts.imported == 0) {
        throw new GazetteerException("GeoNames dump " + dump + " holds no place to import ("
            + counts.lines + " lines, " + counts.bad + " malformed)");
      }
      long carried;
      try (Writer w = gzipWriter(tmp)) {
        w.write(Gazetteer.MAGIC + "\tsources=GeoNames dump " + dump.getFileName()
            + " (CC BY 4.0); Tidings countries and regions\n");
        carried = carryOver(w, counts);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(body), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
          r.transferTo(w);
        }
      }
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Result(output, counts.lines, counts.imported, carried, counts.bad, counts.firstBad);
    } catch (NoSuchFileException e) {
      throw new GazetteerException("GeoNames dump " + dump + " does not exist", e);
    } catch (IOException e) {
      throw new GazetteerException("cannot import GeoNames dump " + dump + " into " + output + ": " + e, e);
    } finally {
      deleteQuietly(body);
      deleteQuietly(tmp);
    }
  }

  /** What reading a dump counted; package-private for the fuzz test. */
  static final class Counts {
    long lines;
    long imported;
    long bad;
    boolean anyAdmin2;
    final Set<String> admin1Keys = new HashSet<>();
    final List<String> firstBad = new ArrayList<>();
  }

  /** Reads the dump's lines, writing the places kept to {@code w}; package-private for the fuzz test. */
  void readDump(Path dump, BufferedReader reader, Writer w, Counts counts, Progress progress)
      throws IOException {
    String line;
    while ((line = reader.readLine()) != null) {
      counts.lines++;
      if (counts.lines % PROGRESS_EVERY == 0) {
        progress.update(counts.lines, counts.imported);
      }
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String problem = f.length != COLUMNS ? "expected " + COLUMNS + " tab-separated columns, found " + f.length
          : check(f);
      if (problem != null) {
        counts.bad++;
        if (counts.firstBad.size() < FIRST_BAD_LINES) {
          counts.firstBad.add("line " + counts.lines + ": " + problem);
        }
        if (counts.bad == counts.lines && counts.lines >= PROBE_LINES) {
          throw new GazetteerException(dump + " is not a GeoNames dump: its first " + PROBE_LINES
              + " lines are malformed (" + counts.firstBad.get(0) + ")");
        }
        continue;
      }
      if (keep(f)) {
        write(w, f);
        counts.imported++;
        if (f[7].equals("ADM1")) {
          counts.admin1Keys.add(f[8] + "." + f[10]);
        }
        counts.anyAdmin2 |= f[7].equals("ADM2");
      }
    }
    progress.update(counts.lines, counts.imported);
  }

  /** Null when the row's id, coordinates and population parse, else what is wrong. */
  private static String check(String[] f) {
    try {
      Long.parseLong(f[0]);
      double lat = Double.parseDouble(f[4]);
      double lon = Double.parseDouble(f[5]);
      if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) { // NaN, which Java parses, is no coordinate either
        return "coordinates out of range: " + f[4] + ", " + f[5];
      }
      if (!f[14].isEmpty()) {
        Long.parseLong(f[14]);
      }
    } catch (NumberFormatException e) {
      return "bad number (" + e.getMessage() + ")";
    }
    return f[1].isBlank() ? "no name" : null;
  }

  private boolean keep(String[] f) {
    if (carriedIds.contains(Long.parseLong(f[0]))) {
      return false;
    }
    String fclass = f[6];
    String code = f[7];
    long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
    if (fclass.equals("P")) {
      // As GeoNames' own cities500 rule: seats of government at any level are kept whatever their size.
      return population >= minPopulation || code.startsWith("PPLA") || code.equals("PPLC") || code.equals("PPLG");
    }
    if (fclass.equals("A")) {
      return code.equals("ADM1") || code.equals("ADM2");
    }
    return NOTABLE_CODES.contains(code) && f[3].split(",").length >= NOTABLE_NAMES;
  }

  private void write(Writer w, String[] f) throws IOException {
    long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
    String name = clean(f[1]);
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(name.toLowerCase(java.util.Locale.ROOT));
    addName(names, seen, clean(f[2]));
    if (population >= ALTERNATE_MIN_POPULATION || !f[6].equals("P")) {
      for (String alt : f[3].split(",")) {
        if (keepAlternate(alt)) {
          addName(names, seen, clean(alt));
        }
      }
    }
    GazetteerEntry country = f[8].isEmpty() ? null : builtIn.country(f[8]);
    w.write(String.join("\t", f[0], name, f[6], f[7], f[8], country == null ? "" : country.iso3(), clean(f[10]),
        f[4], f[5], Long.toString(population), String.join("|", names), ""));
    w.write('\n');
  }

  private static void addName(List<String> names, Set<String> seen, String name) {
    if (!name.isEmpty() && seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
      names.add(name);
    }
  }

  /**
   * Whether an alternate name is one a reader of English news could meet: Latin script, at least
   * three letters, capitalised; and not a code ("PAR", "NYC", "U.S.A."): all capitals up to five
   * letters.
   */
  static boolean keepAlternate(String name) {
    String folded = PlaceNames.fold(name);
    if (folded.length() < 3 || !Character.isUpperCase(folded.charAt(0))) {
      return false;
    }
    int letters = 0;
    boolean allUpper = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (!letter && c != ' ' && c != '.' && c != '\'' && c != '-') {
        return false;
      }
      if (letter) {
        letters++;
        allUpper &= c <= 'Z';
      }
    }
    return !(allUpper && letters <= 5);
  }

  /**
   * Copies the built-in countries and regions, and its divisions the dump lacks: ADM1 rows whose key
   * the dump did not hold, and ADM2 rows when the dump held no ADM2 at all.
   */
  private static long carryOver(Writer w, Counts counts) throws IOException {
    long n = 0;
    try (InputStream raw = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
      if (raw == null) {
        throw new GazetteerException("gazetteer resource " + Gazetteer.RESOURCE + " is not on the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16),
          StandardCharsets.UTF_8), 1 << 16);
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", 8);
        String code = f[3];
        boolean take = code.startsWith("PCL") || f[2].equals("L")
            || (code.equals("ADM1") && !counts.admin1Keys.contains(f[4] + "." + f[6]))
            || (code.equals("ADM2") && !counts.anyAdmin2);
        if (take) {
          w.write(line);
          w.write('\n');
          n++;
        }
      }
    }
    return n;
  }

  private static InputStream open(Path dump) throws IOException {
    InputStream in = Files.newInputStream(dump);
    if (!dump.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
      return in;
    }
    ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
    ZipEntry e;
    while ((e = zip.getNextEntry()) != null) {
      String name = e.getName().toLowerCase(java.util.Locale.ROOT);
      if (!e.isDirectory() && name.endsWith(".txt") && !name.contains("readme")) {
        return zip;
      }
    }
    zip.close();
    throw new GazetteerException(dump + " holds no .txt file (want a GeoNames dump such as allCountries.zip)");
  }

  private static Writer gzipWriter(Path file) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
        StandardCharsets.UTF_8), 1 << 16);
  }

  private static String clean(String s) {
    return s.replace('|', ' ').trim();
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a leftover temporary file in the data directory; the import's own outcome matters more
      System.err.println("tidings: could not delete temporary file " + p + ": " + e.getMessage());
    }
  }
}
