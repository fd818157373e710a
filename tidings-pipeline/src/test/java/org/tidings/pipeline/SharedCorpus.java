package org.tidings.pipeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files beside the repository ({@code ../shared}, or {@code -Dtidings.shared} set by surefire from
 * {@code TIDINGS_SHARED}) that may not be bundled: the seed article (a wire story) and the
 * development corpus. Only tests tagged {@value #TAG} read them; they run with {@code mvn test
 * -Pcorpus} and fail, not skip, when a file is missing.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /** The JUnit tag of the tests that read these files. */
  public static final String TAG = "corpus";

  public static final String SEED_TITLE = "Putin says militants from Iraq and Syria are entering Afghanistan";
  public static final String SEED_PUBLISHED = "2021-10-13";

  /** The file at {@code relative} under the shared folder; fails the calling test without it. */
  public static Path require(String relative) {
    String root = System.getProperty("tidings.shared");
    if (root == null) {
      fail("tidings.shared is not set: run the corpus tests with mvn test -Pcorpus beside ../shared or with TIDINGS_SHARED");
    }
    Path file = Path.of(root).resolve(relative);
    if (!Files.exists(file)) {
      fail("shared corpus file missing: " + file.toAbsolutePath());
    }
    return file;
  }

  public static Path seed() {
    return require("examples/seed/article.txt");
  }

  public static Path wikinews() {
    return require("corpus/wikinews/wikinews_2019_2020.jsonl");
  }
}
