package org.tidings.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;

/**
 * The job's input through Hadoop's {@link FileSystem}: any URI a Hadoop client reads ({@code
 * file://}, {@code hdfs://}, {@code s3a://} with hadoop-aws on the class path, ...) and globs
 * ({@code *}, {@code ?}, {@code [a-z]}, {@code {a,b}}), listed on the driver and read on the
 * executors. A local file ({@code file:} or a path without a scheme on a local default file
 * system) is read where it lies, named by its path as {@code tidings ingest} names it; a file of
 * another file system is copied to a local temporary file first (the readers need to seek in web
 * archives), its items named by its URI.
 *
 * <p>Immutable and serializable: the Hadoop settings travel to the executors as plain key-value pairs.
 */
final class HadoopInput implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> settings;

  /** @param conf the driver's Hadoop settings (Spark's, with its {@code spark.hadoop.*} keys), copied */
  HadoopInput(Configuration conf) {
    Map<String, String> copy = new HashMap<>();
    conf.forEach(e -> copy.put(e.getKey(), e.getValue()));
    this.settings = copy;
  }

  private Configuration conf() {
    Configuration conf = new Configuration(false);
    settings.forEach(conf::set);
    return conf;
  }

  /**
   * The files {@code input} names, as fully qualified URIs in path order (as {@code tidings ingest}
   * reads a directory): a file, every file under a directory, or every file a glob matches (and
   * every file under a matching directory).
   *
   * @throws IllegalArgumentException when nothing matches, naming the input
   */
  List<String> files(String input) {
    Path pattern = new Path(input);
    List<String> files = new ArrayList<>();
    try {
      FileSystem fs = pattern.getFileSystem(conf());
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        throw new IllegalArgumentException("no such file or directory, or nothing matches: " + input);
      }
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          RemoteIterator<LocatedFileStatus> under = fs.listFiles(match.getPath(), true);
          while (under.hasNext()) {
            files.add(under.next().getPath().toString());
          }
        } else {
          files.add(match.getPath().toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no input files under " + input);
    }
    files.sort(Comparator.comparing(f -> new Path(f).toUri().getPath()));
    return files;
  }

  /**
   * Every item of one file (a URI from {@link #files}), in file order, each with its origin;
   * problems with the file's content are rejected items, as with {@code tidings ingest}.
   *
   * @throws UncheckedIOException when a file of a remote file system cannot be copied here
   */
  List<InputItem> read(String file, InputReader reader) {
    Path path = new Path(file);
    try {
      FileSystem fs = path.getFileSystem(conf());
      if ("file".equals(fs.getScheme())) {
        try (Stream<InputItem> items = reader.read(java.nio.file.Path.of(path.toUri().getPath()))) {
          return items.toList();
        }
      }
      java.nio.file.Path dir = Files.createTempDirectory("tidings-input");
      java.nio.file.Path copy = dir.resolve(path.getName()); // the name tells the reader the format
      try {
        try (InputStream in = fs.open(path)) {
          Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        String local = copy.toString();
        try (Stream<InputItem> items = reader.read(copy)) {
          return items.map(item -> renamed(item, local, file)).toList();
        }
      } finally {
        Files.deleteIfExists(copy);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The item with its origin's local-copy prefix replaced by the file's URI. */
  private static InputItem renamed(InputItem item, String local, String uri) {
    if (item instanceof InputItem.Read read) {
      var a = read.article();
      return new InputItem.Read(new org.tidings.model.Article(a.id(), a.url(), a.source(), a.title(), a.published(),
          a.language(), a.text(), a.segments(), rename(a.origin(), local, uri), a.externalId()));
    }
    InputItem.Rejected r = (InputItem.Rejected) item;
    return new InputItem.Rejected(rename(r.origin(), local, uri), r.reason(), r.failed());
  }

  private static String rename(String origin, String local, String uri) {
    return origin != null && origin.startsWith(local) ? uri + origin.substring(local.length()) : origin;
  }
}
