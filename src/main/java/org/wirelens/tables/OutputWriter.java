package org.wirelens.tables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
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
 * {@code _SUCCESS} at the output root marks a complete, published output.
 */
public final class OutputWriter {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OutputWriter.class);
  public static final String SUCCESS = "_SUCCESS";

  private final SparkSession spark;
  private final Path output;
  private final Path staging;
  private final FileSystem fs;
  private final Map<String, Long> rows = new LinkedHashMap<>();

  public OutputWriter(SparkSession spark, String output, String runId) {
    this.spark = spark;
    this.output = new Path(output);
    this.staging = new Path(this.output, "_staging-" + runId);
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
   * Writes one table to staging; returns the row count. Rows are not globally sorted: a sort would
   * run every unpersisted plan twice (sampling, then writing). Readers sort by the key.
   */
  public long write(TableDef table, Dataset<Row> data) {
    Dataset<Row> selected = data.select(table.selectColumns());
    checkSchema(table, selected.schema());
    Path target = new Path(staging, table.name());
    long t0 = System.nanoTime();
    selected
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

  /** Replaces the output's tables with the staged ones and marks the output complete. */
  public void publish() {
    try {
      fs.delete(new Path(output, SUCCESS), false);
      List<String> names = new ArrayList<>(rows.keySet());
      for (String name : names) {
        Path target = new Path(output, name);
        if (fs.exists(target) && !fs.delete(target, true)) {
          throw new IOException("cannot replace " + target);
        }
        if (!fs.rename(new Path(staging, name), target)) {
          throw new IOException("cannot move " + name + " into " + output);
        }
      }
      fs.delete(staging, true);
      fs.create(new Path(output, SUCCESS), true).close();
    } catch (IOException e) {
      throw new WirelensException("publishing the output failed: " + e.getMessage(), e);
    }
  }

  /** Removes the staging folder of a failed run. */
  public void abort() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      // Leaving a staging folder behind is harmless: readers skip names starting with '_'.
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
