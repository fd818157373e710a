package org.tidings.pipeline.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  @TempDir Path dir;

  @Test
  void builtInHoldsCountriesRegionsDivisionsAndCities() {
    Gazetteer g = TestGazetteer.resources().gazetteer();
    assertTrue(g.size() > 190_000);
    assertEquals(1220409, g.country("TJK").geonameId());
    assertEquals("TJK", g.demonym("Tajik").get(0).iso3());
    assertEquals("USA", g.candidates("U.S.").get(0).iso3());
    assertTrue(g.candidates("PAR").stream().noneMatch(e -> e.geonameId() == 2988507), "codes are not names");
    assertEquals("Texas", g.admin1("US.TX").name());
  }

  @Test
  void missingFileIsNamed() {
    Path missing = dir.resolve("nope.tsv.gz");
    GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.load(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertThrows(GazetteerException.class, () -> new PlaceResolver(PlaceResources.fromFile(missing)),
        "the stage fails at start-up, not on the first article");
  }

  @Test
  void notGzipIsCorrupt() throws IOException {
    Path f = Files.writeString(dir.resolve("bad.tsv.gz"), "hello");
    GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.load(f));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
  }

  @Test
  void truncatedFileIsCorrupt() throws IOException {
    byte[] whole = gzip(Gazetteer.MAGIC + "\n" + "1\tA\tP\tPPL\tFR\tFRA\t11\t1\t2\t3\t\t\n".repeat(5000));
    Path f = dir.resolve("cut.tsv.gz");
    Files.write(f, java.util.Arrays.copyOf(whole, whole.length / 2));
    GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.load(f));
    assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
  }

  @Test
  void wrongHeaderAndBadRowsAreNamed() throws IOException {
    Path f = dir.resolve("x.tsv.gz");
    Files.write(f, gzip("id\tname\n"));
    assertTrue(assertThrows(GazetteerException.class, () -> Gazetteer.load(f)).getMessage().contains("not a Tidings"));
    Files.write(f, gzip(Gazetteer.MAGIC + "\nx\ty\n"));
    assertTrue(assertThrows(GazetteerException.class, () -> Gazetteer.load(f)).getMessage().contains("line 2"));
  }

  @Test
  void keysIgnoreCaseAccentsStopsAndThe() {
    assertEquals("us", PlaceNames.key("U.S."));
    assertEquals("quebec", PlaceNames.key("Québec"));
    assertEquals("sahel", PlaceNames.key("the Sahel"));
    assertEquals("guinea bissau", PlaceNames.key("Guinea-Bissau"));
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
