package org.tidings.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.pipeline.extract.InputDefaults;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;
import org.tidings.store.StoreRows;

/**
 * The job's input through Hadoop's file systems: a {@code file://} URI with a glob over the mixed
 * directory (JSONL, WARC, a binary file) gives the rows the plain path gives, row for row; a file
 * of a non-local file system is read from a local copy and its items named by its URI; a glob
 * matching nothing is an error naming it.
 */
class HadoopInputTest {
  private static final Set<String> RUN_TIME = Set.of("ingested_at", "first_seen");

  private final JobFixture job = JobFixture.get();

  @Test
  void aFileUriGlobGivesTheRowsOfThePlainPath(@TempDir Path dir) throws SQLException {
    Path out = dir.resolve("globbed");
    String glob = job.input.toUri() + "*.{jsonl,warc,txt}";
    assertTrue(glob.startsWith("file:/"), glob);
    CodingJob.run(job.spark, new CodingJob.Options(glob, out, JobFixture.SETTINGS, 3));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      List<String> tables = new ArrayList<>(StoreRows.tables());
      tables.add(CodingJob.OUTCOMES);
      for (String table : tables) {
        String a = parquet(job.out, table);
        String b = parquet(out, table);
        if (a == null || b == null) {
          assertEquals(a, b, table + ": written by one run only");
          continue;
        }
        List<String> runTime = RUN_TIME.stream().filter(col -> columnsOf(table).contains(col)).collect(Collectors.toList());
        String columns = runTime.isEmpty() ? "*" : "* EXCLUDE (" + String.join(", ", runTime) + ")";
        assertEquals(count(st, "SELECT count(*) FROM " + a), count(st, "SELECT count(*) FROM " + b), table);
        assertEquals(0, count(st, "SELECT count(*) FROM (SELECT " + columns + " FROM " + a + " EXCEPT ALL SELECT " + columns
            + " FROM " + b + ")"), table + ": rows differ");
      }
      assertEquals(MixedInput.ITEMS, count(st, "SELECT count(*) FROM " + parquet(out, CodingJob.OUTCOMES)));
    }
  }

  @Test
  void aFileOfAnotherFileSystemIsReadFromACopyAndNamedByItsUri() {
    Configuration conf = new Configuration();
    conf.set("fs.mirror.impl", MirrorFileSystem.class.getName());
    conf.set("fs.mirror.impl.disable.cache", "true");
    HadoopInput input = new HadoopInput(conf);
    List<String> files = input.files("mirror://" + job.input.toUri().getPath() + "{articles.jsonl,pages.warc}");
    assertEquals(2, files.size(), files.toString());
    InputReader reader = new InputReader(new TextCleaner(100_000), InputDefaults.NONE);
    List<InputItem> remote = new ArrayList<>();
    for (String f : files) {
      assertTrue(f.startsWith("mirror:"), f);
      remote.addAll(input.read(f, reader));
    }
    List<InputItem> local = new ArrayList<>(reader.readAll(job.input.resolve("articles.jsonl")));
    local.addAll(reader.readAll(job.input.resolve("pages.warc")));
    assertEquals(local.size(), remote.size());
    for (int i = 0; i < local.size(); i++) {
      String localOrigin = origin(local.get(i));
      String remoteOrigin = origin(remote.get(i));
      assertEquals("mirror:" + localOrigin, remoteOrigin);
      if (local.get(i) instanceof InputItem.Read l) {
        assertEquals(l.article().id(), ((InputItem.Read) remote.get(i)).article().id(), "the same article");
      }
    }
  }

  @Test
  void aGlobMatchingNothingIsAnError() {
    HadoopInput input = new HadoopInput(new Configuration());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> input.files(job.input.toUri() + "*.arc.gz"));
    assertTrue(e.getMessage().contains("nothing matches") && e.getMessage().contains("*.arc.gz"), e.getMessage());
  }

  /** The local disk under the scheme {@code mirror:}: a file system that is not the local one to Hadoop's client. */
  public static final class MirrorFileSystem extends RawLocalFileSystem {
    @Override
    public URI getUri() {
      return URI.create("mirror:///");
    }

    @Override
    public String getScheme() {
      return "mirror";
    }
  }

  private static String origin(InputItem item) {
    return item instanceof InputItem.Read r ? r.article().origin() : ((InputItem.Rejected) item).origin();
  }

  private static List<String> columnsOf(String table) {
    return table.equals(CodingJob.OUTCOMES) ? List.of() : StoreRows.columns(table);
  }

  private static String parquet(Path out, String table) {
    Path dir = out.resolve(table);
    try (var files = Files.walk(dir)) {
      if (files.noneMatch(p -> p.toString().endsWith(".parquet"))) {
        return null;
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return "read_parquet('" + dir + "/**/*.parquet', hive_partitioning = true)";
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
