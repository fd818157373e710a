package org.tidings.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

  /** A file of the shared corpus; the calling test is skipped without it. */
  static Path shared(String relative) {
    String root = System.getProperty("tidings.shared");
    assumeTrue(root != null, "tidings.shared is not set");
    Path file = Path.of(root).resolve(relative);
    assumeTrue(Files.exists(file), "shared corpus file missing: " + file);
    return file;
  }
}
