package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** One run of the {@code tidings} command line, in process, with its output captured. */
record Run(int exitCode, String out, String err) {

  static Run of(String... args) {
    CommandLine cl = Tidings.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * A file beside the repository ({@code -Dtidings.shared}); only tests tagged {@code corpus} read
   * them ({@code mvn test -Pcorpus}), and they fail, not skip, without it.
   */
  static Path shared(String relative) {
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
