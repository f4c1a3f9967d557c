package org.wirelens;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;

/**
 * One local[2] SparkSession for the whole test suite, started by the first test class that needs it
 * and stopped when the JVM exits.
 *
 * <p>Per suite rather than per class because Spark NLP caches the first SparkSession it sees in a
 * Scala object (ResourceHelper): a second session after stopping the first would leave Spark NLP on
 * a stopped SparkContext.
 */
public abstract class SparkTestBase {
  protected static SparkSession spark;

  @BeforeAll
  public static synchronized void startSpark() {
    if (spark != null) {
      return;
    }
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("wirelens-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.ui.showConsoleProgress", "false")
            .getOrCreate();
    Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
  }
}
