package org.tidings.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusManifestTest {

  /** A corpus of one file and one folder of two files, and its manifest. */
  private static Map<String, String> corpus(Path root) throws IOException {
    Files.createDirectories(root.resolve("conll/"));
    Files.writeString(root.resolve("conll/eng.testa"), "EU NNP B-NP B-ORG\n", StandardCharsets.UTF_8);
    Files.createDirectories(root.resolve("polnear/train/text"));
    Files.writeString(root.resolve("polnear/train/text/a.txt"), "Obama said so.", StandardCharsets.UTF_8);
    Files.writeString(root.resolve("polnear/train/text/b.txt"), "Clinton said no.", StandardCharsets.UTF_8);
    Map<String, String> manifest = new LinkedHashMap<>();
    manifest.put("conll/eng.testa", CorpusManifest.digest(root.resolve("conll/eng.testa"), false));
    manifest.put("polnear/train/", CorpusManifest.digest(root.resolve("polnear/train"), true));
    return manifest;
  }

  @Test
  void theDataAFolderItLiesInOrTheEntriesBelowItAreChecked(@TempDir Path root) throws IOException {
    Map<String, String> manifest = corpus(root);
    assertEquals(List.of("conll/eng.testa"), CorpusManifest.check(root.resolve("conll/eng.testa"), manifest));
    assertEquals(List.of("conll/eng.testa"), CorpusManifest.check(root.resolve("conll"), manifest));
    assertEquals(List.of("polnear/train/"), CorpusManifest.check(root.resolve("polnear/train"), manifest));
    assertEquals(List.of("polnear/train/"), CorpusManifest.check(root.resolve("polnear/train/text/a.txt"), manifest));
    assertEquals(List.of("polnear/train/"), CorpusManifest.check(root.resolve("polnear"), manifest));
  }

  @Test
  void aChangedFileFailsNamingTheEntry(@TempDir Path root) throws IOException {
    Map<String, String> manifest = corpus(root);
    Files.writeString(root.resolve("polnear/train/text/b.txt"), "Clinton said yes.", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CorpusManifest.check(root.resolve("polnear/train"), manifest));
    assertTrue(e.getMessage().startsWith("corpus data changed: ") && e.getMessage().contains("polnear/train/"), e.getMessage());
    Files.writeString(root.resolve("polnear/train/text/c.txt"), "An added article.", StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> CorpusManifest.check(root.resolve("polnear"), manifest));
  }

  @Test
  void dataOutsideTheManifestIsNotChecked(@TempDir Path root) throws IOException {
    Map<String, String> manifest = corpus(root);
    Files.createDirectories(root.resolve("held-out"));
    assertEquals(List.of(), CorpusManifest.check(root.resolve("held-out"), manifest));
  }

  @Test
  void theBundledManifestListsEveryScoredDataSet() {
    Map<String, String> bundled = CorpusManifest.bundled();
    for (String entry : List.of("conll2003/eng.testa", "tempeval3/TBAQ-cleaned/", "geoparsing/geowebnews.jsonl",
        "geoparsing/tr-news.jsonl", "polnear/train/", "polnear/dev/", "html-extraction/zyte-dev/",
        "html-extraction/segments/", "events/plover-gsr-dev.json", "meantime-dev/gold.jsonl")) {
      assertTrue(bundled.containsKey(entry), entry);
    }
  }

  /** The development corpus beside the repository is the one the manifest (and EVALUATION.md) were made on. */
  @Test
  @Tag("corpus")
  void theSharedCorpusMatchesTheManifest() {
    String shared = System.getProperty("tidings.shared");
    if (shared == null || !Files.isDirectory(Path.of(shared, "corpus"))) {
      fail("the development corpus is missing: " + shared + "/corpus (run beside ../shared or set TIDINGS_SHARED)");
    }
    for (String entry : CorpusManifest.bundled().keySet()) {
      Path data = Path.of(shared, "corpus").resolve(entry);
      assertTrue(Files.exists(data), "missing: " + data);
      assertEquals(List.of(entry), CorpusManifest.check(data), entry);
    }
  }
}
