package org.tidings.pipeline.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings gazetteer import} on real GeoNames cities500 rows (CC BY 4.0). */
class GeoNamesImportTest {
  static final long PARIS_FR = 2988507;
  static final long PARIS_TX = 4717560;
  static final long NEW_YORK = 5128581;

  @TempDir Path dir;

  private final GeoNamesImport importer = new GeoNamesImport(TestGazetteer.resources().gazetteer(), 500);

  private static List<String> excerpt() throws IOException {
    try (InputStream in = GeoNamesImportTest.class.getResourceAsStream("cities500-excerpt.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private Path dump(List<String> lines) throws IOException {
    return Files.write(dir.resolve("cities500.txt"), lines, StandardCharsets.UTF_8);
  }

  @Test
  void importsRowsCarriesCountriesAndLoads() throws IOException {
    List<long[]> progress = new ArrayList<>();
    Path out = dir.resolve("data/gazetteer/gazetteer.tsv.gz");
    GeoNamesImport.Result r = importer.run(dump(excerpt()), out, (l, p) -> progress.add(new long[] {l, p}));
    assertEquals(8, r.lines());
    assertEquals(8, r.imported());
    assertEquals(0, r.bad());
    assertFalse(progress.isEmpty(), "progress is reported at the end at least");
    assertEquals(8, progress.get(progress.size() - 1)[1]);

    Gazetteer g = Gazetteer.load(out);
    assertEquals(8 + r.carried(), g.size());
    List<Long> paris = g.candidates("Paris").stream().map(GazetteerEntry::geonameId).toList();
    assertTrue(paris.containsAll(List.of(PARIS_FR, PARIS_TX)), paris.toString());
    assertEquals("FRA", g.candidates("Paris").stream().filter(e -> e.geonameId() == PARIS_FR).findFirst()
        .orElseThrow().iso3(), "alpha-3 codes from the built-in country table");
    assertEquals(NEW_YORK, g.candidates("Nueva York").get(0).geonameId(), "alternate names are kept");
    assertEquals("TJK", g.demonym("Tajik").get(0).iso3(), "countries and demonyms are carried over");
    assertEquals("Texas", g.admin1("US.TX").name(), "divisions the dump lacks are carried over");
    assertTrue(g.candidates("Central Asia").stream().anyMatch(e -> e.precision().name().equals("REGION")));
  }

  @Test
  void codesAreNotNames() throws IOException {
    Path out = dir.resolve("g.tsv.gz");
    importer.run(dump(excerpt()), out, (l, p) -> { });
    Gazetteer g = Gazetteer.load(out);
    for (String code : List.of("PAR", "NYC", "LON", "MOW", "NY")) {
      assertTrue(g.candidates(code).stream().noneMatch(e -> e.featureClass().equals("P")), code + " is a code");
    }
    assertTrue(GeoNamesImport.keepAlternate("Nueva York"));
    assertFalse(GeoNamesImport.keepAlternate("NYC"));
    assertFalse(GeoNamesImport.keepAlternate("U.S.A."));
    assertFalse(GeoNamesImport.keepAlternate("Москва"), "Latin script only");
  }

  @Test
  void malformedLinesAreSkippedCountedAndNamed() throws IOException {
    List<String> lines = new ArrayList<>(excerpt());
    lines.add(3, "2988507\tParis\tonly three columns");
    lines.add(6, lines.get(0).replaceFirst("\t42\\.\\d+\t", "\tnorth\t"));
    GeoNamesImport.Result r = importer.run(dump(lines), dir.resolve("g.tsv.gz"), (l, p) -> { });
    assertEquals(10, r.lines());
    assertEquals(8, r.imported());
    assertEquals(2, r.bad());
    assertEquals("line 4: expected 19 tab-separated columns, found 3", r.firstBad().get(0));
    assertTrue(r.firstBad().get(1).startsWith("line 7: bad number"), r.firstBad().get(1));
  }

  /** Found by GeoNamesFuzzTest's contract: Java reads "NaN" as a number, which passed the range check. */
  @Test
  void notANumberIsNoCoordinate() throws IOException {
    List<String> lines = new ArrayList<>(excerpt());
    lines.add(1, lines.get(0).replaceFirst("\t42\\.\\d+\t", "\tNaN\t"));
    GeoNamesImport.Result r = importer.run(dump(lines), dir.resolve("g.tsv.gz"), (l, p) -> { });
    assertEquals(1, r.bad());
    assertTrue(r.firstBad().get(0).startsWith("line 2: coordinates out of range: NaN"), r.firstBad().get(0));
  }

  @Test
  void aFileThatIsNotGeoNamesStopsTheImportAndLeavesNoOutput() throws IOException {
    Path notGeoNames = Files.writeString(dir.resolve("notes.txt"), "id,name,lat,lon\n".repeat(20));
    Path out = dir.resolve("g.tsv.gz");
    GazetteerException e = assertThrows(GazetteerException.class, () -> importer.run(notGeoNames, out, (l, p) -> { }));
    assertTrue(e.getMessage().contains("not a GeoNames dump") && e.getMessage().contains("line 1"), e.getMessage());
    assertFalse(Files.exists(out));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void readsTheZipGeoNamesServes() throws IOException {
    Path zip = dir.resolve("cities500.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("readme.txt"));
      z.write("not data".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("cities500.txt"));
      z.write(String.join("\n", excerpt()).getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(8, importer.run(zip, dir.resolve("g.tsv.gz"), (l, p) -> { }).imported());
  }

  @Test
  void missingDumpIsNamed() {
    Path missing = dir.resolve("allCountries.txt");
    GazetteerException e =
        assertThrows(GazetteerException.class, () -> importer.run(missing, dir.resolve("g.tsv.gz"), (l, p) -> { }));
    assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
  }
}
