package org.tidings.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** What the fuzz tests share: their committed inputs, read for a warm-up, and a scratch folder. */
public final class FuzzSupport {
  private FuzzSupport() {}

  /** The committed input {@code <Test>Inputs/<method>/<file>} of fuzz test class {@code test}. */
  public static byte[] seed(Class<?> test, String methodAndFile) {
    String name = test.getSimpleName() + "Inputs/" + methodAndFile;
    try (InputStream in = test.getResourceAsStream(name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new temporary folder, deleted when the JVM exits if empty by then. */
  public static Path tempDir(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
