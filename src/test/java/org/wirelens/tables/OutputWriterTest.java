package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.SparkTestBase;
import org.wirelens.TestOutputs;
import org.wirelens.WirelensException;

/**
 * Publishing: a run's tables appear all at once, a failed or killed run changes nothing readers
 * see, concurrent publishers cannot overwrite each other, and nothing wirelens did not write is
 * ever deleted or replaced.
 */
class OutputWriterTest extends SparkTestBase {
  private static final TableDef ALPHA =
      TableDef.table("alpha", "test rows", "v").required("v", StringType, "a value").build();
  private static final TableDef BETA =
      TableDef.table("beta", "test rows", "v").required("v", StringType, "a value").build();

  @TempDir Path tmp;

  @Test
  void aPublishedRunIsWhatReadersSeeAndOldVersionsLeaveAfterTheKeptWindow() throws IOException {
    Path out = tmp.resolve("out");
    String first = publish(out, "one", 2);
    assertEquals("one", value(out, "alpha"));
    String second = publish(out, "two", 2);
    assertEquals("two", value(out, "alpha"));
    assertEquals("two", value(out, "beta"));
    assertEquals(2L, TestOutputs.current(spark, out).number());
    // The previous version's tables stay for readers still on it...
    assertTrue(Files.isDirectory(out.resolve("runs").resolve(first)));
    Files.writeString(out.resolve("notes.txt"), "a user's file");
    publish(out, "three", 2);
    // ...until they fall out of the kept window.
    assertEquals(
        java.util.Set.of(second, TestOutputs.current(spark, out).runId()),
        java.util.Set.copyOf(runs(out)));
    assertEquals("a user's file", Files.readString(out.resolve("notes.txt")));
  }

  @Test
  void aRelativeOutputKeepsWhatItsVersionsNameAndAnUnreadableVersionFileIsSkipped()
      throws IOException {
    // Relative to the working directory, as a user types it: listings return absolute paths,
    // and the kept window must still recognise its own folders among them.
    Path relative = Path.of("target", "relative-output-" + System.nanoTime());
    try {
      publish(relative, "one", 1);
      String kept = publish(relative, "two", 1);
      OutputWriter old =
          OutputWriter.open(
              spark,
              relative.toString(),
              OutputLayout.newRunId(Instant.parse("2020-01-01T00:00:00Z")),
              1);
      old.write(ALPHA, values("abandoned"));
      OutputWriter third = writer(relative, "three", 2);
      third.publish();
      assertEquals(
          java.util.Set.of(kept, third.runFolder().substring("runs/".length())),
          java.util.Set.copyOf(runs(relative)));
      // A version file left empty (a crash while writing it) is not a version.
      Files.writeString(relative.resolve("_wirelens/versions/v0000000009.json"), "");
      assertEquals(3L, TestOutputs.current(spark, relative).number());
      assertEquals("three", value(relative, "alpha"));
    } finally {
      try (Stream<Path> walk = Files.walk(relative)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void aFailedRunChangesNothingAndRemovesWhatItWrote() throws IOException {
    Path out = tmp.resolve("out");
    publish(out, "old", 2);
    OutputWriter failed = writer(out, "new", 2);
    failed.abort();
    assertEquals("old", value(out, "alpha"));
    assertEquals(1, runs(out).size());
    assertEquals(1L, TestOutputs.current(spark, out).number());
  }

  @Test
  void aKilledRunIsInvisibleAndItsFolderGoesOnceItIsClearlyAbandoned() throws IOException {
    Path out = tmp.resolve("out");
    publish(out, "old", 2);
    // Killed outright: wrote its tables and never published nor cleaned up.
    OutputWriter killed =
        OutputWriter.open(
            spark, out.toString(), OutputLayout.newRunId(Instant.parse("2020-01-01T00:00:00Z")), 2);
    killed.write(ALPHA, values("killed"));
    assertEquals("old", value(out, "alpha"));
    assertEquals(2, runs(out).size());
    OutputWriter next = writer(out, "next", 2);
    next.publish();
    assertEquals("next", value(out, "alpha"));
    assertEquals(2, runs(out).size(), "the abandoned run's folder is removed, the old one kept");
    assertFalse(runs(out).contains(killed.runFolder().substring("runs/".length())));
  }

  @Test
  void aRunThatStartedBeforeAnotherPublishedRefusesToPublishOverIt() throws IOException {
    Path out = tmp.resolve("out");
    publish(out, "base", 2);
    OutputWriter slow = writer(out, "slow", 2);
    OutputWriter fast = writer(out, "fast", 2);
    fast.publish();
    WirelensException e = assertThrows(WirelensException.class, slow::publish);
    assertTrue(e.getMessage().startsWith("another run published version 2 of"), e.getMessage());
    slow.abort();
    assertEquals("fast", value(out, "alpha"));
    assertEquals(2, runs(out).size());
  }

  @Test
  void aFolderWithOtherFilesIsRefusedAndLeftAsItWas() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(out.resolve("important.txt"), "keep me");
    Files.createDirectories(out.resolve("alpha"));
    Files.writeString(out.resolve("alpha/chapter1.txt"), "keep me too");
    WirelensException e =
        assertThrows(
            WirelensException.class,
            () ->
                OutputWriter.open(spark, out.toString(), OutputLayout.newRunId(Instant.now()), 2));
    assertTrue(
        e.getMessage().contains("is not empty and is not a wirelens output"), e.getMessage());
    try (Stream<Path> left = Files.walk(out)) {
      assertEquals(
          List.of("", "alpha", "alpha/chapter1.txt", "important.txt"),
          left.map(p -> out.relativize(p).toString()).sorted().toList());
    }
    // An empty folder is adopted.
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    publish(empty, "v", 2);
    assertEquals("v", value(empty, "alpha"));
  }

  @Test
  void aNullInAColumnDeclaredNonNullFailsTheWrite() {
    Path out = tmp.resolve("nulls");
    OutputWriter w =
        OutputWriter.open(spark, out.toString(), OutputLayout.newRunId(Instant.now()), 2);
    StructType schema = new StructType().add("v", StringType, true);
    List<Row> rows = Arrays.asList(RowFactory.create("a"), RowFactory.create((Object) null));
    Exception e =
        assertThrows(Exception.class, () -> w.write(ALPHA, spark.createDataFrame(rows, schema)));
    String message = rootMessage(e);
    assertTrue(
        message.contains("table alpha: column v is null in a row, but it is declared non-null"),
        message);
  }

  private static String rootMessage(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t.getMessage()).append('\n');
    }
    return sb.toString();
  }

  private String publish(Path out, String value, int keep) {
    OutputWriter w = writer(out, value, keep);
    w.publish();
    return w.runFolder().substring("runs/".length());
  }

  private OutputWriter writer(Path out, String value, int keep) {
    OutputWriter w =
        OutputWriter.open(spark, out.toString(), OutputLayout.newRunId(Instant.now()), keep);
    w.write(ALPHA, values(value));
    w.write(BETA, values(value));
    return w;
  }

  private org.apache.spark.sql.Dataset<Row> values(String value) {
    return spark.createDataset(List.of(value), Encoders.STRING()).toDF("v");
  }

  private String value(Path out, String table) {
    return TestOutputs.table(spark, out, table).first().getString(0);
  }

  private static List<String> runs(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out.resolve(OutputLayout.RUNS))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
