package org.tidings.spark;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tidings spark run --in PATH --out DIR [--master local[2]]}: the batch job's command. Its
 * own main, so that Spark stays off the classpath of every other command: the {@code tidings}
 * launcher runs this class for {@code tidings spark ...}, and {@code spark-submit --class
 * org.tidings.spark.TidingsSpark ... run --in ... --out ...} runs it on a cluster.
 */
@Command(name = "tidings spark", mixinStandardHelpOptions = true, subcommands = TidingsSpark.Run.class,
    description = "The standard pipeline on Apache Spark.")
public final class TidingsSpark implements Runnable {

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new TidingsSpark());
    // bad input (a path or glob that matches nothing, unreadable files): one line, not a stack trace
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException) {
        cmd.getErr().println("tidings spark: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    System.exit(cl.execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** The batch job. */
  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Code a file or directory of .txt, .jsonl, .html or .warc[.gz]/.arc[.gz] input; write the store's"
          + " tables as Parquet partitioned by day, an outcome table and the GDELT 2.0 export under --out.")
  static final class Run implements Callable<Integer> {
    @Option(names = "--in", required = true, description = "Input file, directory or glob: a local path (every executor"
        + " must see it) or a Hadoop file system URI (hdfs://, s3a:// with hadoop-aws, ...), e.g. 's3a://bucket/2024-03-*/*.warc.gz'.")
    String input;

    @Option(names = "--out", required = true, description = "Output directory: one subdirectory per table.")
    Path out;

    @Option(names = "--master", description = "Spark master, e.g. local[2] (default: what spark-submit sets, else local[*]).")
    String master;

    @Option(names = "--partitions", description = "Coding tasks (default: four per core).")
    int partitions;

    @Option(names = "--config", description = "JSON settings file, read on every executor (unknown keys are rejected).")
    Path config;

    @Option(names = "--gazetteer", description = "Gazetteer file, read on every executor (default: the built-in one).")
    Path gazetteer;

    @Override
    public Integer call() {
      SparkSession.Builder builder = SparkSession.builder().appName("tidings");
      if (master != null) {
        builder.master(master);
      } else if (System.getProperty("spark.master") == null) {
        builder.master("local[*]");
      }
      long start = System.nanoTime();
      SparkSession spark = builder.getOrCreate();
      try {
        spark.sparkContext().setLogLevel("WARN");
        ExecutorPipelines.Settings settings = new ExecutorPipelines.Settings(
            config == null ? null : config.toAbsolutePath().toString(),
            gazetteer == null ? null : gazetteer.toAbsolutePath().toString());
        CodingJob.Summary summary = CodingJob.run(spark, new CodingJob.Options(input, out, settings, partitions));
        System.out.printf(java.util.Locale.ROOT, "%s in %.1f s -> %s%n", summary.line(), (System.nanoTime() - start) / 1e9, out);
        if (spark.sparkContext().isLocal()) {
          System.out.println("articles run through a pipeline in this JVM: " + ExecutorPipelines.coded());
        }
      } finally {
        spark.stop();
      }
      return 0;
    }
  }
}
