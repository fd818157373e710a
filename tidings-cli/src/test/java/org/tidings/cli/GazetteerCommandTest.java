package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings gazetteer import} and {@code tidings eval geo --oracle}, in process. */
class GazetteerCommandTest {
  /** Real GeoNames cities500 rows (CC BY 4.0), kept with the places tests. */
  static final Path EXCERPT =
      Path.of("../tidings-pipeline/src/test/resources/org/tidings/pipeline/places/cities500-excerpt.txt");

  @TempDir Path dir;

  @Test
  void importWritesAGazetteerAndReportsBadLines() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(EXCERPT));
    lines.add(2, "not\ta\tgeonames\trow");
    Path dump = Files.write(dir.resolve("cities500.txt"), lines);
    Path out = dir.resolve("g.tsv.gz");
    Run run = Run.of("gazetteer", "import", dump.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("imported 8 places from " + dump + " (9 lines, 1 malformed skipped)"), run.out());
    assertTrue(run.err().contains("skipped malformed line 3: expected 19 tab-separated columns, found 4"), run.err());
    assertTrue(Files.size(out) > 0);

    // Kabul is in the excerpt, Lyon only in the built-in gazetteer.
    Path article = Files.writeString(dir.resolve("a.txt"), "Officials from Kabul met French officials in Lyon.");
    Run extract = Run.of("extract", article.toString(), "--gazetteer", out.toString(), "--published", "2024-05-04");
    assertEquals(0, extract.exitCode(), extract.err());
    assertTrue(extract.out().contains("\"geonameId\" : 1138958"), extract.out());
    assertTrue(!extract.out().contains("\"geonameId\" : 2996944"), "the imported gazetteer is used: " + extract.out());
  }

  @Test
  void aFileThatIsNotGeoNamesFailsClearly() throws IOException {
    Path csv = Files.writeString(dir.resolve("places.csv"), "id,name,lat,lon\n".repeat(50));
    Run run = Run.of("gazetteer", "import", csv.toString(), "--out", dir.resolve("g.tsv.gz").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains(csv + " is not a GeoNames dump"), run.err());
    assertTrue(!Files.exists(dir.resolve("g.tsv.gz")));
  }

  @Test
  void evalGeoOracleResolvesTheGoldSpans() throws IOException {
    Path data = Files.writeString(dir.resolve("geo.jsonl"),
        "{\"id\":\"1\",\"text\":\"Rain fell on Paris and Kabul.\",\"toponyms\":["
            + "{\"start\":13,\"end\":18,\"text\":\"Paris\",\"lat\":48.85,\"lon\":2.35},"
            + "{\"start\":23,\"end\":28,\"text\":\"Kabul\",\"lat\":34.53,\"lon\":69.17}]}\n");
    Run run = Run.of("eval", "geo", "--oracle", "--data", data.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("geo --oracle on "), run.out());
    assertTrue(run.out().matches("(?s).*accuracy_161km\\s+1\\.0000.*"), run.out());
    assertTrue(!run.out().contains("recognition"), "oracle mode scores resolution only");
  }

  @Test
  void oracleOnASuiteWithoutOneIsRefused() {
    Run run = Run.of("eval", "timex-te3", "--oracle", "--data", dir.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("suite 'timex-te3' has no --oracle mode"), run.err());
  }
}
