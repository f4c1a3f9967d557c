package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.SparkTestBase;

/** Publishing: all tables or none, and a publish killed half-way is completed by the next run. */
class OutputWriterTest extends SparkTestBase {
  private static final TableDef ALPHA =
      TableDef.table("alpha", "test rows", "v").required("v", StringType, "a value").build();
  private static final TableDef BETA =
      TableDef.table("beta", "test rows", "v").required("v", StringType, "a value").build();

  @TempDir Path tmp;

  @Test
  void aPublishKilledHalfWayIsCompletedByTheNextRun() throws IOException {
    String out = tmp.resolve("out").toString();
    publish(out, "run1", "old");
    assertEquals("old", value(out, "alpha"));

    OutputWriter second = writer(out, "run2", "new");
    second.publishHook(
        name -> {
          if (name.equals("alpha")) {
            throw new IllegalStateException("killed");
          }
        });
    assertThrows(IllegalStateException.class, second::publish);
    second.abort();
    // Half published: alpha is new, beta still old, and the output says it is not complete.
    assertEquals("new", value(out, "alpha"));
    assertEquals("old", value(out, "beta"));
    assertFalse(Files.exists(Path.of(out, OutputWriter.SUCCESS)));
    assertTrue(Files.exists(Path.of(out, OutputWriter.PUBLISHING)));

    OutputWriter.recover(out, spark.sparkContext().hadoopConfiguration());
    assertEquals("new", value(out, "alpha"));
    assertEquals("new", value(out, "beta"));
    assertEquals("new", Files.readString(Path.of(out, "extra/marker.txt")));
    assertTrue(Files.exists(Path.of(out, OutputWriter.SUCCESS)));
    assertFalse(Files.exists(Path.of(out, OutputWriter.PUBLISHING)));
    assertEquals(List.of(), staging(out));
  }

  @Test
  void aRunKilledBeforePublishingChangesNothingAndItsStagingIsRemovedNextTime() throws IOException {
    String out = tmp.resolve("out").toString();
    publish(out, "run1", "old");
    writer(out, "run2", "new"); // written to staging, never published nor aborted: a kill -9
    assertEquals(List.of("_staging-run2"), staging(out));
    assertEquals("old", value(out, "beta"));
    assertTrue(Files.exists(Path.of(out, OutputWriter.SUCCESS)));

    OutputWriter.recover(out, spark.sparkContext().hadoopConfiguration());
    assertEquals(List.of(), staging(out));
    assertEquals("old", value(out, "alpha"));
    assertEquals("old", Files.readString(Path.of(out, "extra/marker.txt")));
  }

  private static void publish(String out, String runId, String value) throws IOException {
    writer(out, runId, value).publish();
  }

  /** A writer that staged both tables and an extra folder, all holding {@code value}. */
  private static OutputWriter writer(String out, String runId, String value) throws IOException {
    OutputWriter w = new OutputWriter(spark, out, runId);
    w.write(ALPHA, spark.createDataset(List.of(value), Encoders.STRING()).toDF("v"));
    w.write(BETA, spark.createDataset(List.of(value), Encoders.STRING()).toDF("v"));
    Path extra = Path.of(w.stagedFolder("extra").toUri().getPath());
    Files.createDirectories(extra);
    Files.writeString(extra.resolve("marker.txt"), value);
    return w;
  }

  private static String value(String out, String table) {
    return spark.read().parquet(Path.of(out, table).toString()).first().getString(0);
  }

  private static List<String> staging(String out) throws IOException {
    try (Stream<Path> s = Files.list(Path.of(out))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("_staging")).toList();
    }
  }
}
