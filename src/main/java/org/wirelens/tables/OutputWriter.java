package org.wirelens.tables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wirelens.WirelensException;

/**
 * Writes tables to a staging folder inside the output and publishes them only when the whole run
 * succeeded: a failed run leaves the previous output (or nothing) and never a half-written one.
 * {@code _SUCCESS} at the output root marks a complete, published output. One run at a time per
 * output: a run removes staging folders that earlier, failed runs left.
 */
public final class OutputWriter {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OutputWriter.class);
  public static final String SUCCESS = "_SUCCESS";
  public static final String PUBLISHING = "_PUBLISHING";
  private static final String STAGING_PREFIX = "_staging-";

  private final SparkSession spark;
  private final Path output;
  private final Path staging;
  private final FileSystem fs;
  private final Map<String, Long> rows = new LinkedHashMap<>();
  private final List<String> extraFolders = new ArrayList<>();
  private Consumer<String> publishHook = name -> {};
  private boolean publishing;

  public OutputWriter(SparkSession spark, String output, String runId) {
    this.spark = spark;
    this.output = new Path(output);
    this.staging = new Path(this.output, STAGING_PREFIX + runId);
    try {
      this.fs = this.output.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new WirelensException("cannot use output " + output + ": " + e.getMessage());
    }
  }

  /** Fails fast, before any work, when the output cannot be created or written. */
  public static void checkWritable(String output, Configuration conf) {
    Path out = new Path(output);
    try {
      FileSystem fs = out.getFileSystem(conf);
      if (fs.exists(out) && !fs.getFileStatus(out).isDirectory()) {
        throw new WirelensException("output is a file, not a directory: " + output);
      }
      fs.mkdirs(out);
      Path probe = new Path(out, "_write-probe-" + System.nanoTime());
      fs.create(probe, true).close();
      fs.delete(probe, false);
    } catch (IOException e) {
      throw new WirelensException("output not writable: " + output + " (" + e.getMessage() + ")");
    }
  }

  /**
   * Writes one table to staging; returns the row count. Rows are sorted by the table's key so the
   * files hold the same rows in the same order whatever the partitioning; the sort samples its
   * input first, which is why the stages persist what they feed into several tables.
   */
  public long write(TableDef table, Dataset<Row> data) {
    Dataset<Row> selected = data.select(table.selectColumns());
    checkSchema(table, selected.schema());
    Path target = new Path(staging, table.name());
    long t0 = System.nanoTime();
    selected
        .select(table.enforcedColumns())
        .orderBy(table.keyColumns())
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(target.toString());
    long n = spark.read().parquet(target.toString()).count();
    rows.put(table.name(), n);
    LOG.info(
        "table {}: {} rows in {} s",
        table.name(),
        n,
        String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
    return n;
  }

  /** Reads a table back from staging (for the run summary). */
  public Dataset<Row> staged(TableDef table) {
    return spark.read().parquet(new Path(staging, table.name()).toString());
  }

  /** Rows written so far per table, in writing order. */
  public Map<String, Long> rowCounts() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /** Rows written for one table (it must have been written). */
  public long rows(TableDef table) {
    Long n = rows.get(table.name());
    if (n == null) {
      throw new IllegalStateException("table " + table.name() + " has not been written");
    }
    return n;
  }

  /**
   * A folder (path relative to the output) that this run writes in staging and that publishing
   * moves into place with the tables, replacing what was there, e.g. a stored batch.
   */
  public Path stagedFolder(String relative) {
    extraFolders.add(relative);
    return new Path(staging, relative);
  }

  /**
   * Replaces the output's tables (and staged folders) with the staged ones and marks the output
   * complete. The moves are listed first in a journal ({@code _PUBLISHING}), so a run killed
   * half-way through them is completed by the next run on this output ({@link #recover}) rather
   * than leaving a mix of old and new tables.
   */
  public void publish() {
    List<String> moves = new ArrayList<>(rows.keySet());
    moves.addAll(extraFolders);
    try {
      Path journal = new Path(output, PUBLISHING);
      Path tmp = new Path(output, PUBLISHING + ".tmp");
      try (var o = fs.create(tmp, true)) {
        o.write(
            (staging.getName() + "\n" + String.join("\n", moves) + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      if (!fs.rename(tmp, journal)) {
        throw new IOException("cannot write " + journal);
      }
      publishing = true;
      complete(fs, output, staging, moves, publishHook);
    } catch (IOException e) {
      throw new WirelensException("publishing the output failed: " + e.getMessage(), e);
    }
  }

  /**
   * Finishes a publish that a killed run left half done (its journal is still there) and removes
   * staging folders of runs that failed before publishing. Call before a run reads the output.
   */
  public static void recover(String output, Configuration conf) {
    Path out = new Path(output);
    try {
      FileSystem fs = out.getFileSystem(conf);
      Path journal = new Path(out, PUBLISHING);
      if (fs.exists(journal)) {
        List<String> lines;
        try (var in = fs.open(journal)) {
          lines =
              new String(in.readAllBytes(), StandardCharsets.UTF_8)
                  .lines()
                  .filter(l -> !l.isBlank())
                  .toList();
        }
        Path staging = new Path(out, lines.get(0));
        LOG.warn("completing the interrupted publish of {} in {}", staging.getName(), output);
        complete(fs, out, staging, lines.subList(1, lines.size()), name -> {});
      }
      if (fs.exists(out)) {
        for (FileStatus s : fs.listStatus(out)) {
          if (s.isDirectory() && s.getPath().getName().startsWith(STAGING_PREFIX)) {
            LOG.warn("removing {}, left by a run that failed", s.getPath().getName());
            fs.delete(s.getPath(), true);
          }
        }
      }
    } catch (IOException e) {
      throw new WirelensException(
          "cannot recover the output " + output + " from an interrupted run: " + e.getMessage());
    }
  }

  /** The moves of a publish; each is skipped when already done, so this can be repeated. */
  private static void complete(
      FileSystem fs, Path output, Path staging, List<String> moves, Consumer<String> hook)
      throws IOException {
    fs.delete(new Path(output, SUCCESS), false);
    for (String name : moves) {
      Path source = new Path(staging, name);
      if (!fs.exists(source)) {
        continue;
      }
      Path target = new Path(output, name);
      if (fs.exists(target) && !fs.delete(target, true)) {
        throw new IOException("cannot replace " + target);
      }
      fs.mkdirs(target.getParent());
      if (!fs.rename(source, target)) {
        throw new IOException("cannot move " + name + " into " + output);
      }
      hook.accept(name);
    }
    fs.delete(staging, true);
    fs.create(new Path(output, SUCCESS), true).close();
    fs.delete(new Path(output, PUBLISHING), false);
  }

  /** Test seam: called after each move while publishing (a test throws to simulate a kill). */
  void publishHook(Consumer<String> hook) {
    this.publishHook = hook;
  }

  /** Removes the staging folder of a failed run, unless publishing began: recover() ends that. */
  public void abort() {
    if (publishing) {
      return;
    }
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      // Leaving a staging folder behind is harmless: readers skip names starting with '_', and
      // the next run removes it.
    }
  }

  private static void checkSchema(TableDef table, StructType actual) {
    StructType expected = table.schema();
    List<String> problems = new ArrayList<>();
    for (StructField f : expected.fields()) {
      StructField a = actual.apply(f.name());
      if (!sameType(f, a)) {
        problems.add(
            f.name()
                + ": expected "
                + f.dataType().simpleString()
                + ", got "
                + a.dataType().simpleString());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "table " + table.name() + " does not match its definition: " + problems);
    }
  }

  private static boolean sameType(StructField expected, StructField actual) {
    // simpleString leaves nullability out: Spark derives it loosely, the contract is the type.
    return expected.dataType().simpleString().equals(actual.dataType().simpleString());
  }
}
