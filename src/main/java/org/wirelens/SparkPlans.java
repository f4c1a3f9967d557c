package org.wirelens;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/** Keeping Spark query plans small across steps that build on each other. */
public final class SparkPlans {
  private SparkPlans() {}

  /**
   * The rows of {@code df}, cached, as a Dataset whose plan starts afresh from them. A step that
   * reads the previous step's result several times (a self-join, a count and a join) would
   * otherwise carry every earlier step in its plan, copied at each read: plans that grow with each
   * step, and that Spark prints at every adaptive re-plan. Unlike {@code localCheckpoint} the RDD
   * lineage stays, so partitions lost with an executor are recomputed rather than failing the run.
   */
  public static Dataset<Row> fresh(Dataset<Row> df) {
    return df.sparkSession()
        .createDataFrame(df.javaRDD(), df.schema())
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Every column of {@code df} renamed with a prefix: one side of a pair join. */
  public static Dataset<Row> prefixed(Dataset<Row> df, String prefix) {
    return df.select(
        java.util.Arrays.stream(df.columns())
            .map(c -> org.apache.spark.sql.functions.col(c).as(prefix + c))
            .toArray(org.apache.spark.sql.Column[]::new));
  }
}
