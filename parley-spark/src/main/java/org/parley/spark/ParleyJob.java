package org.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.parley.ingest.Loaded;
import org.parley.model.Analysis;
import org.parley.util.Nullable;

/**
 * Parley on Spark: reads JSON Lines or WARC archives from any Hadoop path (a file, a folder, a glob; local,
 * {@code hdfs://}, {@code s3a://}), runs the whole pipeline on each partition with the models loaded once per
 * executor ({@link ExecutorPipeline}), and writes one Parquet table a kind of finding under the output folder:
 * {@code documents}, {@code actors}, {@code mentions}, {@code quotes}, {@code events}, {@code issues},
 * {@code stances}, {@code times}, and {@code rejects} for inputs that could not be read or analysed, with the
 * reason. Exit codes as the command line's: 0 ok, 1 failure, 2 bad usage.
 */
public final class ParleyJob {
  static final String USAGE = "usage: parley spark --input PATH --output DIR [--master URL] [--partitions N]"
      + " [--format jsonl|warc] [--date YYYY-MM-DD] [--overwrite]";

  /** What the input holds. */
  public enum Format { JSONL, WARC }

  /**
   * @param input a Hadoop path, folder or glob
   * @param output the folder the tables are written under
   * @param master the Spark master, or null for spark-submit's (else {@code local[*]})
   * @param partitions how many partitions to analyse in, or 0 for the cluster's default parallelism
   * @param format what the input holds
   * @param date the publication date of documents that give none, or null
   * @param overwrite whether to replace tables already in the output folder
   */
  public record Options(String input, String output, @Nullable String master, int partitions, Format format,
      @Nullable LocalDate date, boolean overwrite) {
    public Options {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(format, "format");
      if (partitions < 0) {
        throw new IllegalArgumentException("--partitions must be >= 0, was " + partitions);
      }
    }
  }

  /** How many rows each table got. */
  public record Summary(Map<String, Long> rows) {
    public long documents() {
      return rows.getOrDefault("documents", 0L);
    }

    public long rejects() {
      return rows.getOrDefault("rejects", 0L);
    }
  }

  private ParleyJob() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("parley spark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("parley");
    String master = options.master() != null ? options.master() : System.getProperty("spark.master", "local[*]");
    builder.master(master);
    int code;
    SparkSession spark = builder.getOrCreate();
    try {
      spark.sparkContext().setLogLevel(System.getProperty("parley.spark.log", "WARN"));
      long t0 = System.nanoTime();
      Summary s = run(spark, options);
      System.err.printf(Locale.ROOT, "parley spark: %d documents, %d rejects in %.1f s; tables under %s: %s%n",
          s.documents(), s.rejects(), (System.nanoTime() - t0) / 1e9, options.output(), s.rows());
      code = s.documents() == 0 && s.rejects() > 0 ? 1 : 0;
    } catch (RuntimeException e) {
      System.err.println("parley spark: " + e.getMessage());
      code = 1;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Reads the inputs, analyses them and writes the tables; returns how many rows each got. */
  public static Summary run(SparkSession spark, Options o) {
    Dataset<Row> analyses = analyses(spark, o).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, Long> rows = new LinkedHashMap<>();
      rows.put("documents", write(analyses.filter(col("document").isNotNull()).select("document.*"), o,
          "documents"));
      for (String table : Tables.FINDINGS) {
        rows.put(table, write(analyses.select(explode(col(table)).as("row")).select("row.*"), o, table));
      }
      rows.put("rejects", write(analyses.filter(col("reject").isNotNull()).select("reject.*"), o, "rejects"));
      return new Summary(rows);
    } finally {
      analyses.unpersist();
    }
  }

  /** One row a document read ({@link Tables#ANALYSIS}): its findings, or why it was rejected. */
  static Dataset<Row> analyses(SparkSession spark, Options o) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = o.partitions() > 0 ? o.partitions() : jsc.defaultParallelism();
    String input = o.input();
    LocalDate date = o.date();
    JavaRDD<Row> rows;
    if (o.format() == Format.WARC) {
      rows = jsc.binaryFiles(input, partitions).repartition(partitions).flatMap(file -> {
        try (InputStream in = file._2().open()) {
          List<Row> out = new ArrayList<>();
          for (Loaded l : Sources.warc(in, file._1(), date)) {
            out.add(analyze(l));
          }
          return out.iterator();
        }
      });
    } else {
      rows = spark.read().textFile(input).javaRDD().repartition(partitions)
          .mapPartitions(lines -> analyzeAll(Sources.jsonl(lines, input, date)));
    }
    return spark.createDataFrame(rows, Tables.ANALYSIS);
  }

  private static Iterator<Row> analyzeAll(Iterator<Loaded> docs) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return docs.hasNext();
      }

      @Override
      public Row next() {
        return analyze(docs.next());
      }
    };
  }

  /** A document's row, or its reject: one bad document never fails the job. */
  static Row analyze(Loaded loaded) {
    if (loaded instanceof Loaded.Failed f) {
      return Tables.reject(f.input(), null, f.message());
    }
    Loaded.Ok ok = (Loaded.Ok) loaded;
    try {
      Analysis a = ExecutorPipeline.get().analyze(ok.document(), ok.issues());
      return Tables.analysis(a);
    } catch (RuntimeException | StackOverflowError e) {
      return Tables.reject(ok.document().source(), Tables.docId(Tables.docKey(ok.document())),
          "analysis failed: " + e);
    }
  }

  private static long write(Dataset<Row> table, Options o, String name) {
    String path = o.output().replaceAll("/+$", "") + "/" + name;
    table.write().mode(o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists).parquet(path);
    return table.count();
  }

  /** The options of {@code parley spark}; throws with a one-line message on bad usage. */
  static Options parse(String... args) {
    String input = null;
    String output = null;
    String master = null;
    int partitions = 0;
    Format format = null;
    LocalDate date = null;
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--input" -> input = value(args, ++i, a);
        case "--output" -> output = value(args, ++i, a);
        case "--master" -> master = value(args, ++i, a);
        case "--partitions" -> partitions = number(value(args, ++i, a), a);
        case "--format" -> format = format(value(args, ++i, a));
        case "--date" -> date = date(value(args, ++i, a));
        case "--overwrite" -> overwrite = true;
        case "-h", "--help" -> throw new IllegalArgumentException("help");
        default -> throw new IllegalArgumentException("unknown option: " + a);
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("--input and --output are required");
    }
    if (format == null) {
      format = input.toLowerCase(Locale.ROOT).matches(".*\\.warc(\\.gz)?$") ? Format.WARC : Format.JSONL;
    }
    return new Options(input, output, master, partitions, format, date, overwrite);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int number(String s, String option) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a whole number, was '" + s + "'");
    }
  }

  private static Format format(String s) {
    try {
      return Format.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format must be jsonl or warc, was '" + s + "'");
    }
  }

  private static LocalDate date(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--date must be a date YYYY-MM-DD, was '" + s + "'");
    }
  }
}
