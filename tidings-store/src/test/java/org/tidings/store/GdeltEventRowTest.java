package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The reader that checks our GDELT rows also reads GDELT's own (../shared/corpus/gdelt-samples/,
 * GDELT's terms: not bundled; those tests are tagged {@code corpus}).
 */
class GdeltEventRowTest {

  private static Path samples() {
    return SharedFiles.require("corpus/gdelt-samples");
  }

  @Tag("corpus")
  @Test
  void parsesEveryRowOfGdeltsOwnExport() throws Exception {
    List<String> lines = Files.readAllLines(samples().resolve("events.csv"), StandardCharsets.UTF_8);
    assertEquals(100, lines.size());
    for (String line : lines) {
      assertEquals(61, GdeltEventRow.parse(line).columns().size());
    }
    GdeltEventRow first = GdeltEventRow.parse(lines.get(0));
    assertEquals(410412347L, first.globalEventId());
    assertEquals(java.time.LocalDate.of(2014, 2, 18), first.day());
    assertEquals("043", first.eventCode());
    assertEquals(1, first.quadClass());
    assertEquals(2.8, first.goldstein());
    assertEquals(5, first.numMentions());
    assertEquals("Waterkloof, Free State, South Africa", first.get("ActionGeo_FullName"));
    // GDELT's own FractionDate for 2014-02-18 is what our formula gives.
    assertEquals("2014.1315", first.get("FractionDate"));
  }

  @Tag("corpus")
  @Test
  void columnNamesMatchTheSharedHeaderList() throws Exception {
    for (String line : Files.readAllLines(samples().resolve("headers.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("events.csv")) {
        List<String> cols = List.of(line.split("\t"));
        assertEquals(GdeltEventRow.COLUMNS, cols.subList(3, cols.size()));
        return;
      }
    }
    throw new AssertionError("no events.csv line in headers.tsv");
  }

  @Test
  void rejectsRowsOfTheWrongWidth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GdeltEventRow.parse("1\t2\t3"));
    assertEquals("a GDELT 2.0 event row has 61 columns, this one has 3", e.getMessage());
    String gdelt1 = String.join("\t", java.util.Collections.nCopies(57, "x"));
    assertThrows(IllegalArgumentException.class, () -> GdeltEventRow.parse(gdelt1));
  }
}
