package org.tidings.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The SHA-256 of every data set of the development corpus ({@code ../shared/corpus}) that a scorer
 * or training tool reads, so that a figure in EVALUATION.md is only ever compared with one measured
 * on the same data. Scorers call {@link #check(Path)} before scoring.
 *
 * <p>The manifest ({@value #RESOURCE}) has one {@code sha256 TWO-SPACES path} line per entry, the
 * path relative to the corpus folder. An entry that ends in {@code /} is a folder: its digest is the
 * SHA-256 of the manifest lines of all regular files below it (paths relative to the folder, sorted),
 * so that one line stands for a data set of many files. Rewrite it with {@code main} after a
 * deliberate change of the corpus, and re-measure.
 *
 * <p>Data outside the manifest (a held-out split kept elsewhere, a fixture) is not checked. Stateless
 * and thread-safe.
 */
public final class CorpusManifest {
  /** The bundled manifest, on the class path. */
  public static final String RESOURCE = "/org/tidings/eval/corpus.sha256";

  private CorpusManifest() {}

  /**
   * Checks the data a scorer was given against the manifest: the entry it is, the entry it lies in,
   * or the entries below it.
   *
   * @return the manifest paths checked; empty when the data is not part of the development corpus
   * @throws IllegalArgumentException when a checked entry's digest differs from the manifest's
   */
  public static List<String> check(Path data) {
    return check(data, bundled());
  }

  static List<String> check(Path data, Map<String, String> manifest) {
    Path abs = data.toAbsolutePath().normalize();
    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, String> e : manifest.entrySet()) {
      Path on = located(abs, e.getKey());
      if (on == null) {
        continue;
      }
      String actual = digest(on, e.getKey().endsWith("/"));
      if (!actual.equals(e.getValue())) {
        throw new IllegalArgumentException("corpus data changed: " + on + " has SHA-256 " + actual + " but the manifest "
            + RESOURCE + " says " + e.getValue() + " for " + e.getKey() + "; the figures in EVALUATION.md were measured on "
            + "the listed data. If the corpus changed on purpose, rewrite the manifest (CONTRIBUTING.md) and re-measure.");
      }
      checked.add(e.getKey());
    }
    return checked;
  }

  /**
   * Where the manifest entry {@code entry} is for data at {@code abs}: the data itself, a folder the
   * data lies in, or a file or folder below the data; null when the data is elsewhere.
   */
  static Path located(Path abs, String entry) {
    Path rel = Path.of(entry);
    int n = rel.getNameCount();
    // the data is the entry, or lies inside a folder entry
    for (Path p = abs; p != null; p = p.getParent()) {
      if (p.endsWith(rel) && (p.equals(abs) || entry.endsWith("/"))) {
        return p;
      }
    }
    // the entry lies below the data: the data ends with the entry's first k names
    for (int k = 1; k < n; k++) {
      if (abs.endsWith(rel.subpath(0, k))) {
        Path below = abs.resolve(rel.subpath(k, n));
        if (Files.exists(below)) {
          return below;
        }
      }
    }
    return null;
  }

  /** The manifest on the class path: path to SHA-256, in file order. */
  public static Map<String, String> bundled() {
    try (InputStream in = CorpusManifest.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("corpus manifest missing from the class path: " + RESOURCE);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static Map<String, String> read(BufferedReader reader) throws IOException {
    Map<String, String> manifest = new LinkedHashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int gap = line.indexOf("  ");
      if (gap != 64) {
        throw new IllegalArgumentException("corpus manifest line is not 'sha256  path': " + line);
      }
      manifest.put(line.substring(gap + 2), line.substring(0, gap));
    }
    return manifest;
  }

  /** SHA-256 of a file, or of a folder's sorted {@code sha256  path} lines (see the class comment). */
  static String digest(Path path, boolean folder) {
    try {
      if (!folder) {
        return sha256(Files.readAllBytes(path));
      }
      StringBuilder lines = new StringBuilder();
      try (Stream<Path> files = Files.walk(path)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          lines.append(sha256(Files.readAllBytes(f))).append("  ")
              .append(path.relativize(f).toString().replace('\\', '/')).append('\n');
        }
      }
      return sha256(lines.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read corpus data " + path + ": " + e.getMessage(), e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Prints a manifest for the listed entries of a corpus folder: {@code CorpusManifest CORPUS_DIR
   * ENTRY...} (a folder entry ends in {@code /}); with no entries, the entries of the bundled one.
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: CorpusManifest CORPUS_DIR [ENTRY...]");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    List<String> entries = args.length > 1 ? List.of(args).subList(1, args.length) : List.copyOf(bundled().keySet());
    for (String entry : entries) {
      System.out.println(digest(root.resolve(entry), entry.endsWith("/")) + "  " + entry);
    }
  }
}
