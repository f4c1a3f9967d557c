package org.wirelens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.wirelens.SparkTestBase;

/**
 * documents.published_day and published_at: read once, at the precision the input gave, never
 * guessed from a value that is no date.
 */
class PublishedColumnsTest extends SparkTestBase {
  private static Map<String, Row> read(String... values) {
    Dataset<Row> in = spark.createDataset(Arrays.asList(values), Encoders.STRING()).toDF("p");
    Map<String, Row> out = new HashMap<>();
    for (Row r :
        in.select(
                in.col("p"),
                Published.day(in.col("p")).cast("string").as("day"),
                org.apache
                    .spark
                    .sql
                    .functions
                    .date_format(Published.instant(in.col("p")), "yyyy-MM-dd'T'HH:mm:ssXXX")
                    .as("at"),
                Published.instant(in.col("p")).cast("long").as("epoch"))
            .collectAsList()) {
      out.put(r.getString(0), r);
    }
    return out;
  }

  @Test
  void aBareDateIsADayAndNoInstant() {
    Row r = read("2020-01-14").get("2020-01-14");
    assertEquals("2020-01-14", r.getAs("day"));
    assertNull(r.getAs("epoch"), "a bare date is no midnight UTC");
  }

  @Test
  void aTimeIsAnInstantAndItsUtcDay() {
    Map<String, Row> r =
        read("2020-01-14T23:30:00-05:00", "2020-01-14T10:30:00", "2020-01-14 10:30:00Z");
    // 23:30 at -05:00 is 04:30 UTC on the 15th.
    assertEquals("2020-01-15", r.get("2020-01-14T23:30:00-05:00").getAs("day"));
    assertEquals(1579062600L, (long) r.get("2020-01-14T23:30:00-05:00").getAs("epoch"));
    // Without an offset, UTC.
    assertEquals(1578997800L, (long) r.get("2020-01-14T10:30:00").getAs("epoch"));
    assertEquals("2020-01-14", r.get("2020-01-14T10:30:00").getAs("day"));
  }

  @Test
  void valuesThatAreNoDateAreUndated() {
    for (Row r : read("yesterday", "2020-13-45", "2020-01-14T25:00:00Z", "", "  ").values()) {
      assertNull(r.getAs("day"), r.toString());
      assertNull(r.getAs("epoch"), r.toString());
    }
  }
}
