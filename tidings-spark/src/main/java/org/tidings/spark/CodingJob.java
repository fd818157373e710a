package org.tidings.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.tidings.model.Outcome;
import org.tidings.pipeline.extract.InputDefaults;
import org.tidings.pipeline.extract.InputItem;
import org.tidings.pipeline.extract.InputReader;
import org.tidings.pipeline.extract.TextCleaner;
import org.tidings.store.StoreRows;
import scala.Tuple2;

/**
 * The batch job: input files to the store's tables as Parquet, one directory per table under the
 * output, partitioned by {@value TableSchemas#DAY}; plus {@code outcomes/} (one row per input item)
 * and {@code gdelt/} (the GDELT 2.0 export, text).
 *
 * <p>Stages: (1) each file is read by one task with the pipeline's {@link InputReader}, every item
 * numbered in input order and its text's MinHash bands computed; (2) items that share a band are
 * joined into near-duplicate groups on the driver (only colliding bands travel); (3) items are
 * spread over partitions by group, each partition in input order, and coded: one {@link StoreRows}
 * per task builds the rows exactly as the store's ingest would, so a syndicated copy becomes
 * mentions of its group's events; (4) events reported in several partitions keep the row of the
 * first report in input order. A rerun over the same input writes the same rows (ids are content
 * hashes), but for the ingestion time; with dynamic partition overwrite it replaces only the days
 * it writes.
 *
 * <p>Input is listed and read through Hadoop's file systems ({@link HadoopInput}): local paths,
 * {@code hdfs://}, {@code s3a://} and globs.
 */
final class CodingJob {
  /** Tables written besides the store's. */
  static final String OUTCOMES = "outcomes";
  static final String GDELT = "gdelt";

  private CodingJob() {}

  /**
   * What to run.
   *
   * @param input a file, a directory of input files or a glob, as a path or any Hadoop file system
   *     URI ({@link HadoopInput}), never null
   * @param out the output directory, never null
   * @param settings the pipeline settings shipped to the executors, never null
   * @param partitions coding tasks; 0 for four per core of the cluster
   */
  record Options(String input, Path out, ExecutorPipelines.Settings settings, int partitions) {}

  /** Counts of one run; {@code duplicates} are items whose article an earlier item already gave. */
  record Summary(long items, long coded, long skipped, long failed, long duplicates, long events, long mentions) {
    String line() {
      return String.format(java.util.Locale.ROOT,
          "%d items: %d coded, %d skipped, %d failed, %d duplicates; %d events, %d mentions",
          items, coded, skipped, failed, duplicates, events, mentions);
    }
  }

  /** Runs the job; the output directories are replaced day by day. */
  static Summary run(SparkSession spark, Options options) {
    spark.conf().set("spark.sql.sources.partitionOverwriteMode", "dynamic");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopInput input = new HadoopInput(jsc.hadoopConfiguration());
    List<String> files = input.files(options.input());
    ExecutorPipelines.Settings settings = options.settings();
    int maxChars = settings.config().maxChars();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      numbers.add(i);
    }
    JavaRDD<InputRecord> items = jsc.parallelize(numbers, Math.max(1, files.size()))
        .flatMap(i -> read(input, files.get(i), i, maxChars).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());

    Broadcast<Map<Long, Long>> groups = jsc.broadcast(nearDuplicateGroups(items));
    int partitions = options.partitions() > 0 ? options.partitions() : 4 * jsc.defaultParallelism();
    lightSql(spark, partitions);
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    JavaRDD<ItemRows> coded = items
        .mapToPair(r -> new Tuple2<>(new OrderKey(groupKey(r, groups.value()), r.ordinal()), r))
        .repartitionAndSortWithinPartitions(new GroupPartitioner(partitions), new ByOrdinal())
        .mapPartitions(it -> codeInOrder(it, settings, now))
        .persist(StorageLevel.MEMORY_AND_DISK());

    Map<String, Dataset<Row>> tables = new HashMap<>();
    for (String table : StoreRows.tables()) {
      tables.put(table, write(spark, coded, table, options.out()));
    }
    writeOutcomes(spark, coded, options.out());
    writeGdelt(tables.get("events"), tables.get("event_mentions"), tables.get("articles"), options.out());

    Map<String, Long> kinds = coded.map(ItemRows::kind).countByValue();
    long duplicates = coded.filter(ir -> !ir.stored()).count();
    Summary summary = new Summary(coded.count(), kinds.getOrDefault("coded", 0L), kinds.getOrDefault("skipped", 0L),
        kinds.getOrDefault("failed", 0L), duplicates, tables.get("events").count(), tables.get("event_mentions").count());
    coded.unpersist();
    items.unpersist();
    return summary;
  }

  /** Every item of one file, numbered; a file's problems are rejected items, as with {@code tidings ingest}. */
  private static List<InputRecord> read(HadoopInput input, String file, int fileNumber, int maxChars) {
    InputReader reader = new InputReader(new TextCleaner(maxChars), InputDefaults.NONE);
    List<InputRecord> out = new ArrayList<>();
    long n = 0;
    for (InputItem item : input.read(file, reader)) {
      out.add(InputRecord.of(((long) fileNumber << 32) | n++, item));
    }
    return out;
  }

  /**
   * Items whose texts share a MinHash band, joined (union-find) into groups: ordinal to the
   * group's first ordinal. Items in no shared band are left out.
   */
  private static Map<Long, Long> nearDuplicateGroups(JavaRDD<InputRecord> items) {
    List<Iterable<Long>> colliding = items
        .flatMapToPair(r -> {
          List<Tuple2<Long, Long>> out = new ArrayList<>();
          if (r.bands() != null) {
            for (long band : r.bands()) {
              out.add(new Tuple2<>(band, r.ordinal()));
            }
          }
          return out.iterator();
        })
        .groupByKey()
        .values()
        .filter(ordinals -> ordinals.iterator().hasNext() && countAtLeastTwo(ordinals))
        .collect();
    Map<Long, Long> parent = new HashMap<>();
    for (Iterable<Long> ordinals : colliding) {
      Long first = null;
      for (long o : ordinals) {
        parent.putIfAbsent(o, o);
        if (first == null) {
          first = o;
        } else {
          union(parent, first, o);
        }
      }
    }
    Map<Long, Long> groups = new HashMap<>();
    for (Long o : parent.keySet()) {
      groups.put(o, find(parent, o));
    }
    return groups;
  }

  private static boolean countAtLeastTwo(Iterable<Long> values) {
    Iterator<Long> it = values.iterator();
    it.next();
    return it.hasNext();
  }

  private static long find(Map<Long, Long> parent, long x) {
    long root = x;
    while (parent.get(root) != root) {
      root = parent.get(root);
    }
    parent.put(x, root);
    return root;
  }

  /** Joins two groups under the smaller ordinal. */
  private static void union(Map<Long, Long> parent, long a, long b) {
    long ra = find(parent, a);
    long rb = find(parent, b);
    if (ra != rb) {
      parent.put(Math.max(ra, rb), Math.min(ra, rb));
    }
  }

  /**
   * Which items must be coded by one task, in input order: a near-duplicate group, else the copies
   * of one article (unsigned texts: same content hash), else the item alone.
   */
  private static String groupKey(InputRecord r, Map<Long, Long> groups) {
    Long group = groups.get(r.ordinal());
    if (group != null) {
      return "g" + group;
    }
    return r.article() != null ? "a" + r.article().id() : "o" + r.ordinal();
  }

  /** Codes a partition's items in input order; one store-row builder per task, pipelines from the JVM's pool. */
  private static Iterator<ItemRows> codeInOrder(
      Iterator<Tuple2<OrderKey, InputRecord>> items, ExecutorPipelines.Settings settings, LocalDateTime now) {
    StoreRows rows = new StoreRows(now);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public ItemRows next() {
        InputRecord r = items.next()._2();
        Outcome outcome = r.rejection();
        if (outcome == null) {
          outcome = ExecutorPipelines.code(settings, ((InputItem.Read) r.item()).article());
        }
        return ItemRows.of(r.ordinal(), outcome, rows.next(outcome));
      }
    };
  }

  /**
   * Settings for the job's SQL side, unless the user gave them: its tables are a few rows an
   * article, so each of its fourteen writes and its GDELT query ran 200 shuffle tasks (Spark's
   * default) and compiled generated code for every plan (whole-stage code generation, then the JIT
   * compiling the generated classes), a CPU cost per run that rows this few never earn back (docs/scale.md).
   */
  private static void lightSql(SparkSession spark, int partitions) {
    if (!spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")) {
      spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
    }
    if (!spark.sparkContext().getConf().contains("spark.sql.codegen.wholeStage")) {
      spark.conf().set("spark.sql.codegen.wholeStage", "false");
    }
  }

  /**
   * Writes one store table; returns it as written (events: one row per event, its first report's),
   * not read back: reading back every table read every file's footer again.
   */
  private static Dataset<Row> write(SparkSession spark, JavaRDD<ItemRows> coded, String table, Path out) {
    boolean ownDay = TableSchemas.hasOwnDay(table);
    JavaRDD<Row> rows;
    if (table.equals("events")) {
      rows = coded
          .flatMapToPair(ir -> ir.rows(table).stream().map(v -> new Tuple2<>((Long) v[0], new Tuple2<>(ir.ordinal(), v))).iterator())
          .reduceByKey((a, b) -> a._1() <= b._1() ? a : b)
          .map(t -> RowFactory.create(t._2()._2()));
    } else {
      rows = coded.flatMap(ir -> ir.rows(table).stream().map(v -> row(v, ownDay, ir.day())).iterator());
    }
    StructType schema = TableSchemas.of(table);
    Dataset<Row> df = byDay(spark.createDataFrame(rows, schema));
    String path = out.resolve(table).toString();
    df.write().mode(SaveMode.Overwrite).partitionBy(TableSchemas.DAY).parquet(path);
    return df;
  }

  private static Row row(Object[] values, boolean ownDay, int day) {
    if (ownDay) {
      return RowFactory.create(values);
    }
    Object[] withDay = java.util.Arrays.copyOf(values, values.length + 1);
    withDay[values.length] = day;
    return RowFactory.create(withDay);
  }

  /** One row per input item: what became of it. */
  private static void writeOutcomes(SparkSession spark, JavaRDD<ItemRows> coded, Path out) {
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("ordinal", DataTypes.LongType, false),
        DataTypes.createStructField("origin", DataTypes.StringType, false),
        DataTypes.createStructField("article_id", DataTypes.StringType, false),
        DataTypes.createStructField("outcome", DataTypes.StringType, false),
        DataTypes.createStructField("stage", DataTypes.StringType, true),
        DataTypes.createStructField("reason", DataTypes.StringType, true),
        DataTypes.createStructField("stored", DataTypes.BooleanType, false),
        DataTypes.createStructField("near_duplicate_of", DataTypes.StringType, true),
        DataTypes.createStructField(TableSchemas.DAY, DataTypes.IntegerType, false)));
    JavaRDD<Row> rows = coded.map(ir -> RowFactory.create(ir.ordinal(), ir.origin(), ir.articleId(), ir.kind(), ir.stage(),
        ir.reason(), ir.stored(), ir.nearDuplicateOf(), ir.day()));
    byDay(spark.createDataFrame(rows, schema)).write().mode(SaveMode.Overwrite).partitionBy(TableSchemas.DAY)
        .parquet(out.resolve(OUTCOMES).toString());
  }

  /**
   * The GDELT 2.0 export of the events as written, each with its reach over every mention and its
   * first report's article (URL, and the day of an event without one), as the store's export.
   */
  private static void writeGdelt(Dataset<Row> events, Dataset<Row> mentions, Dataset<Row> articles, Path out) {
    SparkSession spark = events.sparkSession();
    events.createOrReplaceTempView("tidings_events");
    mentions.createOrReplaceTempView("tidings_mentions");
    articles.createOrReplaceTempView("tidings_articles");
    List<String> columns = StoreRows.columns("events");
    Dataset<Row> withReach = spark.sql("SELECT " + String.join(", ", columns.stream().map(c -> "e." + c).toList())
        + ", COUNT(m.article_id) AS n_mentions, COUNT(DISTINCT m.article_id) AS n_articles,"
        + " COUNT(DISTINCT COALESCE(m.article_source, m.article_id)) AS n_sources,"
        + " MAX(CASE WHEN m.article_id = e.first_article_id THEN m.url END) AS first_url,"
        + " MAX(a.url) AS article_url, MAX(a.published_day) AS published_day, MAX(a.ingested_at) AS ingested_at"
        + " FROM tidings_events e LEFT JOIN tidings_mentions m ON m.event_id = e.event_id"
        + " LEFT JOIN tidings_articles a ON a.article_id = e.first_article_id"
        + " GROUP BY " + String.join(", ", columns.stream().map(c -> "e." + c).toList()));
    int n = columns.size();
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("value", DataTypes.StringType, false),
        DataTypes.createStructField(TableSchemas.DAY, DataTypes.IntegerType, false)));
    JavaRDD<Row> lines = withReach.javaRDD().map(r -> {
      Object[] values = new Object[n];
      for (int i = 0; i < n; i++) {
        values[i] = r.get(i);
      }
      String line = StoreRows.gdeltLine(values, (int) r.getLong(n), (int) r.getLong(n + 1), (int) r.getLong(n + 2),
          r.isNullAt(n + 3) ? null : r.getString(n + 3), r.isNullAt(n + 4) ? null : r.getString(n + 4),
          r.isNullAt(n + 5) ? null : (Number) r.get(n + 5), r.isNullAt(n + 6) ? null : r.get(n + 6));
      return RowFactory.create(line.substring(0, line.length() - 1), values[columns.indexOf("day")]);
    });
    byDay(spark.createDataFrame(lines, schema)).write().mode(SaveMode.Overwrite).partitionBy(TableSchemas.DAY)
        .text(out.resolve(GDELT).toString());
  }

  /**
   * The rows of each day gathered in one task, so that a day's directory gets one file, not one per
   * coding task (a batch spans many days: dates reported reach far back). The days are spread over
   * as many write tasks as the cluster has cores: without a count, adaptive execution coalesced
   * these few rows into one task that wrote every day's file alone (5-10 s a table on 293
   * Wikinews articles, eleven tables in a row: a third of the job's wall time in local[2]).
   */
  private static Dataset<Row> byDay(Dataset<Row> df) {
    int tasks = Math.max(1, df.sparkSession().sparkContext().defaultParallelism());
    return df.repartition(tasks, df.col(TableSchemas.DAY));
  }

  /** A partition key: the group an item is coded with, and its place in input order. */
  record OrderKey(String group, long ordinal) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Puts a group's items in one partition. */
  static final class GroupPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    GroupPartitioner(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return Math.floorMod(((OrderKey) key).group().hashCode(), partitions);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof GroupPartitioner p && p.partitions == partitions;
    }

    @Override
    public int hashCode() {
      return partitions;
    }
  }

  /** Input order within a partition. */
  static final class ByOrdinal implements Comparator<OrderKey>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(OrderKey a, OrderKey b) {
      return Long.compare(a.ordinal(), b.ordinal());
    }
  }
}
