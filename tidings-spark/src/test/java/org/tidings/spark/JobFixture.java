package org.tidings.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.tidings.pipeline.BatchRunner;
import org.tidings.pipeline.PipelineConfig;
import org.tidings.pipeline.PipelineResources;
import org.tidings.pipeline.Pipelines;
import org.tidings.pipeline.extract.InputDefaults;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;
import org.tidings.store.EventStore;
import org.tidings.store.EventStores;
import org.tidings.store.StoreLocation;

/**
 * What the job's tests compare, made once per test JVM (coding is the slow part): the mixed input
 * ({@link MixedInput}), the store {@code tidings ingest} makes of it, and the job's output for it
 * in local[2]. One set of models for the JVM: the ingest side runs the pipeline over the
 * executor's loaded resources, as {@code tidings ingest} does over its own. The Spark session
 * stays open for the tests that run the job again; the files are deleted when the JVM exits.
 */
final class JobFixture {
  static final ExecutorPipelines.Settings SETTINGS = new ExecutorPipelines.Settings(null, null);

  private static JobFixture made;

  final Path dir;
  final Path input;
  final Path db;
  final Path out;
  final SparkSession spark;

  private JobFixture(Path dir, SparkSession spark) {
    this.dir = dir;
    this.input = dir.resolve("in");
    this.db = dir.resolve("ingest.duckdb");
    this.out = dir.resolve("out");
    this.spark = spark;
  }

  static synchronized JobFixture get() {
    if (made == null) {
      try {
        made = make();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return made;
  }

  private static JobFixture make() throws IOException {
    Path dir = Files.createTempDirectory("tidings-spark-test");
    SparkSession spark = SparkSession.builder().master("local[2]").appName("tidings-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      spark.stop();
      delete(dir);
    }));
    JobFixture f = new JobFixture(dir, spark);
    MixedInput.write(Files.createDirectories(f.input));

    PipelineResources resources = ExecutorPipelines.resources(SETTINGS);
    PipelineConfig config = PipelineConfig.DEFAULT;
    InputReader reader = new InputReader(new TextCleaner(config.maxChars()), InputDefaults.NONE);
    try (EventStore store = EventStores.open(StoreLocation.parse(f.db.toString()));
        Stream<InputItem> items = reader.read(f.input);
        BatchRunner runner = new BatchRunner(2, () -> Pipelines.standard(resources, config.events()), BatchRunner.window(2))) {
      runner.run(items.iterator(), store::ingest);
    }
    CodingJob.run(spark, new CodingJob.Options(f.input.toString(), f.out, SETTINGS, 3));
    return f;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println("could not delete " + dir + ": " + e);
    }
  }
}
