package org.tidings.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the shared corpus ({@code -Dtidings.shared}, set by surefire); tests skip when absent. */
public final class SharedCorpus {
  private SharedCorpus() {}

  public static final String SEED_TITLE = "Putin says militants from Iraq and Syria are entering Afghanistan";
  public static final String SEED_PUBLISHED = "2021-10-13";

  /** The file at {@code relative} under the shared folder; the calling test is skipped without it. */
  public static Path require(String relative) {
    String root = System.getProperty("tidings.shared");
    assumeTrue(root != null, "tidings.shared is not set");
    Path file = Path.of(root).resolve(relative);
    assumeTrue(Files.exists(file), "shared corpus file missing: " + file);
    return file;
  }

  public static Path seed() {
    return require("examples/seed/article.txt");
  }

  public static Path wikinews() {
    return require("corpus/wikinews/wikinews_2019_2020.jsonl");
  }
}
