package org.tidings.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of the development corpus beside the repository ({@code -Dtidings.shared}); only tests
 * tagged {@code corpus} read them ({@code mvn test -Pcorpus}), and they fail, not skip, without them.
 */
final class SharedFiles {
  private SharedFiles() {}

  static Path require(String relative) {
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
}
