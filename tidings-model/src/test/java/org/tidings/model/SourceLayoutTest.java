package org.tidings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout rules every Java source of the build keeps (the part of a formatter's job that can be
 * checked without reformatting the tree; see CONTRIBUTING.md, "Style"): UTF-8, LF line endings, a
 * final newline, no tab, no trailing white space, no wildcard import. Runs in tidings-model, the
 * first module built, over the sources of all modules.
 */
class SourceLayoutTest {
  /** Surefire runs in the module folder; the repository root is its parent. */
  private static final Path ROOT = Path.of("..");
  private static final Pattern WILDCARD_IMPORT = Pattern.compile("(?m)^import (static )?[\\w.]+\\.\\*;");

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> f.toString().contains("/src/") && !f.toString().contains("/target/"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everySourceKeepsTheLayoutRules() throws IOException {
    List<Path> files = sources();
    assertTrue(files.size() > 100, "found " + files.size() + " sources under " + ROOT.toAbsolutePath());
    List<String> problems = new ArrayList<>();
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      if (text.contains("\r")) {
        problems.add(f + ": CR line endings");
      }
      if (!text.isEmpty() && !text.endsWith("\n")) {
        problems.add(f + ": no final newline");
      }
      if (text.contains("\t")) {
        problems.add(f + ": tab");
      }
      if (Pattern.compile("(?m)[ \\t]+$").matcher(text).find()) {
        problems.add(f + ": trailing white space");
      }
      if (WILDCARD_IMPORT.matcher(text).find()) {
        problems.add(f + ": wildcard import");
      }
    }
    assertEquals(List.of(), problems);
  }
}
