package org.wirelens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wirelens.tables.OutputLayout;

/** Reads the tables of a wirelens output's current version in tests, as any reader does. */
public final class TestOutputs {
  private TestOutputs() {}

  /** The current version of the output folder {@code out}; fails when none was published. */
  public static OutputLayout.Version current(SparkSession spark, Path out) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(out.toString());
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return OutputLayout.current(fs, p)
          .orElseThrow(() -> new AssertionError(out + " has no published version"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder of the published table {@code name} of the output {@code out}. */
  public static Path tablePath(SparkSession spark, Path out, String name) {
    return out.resolve(current(spark, out).table(name));
  }

  /** The published table {@code name} of the output folder {@code out}. */
  public static Dataset<Row> table(SparkSession spark, Path out, String name) {
    return spark.read().parquet(tablePath(spark, out, name).toString());
  }
}
