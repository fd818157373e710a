package org.tidings.pipeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares annotation lines with a golden file under {@code src/test/resources/golden/}. Run with
 * {@code -Dgolden.update=true} to (re)write the files from the current output, then read the diff
 * in version control before keeping it.
 */
public final class GoldenFiles {
  private GoldenFiles() {}

  /** Surefire runs tests in the module folder, so this is the source folder, not a copy. */
  static final Path FOLDER = Path.of("src", "test", "resources", "golden");

  public static void check(String name, List<String> actual) throws IOException {
    Path file = FOLDER.resolve(name + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(FOLDER);
      Files.write(file, actual, StandardCharsets.UTF_8);
      System.out.println("[golden] wrote " + file.toAbsolutePath());
      return;
    }
    if (!Files.exists(file)) {
      fail("no golden file " + file.toAbsolutePath() + "; run with -Dgolden.update=true to write it");
    }
    List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      String diff = String.join("\n", diff(expected, actual));
      System.out.println("[golden] " + name + " differs (- golden, + now):\n" + diff);
      fail(name + " differs from " + file + " (- golden, + now); rerun with -Dgolden.update=true if the change is right:\n" + diff);
    }
  }

  /** A line diff by longest common subsequence: "- " lines only in a, "+ " lines only in b. */
  static List<String> diff(List<String> a, List<String> b) {
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        i++;
        j++;
      } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.add("- " + a.get(i++));
      } else {
        out.add("+ " + b.get(j++));
      }
    }
    return out;
  }
}
