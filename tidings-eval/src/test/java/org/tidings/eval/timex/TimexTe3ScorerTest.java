package org.tidings.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.eval.Scorers;

/** The scorer's data handling; the full TBAQ run lives in EVALUATION.md, not in unit tests. */
class TimexTe3ScorerTest {

  @Test
  void registeredUnderItsSuiteName() {
    assertEquals("timex-te3", Scorers.byName("timex-te3").suite());
  }

  @Test
  void aMissingDirectoryIsAClearError(@TempDir Path dir) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new TimexTe3Scorer().score(dir.resolve("nowhere")));
    assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
  }

  @Test
  void aDirectoryWithoutTimeMlIsAClearError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("readme.txt"), "no TimeML here");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TimexTe3Scorer().score(dir));
    assertTrue(e.getMessage().contains("no .tml files"), e.getMessage());
  }

  @Test
  void filesAreFoundRecursively(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/b/x.tml"), TimeMlReaderTest.SAMPLE);
    Files.writeString(dir.resolve("y.tml"), TimeMlReaderTest.SAMPLE);
    assertEquals(2, TimexTe3Scorer.timeMlFiles(dir).size());
  }
}
