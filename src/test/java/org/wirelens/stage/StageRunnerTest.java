package org.wirelens.stage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.SparkTestBase;
import org.wirelens.tables.OutputWriter;
import org.wirelens.tables.TableDef;

/**
 * The stage contract as a new stage meets it (the way the stories stage will be added): its options
 * are checked when it is built, its typed input and result go through {@link StageRunner}, and its
 * tables are written, timed, counted and released, into a real output.
 */
class StageRunnerTest extends SparkTestBase {
  private static final TableDef WORDS =
      TableDef.table("words", "one row per word", "word")
          .required("word", StringType, "a word")
          .build();
  private static final TableDef LONG_WORDS =
      TableDef.table("long_words", "one row per word of at least the minimum length", "word")
          .required("word", StringType, "a word")
          .required("n_chars", IntegerType, "its length")
          .build();

  /** A small stage: the words of its input, and those at least {@code minChars} long. */
  static final class LongWordsStage implements Stage<LongWordsStage.Input, LongWordsStage.Result> {
    record Options(int minChars) {
      Options {
        if (minChars < 1) {
          throw new IllegalArgumentException("min chars must be at least 1: " + minChars);
        }
      }
    }

    record Input(Dataset<Row> words) {}

    /** The words (cached), and the long ones, read from the words table as written. */
    record Result(Dataset<Row> cached, int minChars) implements StageResult {
      @Override
      public List<TableOutput> tables() {
        return List.of(
            TableOutput.whole(WORDS, cached),
            TableOutput.whole(
                LONG_WORDS,
                written ->
                    written
                        .table(WORDS)
                        .withColumn("n_chars", length(col("word")))
                        .filter(col("n_chars").geq(minChars))));
      }

      @Override
      public Map<String, Long> omitted(Tables written) {
        return Map.of(LONG_WORDS.name(), written.rows(WORDS) - written.rows(LONG_WORDS));
      }

      @Override
      public void close() {
        cached.unpersist(true);
      }
    }

    private final Options options;

    LongWordsStage(Options options) {
      this.options = options;
    }

    @Override
    public String name() {
      return "long words";
    }

    @Override
    public String description() {
      return "words and long words";
    }

    @Override
    public Result run(Input input) {
      return new Result(input.words().persist(StorageLevel.MEMORY_AND_DISK()), options.minChars());
    }
  }

  @TempDir Path tmp;

  private Dataset<Row> words(String... words) {
    return spark.createDataset(List.of(words), Encoders.STRING()).toDF("word");
  }

  private OutputWriter writer(String name) {
    return OutputWriter.open(spark, tmp.resolve(name).toString(), "20261207T120000Z-00000001", 1);
  }

  @Test
  void aNewStageIsWrittenTimedCountedAndReleased() {
    OutputWriter writer = writer("out");
    List<String> after = new ArrayList<>();
    LongWordsStage.Result result;
    try (StageRunner runner =
        new StageRunner(spark.sparkContext(), new OutputSink(writer), after::add)) {
      // The one line of wiring a stage needs:
      result =
          runner.run(
              new LongWordsStage(new LongWordsStage.Options(6)),
              new LongWordsStage.Input(words("Tripoli", "Moscow", "talks", "ceasefire")));
      assertEquals(List.of("long words"), after);
      assertTrue(runner.stageSeconds().get("long words") >= 0.0);
      assertEquals(Map.of("long_words", 1L), runner.omitted());
      assertEquals(4L, runner.tables().rows(WORDS));
      List<String> long6 =
          runner
              .tables()
              .table(LONG_WORDS)
              .select("word")
              .orderBy("word")
              .as(Encoders.STRING())
              .collectAsList();
      assertEquals(List.of("Moscow", "Tripoli", "ceasefire"), long6);
    }
    assertEquals(StorageLevel.NONE(), result.cached().storageLevel(), "released once written");
    assertEquals(Map.of("words", 4L, "long_words", 3L), writer.rowCounts());
  }

  @Test
  void anOpenedResultStaysCachedUntilItsReaderClosesItOrTheRunnerCloses() {
    OutputWriter writer = writer("open");
    LongWordsStage.Result kept;
    try (StageRunner runner =
        new StageRunner(spark.sparkContext(), new OutputSink(writer), name -> {})) {
      kept =
          runner.open(
              new LongWordsStage(new LongWordsStage.Options(1)),
              new LongWordsStage.Input(words("a", "bb")));
      assertEquals(StorageLevel.MEMORY_AND_DISK(), kept.cached().storageLevel());
    }
    assertEquals(StorageLevel.NONE(), kept.cached().storageLevel());
  }

  /** A stage whose second table reads a table no stage wrote: it fails while writing. */
  static final class FailingStage implements Stage<Dataset<Row>, FailingStage.Result> {
    record Result(Dataset<Row> cached) implements StageResult {
      @Override
      public List<TableOutput> tables() {
        return List.of(
            TableOutput.whole(WORDS, cached),
            TableOutput.whole(LONG_WORDS, written -> written.table(LONG_WORDS)));
      }

      @Override
      public void close() {
        cached.unpersist(true);
      }
    }

    Result last;

    @Override
    public String name() {
      return "failing";
    }

    @Override
    public String description() {
      return "fails writing its second table";
    }

    @Override
    public Result run(Dataset<Row> input) {
      last = new Result(input.persist(StorageLevel.MEMORY_AND_DISK()));
      return last;
    }
  }

  @Test
  void aStageThatFailsIsTimedAndReleasedAndItsErrorReachesTheCaller() {
    List<String> after = new ArrayList<>();
    FailingStage stage = new FailingStage();
    try (StageRunner runner =
        new StageRunner(spark.sparkContext(), new OutputSink(writer("failed")), after::add)) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> runner.run(stage, words("one")));
      assertTrue(e.getMessage().contains("long_words"), e.getMessage());
      assertTrue(runner.stageSeconds().containsKey("failing"));
      assertEquals(List.of(), after, "a failed stage is not reported as done");
      assertEquals(StorageLevel.NONE(), stage.last.cached().storageLevel());
    }
  }

  @Test
  void optionsAreCheckedWhenTheStageIsBuilt() {
    assertThrows(IllegalArgumentException.class, () -> new LongWordsStage.Options(0));
  }
}
