package org.wirelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.cli.JobOptions;
import org.wirelens.tables.Cols;
import org.wirelens.tables.OutputLayout;
import org.wirelens.tables.TableDef;
import org.wirelens.tables.Tables;
import picocli.CommandLine;

/**
 * Scheduled runs with --batch-id on the sample split in two days: 000-002 on day 1, 003-004 on day
 * 2 (so the 002-004 shared quote crosses batches). The batched output must equal one run over all
 * five articles; rerunning a batch replaces it; a killed run leaves the last good output.
 */
class IncrementalBatchesTest extends SparkTestBase {
  private static final Path SEEDS = Path.of("data/corpus/seeds");
  private static final List<String> DAY1 =
      List.of("000_c867abf7aeeec7b5", "001_7b2e5ac7add1690d", "002_4cc0a089986172ab");
  private static final List<String> DAY2 = List.of("003_3a28729955fca061", "004_74217fae9d44953a");

  @TempDir static Path tmp;
  static Path full;
  static Path batched;

  @BeforeAll
  static void runs() throws IOException {
    full = tmp.resolve("full");
    batched = tmp.resolve("batched");
    assertEquals(0, run(SEEDS, full, null).exitCode());
    assertEquals(0, run(input("day1", DAY1), batched, "2020-01-15").exitCode());
    assertEquals(0, run(input("day2", DAY2), batched, "2020-01-16").exitCode());
  }

  @Test
  void twoBatchesGiveTheTablesOfOneRunOverBoth() {
    for (TableDef t : Tables.ALL) {
      if (t.name().equals("run_info")) {
        continue;
      }
      List<String> expected = rows(full, t);
      assertFalse(expected.isEmpty() && !t.name().equals("rejects"), t.name() + " is empty");
      assertEquals(expected, rows(batched, t), t.name());
    }
    List<Row> docs =
        read(batched, "documents")
            .select(Cols.DOC_ID, Cols.BATCH_ID)
            .orderBy(Cols.DOC_ID)
            .collectAsList();
    assertEquals(5, docs.size());
    for (Row r : docs) {
      assertEquals(DAY1.contains(r.getString(0)) ? "2020-01-15" : "2020-01-16", r.getString(1));
    }
    Row info = read(batched, "run_info").first();
    assertEquals(List.of("2020-01-15", "2020-01-16"), info.getList(info.fieldIndex("batches")));
    assertEquals(5L, info.getLong(info.fieldIndex("input_records")));
    assertTrue(read(full, "documents").filter(Cols.BATCH_ID + " is not null").isEmpty());
  }

  @Test
  void rerunningABatchReplacesItInsteadOfAddingRows() throws IOException {
    Path out = copy(batched, "rerun");
    JobRunner smaller = run(input("day2-fixed", List.of(DAY2.get(0))), out, "2020-01-16");
    assertEquals(0, smaller.exitCode(), smaller.err());
    List<String> ids = column(out, "documents", Cols.DOC_ID);
    assertEquals(List.of(DAY1.get(0), DAY1.get(1), DAY1.get(2), DAY2.get(0)), ids);
    assertTrue(
        read(out, "doc_overlap").filter("doc_b = '" + DAY2.get(1) + "'").isEmpty(),
        "004 left the corpus, and so did its overlap with 002");
    assertFalse(read(out, "doc_overlap").isEmpty(), "000-001 still overlap");
    assertTrue(smaller.out().contains("input records 4 = documents 4 + rejects 0 (reconciled)"));

    assertEquals(0, run(input("day2", DAY2), out, "2020-01-16").exitCode());
    for (TableDef t : Tables.ALL) {
      if (!t.name().equals("run_info")) {
        assertEquals(rows(batched, t), rows(out, t), t.name());
      }
    }
  }

  @Test
  void anArticleStoredByTwoBatchesIsKeptInTheFirstAndRejectedInTheLater() throws IOException {
    Path out = copy(batched, "duplicate");
    JobRunner r = run(input("day3", List.of(DAY2.get(1))), out, "2020-01-17");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(5, read(out, "documents").count());
    Row reject = read(out, "rejects").first();
    assertEquals(DAY2.get(1), reject.getString(reject.fieldIndex(Cols.DOC_ID)));
    assertEquals("duplicate_id", reject.getString(reject.fieldIndex(Cols.REASON)));
    assertEquals("2020-01-17", reject.getString(reject.fieldIndex(Cols.BATCH_ID)));
    assertEquals(
        "id already stored by batch 2020-01-16", reject.getString(reject.fieldIndex("detail")));
    assertEquals(1, read(out, "rejects").count());
    assertTrue(r.out().contains("input records 6 = documents 5 + rejects 1 (reconciled)"), r.out());
  }

  @Test
  void aRunKilledPartWayLeavesTheLastGoodOutputComplete() throws IOException {
    Path out = copy(batched, "killed");
    RuntimeException killed =
        assertThrows(
            RuntimeException.class,
            () ->
                new WirelensRun(
                        spark,
                        options(input("day2-killed", List.of(DAY2.get(0))), out, "2020-01-16"),
                        new PrintWriter(new StringWriter()))
                    .afterStage(
                        stage -> {
                          if (stage.equals("cooccurrence")) {
                            throw new IllegalStateException("killed after " + stage);
                          }
                        })
                    .run());
    assertEquals("killed after cooccurrence", killed.getMessage());
    for (TableDef t : Tables.ALL) {
      assertEquals(rows(batched, t), rows(out, t), t.name());
    }
    OutputLayout.Version current = TestOutputs.current(spark, out);
    assertEquals(2L, current.number());
    String day2 = current.batches().get("2020-01-16");
    assertEquals(2, spark.read().parquet(out.resolve(day2).resolve("nlp").toString()).count());
    // The killed run removed what it had written: one run folder per published version remains.
    try (Stream<Path> runs = Files.list(out.resolve(OutputLayout.RUNS))) {
      assertEquals(2, runs.count());
    }
    try (Stream<Path> day2Versions = Files.list(out.resolve("batches/2020-01-16"))) {
      assertEquals(1, day2Versions.count());
    }
  }

  @Test
  void recomputingFromTheStoredBatchesGivesTheSameTablesWithoutInput() throws IOException {
    Path out = copy(batched, "recompute");
    JobRunner r = JobRunner.run("--output", out.toString(), "--recompute", "--top", "0");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(3L, TestOutputs.current(spark, out).number());
    for (TableDef t : Tables.ALL) {
      if (!t.name().equals("run_info")) {
        assertEquals(rows(batched, t), rows(out, t), t.name());
      }
    }
    Row info = read(out, "run_info").first();
    assertEquals("batches", info.getString(info.fieldIndex("input_format")));
    assertEquals(5L, info.getLong(info.fieldIndex("input_records")));
    // Nothing to recompute from: a one-line error.
    JobRunner none =
        JobRunner.run("--output", tmp.resolve("nothing").toString(), "--recompute", "--top", "0");
    assertEquals(2, none.exitCode());
    assertTrue(none.err().startsWith("wirelens: --recompute needs an output that stores batches"));
  }

  @Test
  void aRunWithoutBatchIdIsRefusedOnAnOutputThatStoresBatches() throws IOException {
    Path out = copy(batched, "mixed");
    JobRunner r = run(SEEDS, out, null);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("stores batches"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aBatchIdThatIsNotAFolderNameIsAUsageError() {
    JobRunner r = run(SEEDS, tmp.resolve("bad-id"), "../2020-01-15");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("wirelens: --batch-id must be"), r.err());
    assertFalse(Files.exists(tmp.resolve("bad-id")));
  }

  private static JobRunner run(Path input, Path output, String batchId) {
    List<String> args =
        new ArrayList<>(
            List.of("--input", input.toString(), "--output", output.toString(), "--top", "0"));
    if (batchId != null) {
      args.addAll(List.of("--batch-id", batchId));
    }
    return JobRunner.run(args.toArray(String[]::new));
  }

  private static JobOptions options(Path input, Path output, String batchId) {
    JobOptions o = new JobOptions();
    new CommandLine(o)
        .parseArgs(
            "--input", input.toString(), "--output", output.toString(), "--batch-id", batchId);
    return o;
  }

  /** A copy of the sample holding only some articles, with their manifest rows. */
  private static Path input(String name, List<String> docIds) throws IOException {
    Path dir = tmp.resolve("in-" + name);
    if (Files.exists(dir)) {
      return dir;
    }
    Files.createDirectories(dir);
    List<String> manifest = Files.readAllLines(SEEDS.resolve("manifest.csv"));
    List<String> kept = new ArrayList<>(List.of(manifest.get(0)));
    for (String line : manifest.subList(1, manifest.size())) {
      String id = line.substring(0, line.indexOf(','));
      if (docIds.contains(id)) {
        kept.add(line);
        Files.copy(SEEDS.resolve(id + ".txt"), dir.resolve(id + ".txt"));
      }
    }
    Files.write(dir.resolve("manifest.csv"), kept);
    return dir;
  }

  private static Path copy(Path from, String name) throws IOException {
    Path to = tmp.resolve(name);
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  private static Dataset<Row> read(Path out, String table) {
    return TestOutputs.table(spark, out, table);
  }

  private static List<String> column(Path out, String table, String column) {
    return read(out, table).select(column).orderBy(column).collectAsList().stream()
        .map(r -> r.getString(0))
        .toList();
  }

  /**
   * A table's rows as sorted strings, without the columns that differ by design between a batched
   * and a single run: the batch id and the input path of each record.
   */
  private static List<String> rows(Path out, TableDef t) {
    Dataset<Row> df = read(out, t.name());
    List<String> drop =
        Arrays.stream(df.columns())
            .filter(c -> c.equals(Cols.BATCH_ID) || c.equals(Cols.INPUT))
            .toList();
    return df.drop(drop.toArray(String[]::new)).collectAsList().stream()
        .map(Row::toString)
        .sorted()
        .toList();
  }
}
