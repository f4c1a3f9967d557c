package org.wirelens;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads a table of a published wirelens output in tests, wherever the layout keeps it. */
public final class TestOutputs {
  private TestOutputs() {}

  /** The published table {@code name} of the output folder {@code out}. */
  public static Dataset<Row> table(SparkSession spark, Path out, String name) {
    return spark.read().parquet(out.resolve(name).toString());
  }
}
