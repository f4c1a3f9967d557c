package org.wirelens.clean;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.wirelens.SparkRows;
import org.wirelens.ingest.RawRecords;
import org.wirelens.stage.Stage;
import org.wirelens.stage.StageResult;
import org.wirelens.tables.Cols;
import org.wirelens.tables.RejectsTable;
import org.wirelens.tables.RemovedLinesTable;
import org.wirelens.text.TextFold;

/**
 * Runs {@link DocumentCleaner} over accepted records. Adds the folded {@link #MATCH_TEXT} (same
 * length as the text) that the NLP stage reads, and the removed lines as an array column.
 */
public final class CleanStage implements Stage<CleanStage.Input, CleanStage.Result> {
  /** Text with quotes, dashes and diacritics folded, char for char: what the NLP stage reads. */
  public static final String MATCH_TEXT = "match_text";

  /** Removed lines, exploded later into removed_lines. */
  public static final String REMOVED = "removed";

  private static final StructType REMOVED_LINE =
      new StructType()
          .add(RemovedLinesTable.LINE_NO, DataTypes.IntegerType, false)
          .add(Cols.TEXT, DataTypes.StringType, false)
          .add(Cols.REASON, DataTypes.StringType, false)
          .add(RemovedLinesTable.RULE, DataTypes.StringType, false);

  /**
   * @param accepted the records that passed ingest's checks
   */
  public record Input(Dataset<Row> accepted) {}

  /**
   * The cleaned records (cached: the NLP stage reads the non-empty ones, the batch store the
   * removed lines and the emptied documents).
   */
  public record Result(Dataset<Row> cleaned) implements StageResult {
    /** Documents with text left after cleaning. */
    public Dataset<Row> nonEmpty() {
      return cleaned.filter(col(Cols.TEXT).notEqual(""));
    }

    /** Documents whose text is empty once chrome is removed: rejects, not documents. */
    public Dataset<Row> emptyAfterCleaning() {
      return cleaned
          .filter(col(Cols.TEXT).equalTo(""))
          .withColumn(Cols.REASON, lit(RejectsTable.EMPTY_AFTER_CLEANING))
          .withColumn(
              RejectsTable.DETAIL, lit("every line was removed by cleaning (see removed_lines)"))
          .withColumn(Cols.BATCH_ID, lit(null).cast("string"))
          .select(RejectsTable.TABLE.selectColumns());
    }

    /** Rows of removed_lines for the cleaned documents. */
    public Dataset<Row> removedLines() {
      return cleaned
          .filter(size(col(REMOVED)).gt(0))
          .select(col(Cols.DOC_ID), explode(col(REMOVED)).as("l"))
          .select(
              col(Cols.DOC_ID),
              col("l." + RemovedLinesTable.LINE_NO).as(RemovedLinesTable.LINE_NO),
              col("l." + Cols.REASON).as(Cols.REASON),
              col("l." + RemovedLinesTable.RULE).as(RemovedLinesTable.RULE),
              col("l." + Cols.TEXT).as(Cols.TEXT));
    }

    @Override
    public void close() {
      cleaned.unpersist();
    }
  }

  private final DocumentCleaner cleaner;

  /**
   * @param rules the line rules that say which lines are chrome
   */
  public CleanStage(LineRules rules) {
    this.cleaner = new DocumentCleaner(rules);
  }

  @Override
  public String name() {
    return "clean";
  }

  @Override
  public String description() {
    return "clean text: chrome lines, titles";
  }

  @Override
  public Result run(Input input) {
    Dataset<Row> cleaned = apply(input.accepted()).persist(StorageLevel.MEMORY_AND_DISK());
    cleaned.count();
    return new Result(cleaned);
  }

  /** Cleans every record; the result has the raw columns plus match_text and removed. */
  Dataset<Row> apply(Dataset<Row> accepted) {
    Dataset<Row> in = RawRecords.conform(accepted);
    StructType inSchema = in.schema();
    List<StructField> fields = new ArrayList<>(Arrays.asList(inSchema.fields()));
    fields.add(DataTypes.createStructField(MATCH_TEXT, DataTypes.StringType, false));
    fields.add(
        DataTypes.createStructField(
            REMOVED, DataTypes.createArrayType(REMOVED_LINE, false), false));
    StructType outSchema = DataTypes.createStructType(fields);
    int textIdx = inSchema.fieldIndex(Cols.TEXT);
    int titleIdx = inSchema.fieldIndex(Cols.TITLE);
    DocumentCleaner c = cleaner;
    return in.map(
        (MapFunction<Row, Row>)
            r -> {
              CleanedText cleaned = c.clean(r.getString(textIdx), r.getString(titleIdx));
              Object[] values = new Object[r.length() + 2];
              for (int i = 0; i < r.length(); i++) {
                values[i] = r.get(i);
              }
              values[textIdx] = cleaned.text();
              values[titleIdx] = cleaned.title();
              values[r.length()] = TextFold.foldSameLength(cleaned.text());
              values[r.length() + 1] =
                  SparkRows.seq(
                      cleaned.removed().stream()
                          .map(l -> RowFactory.create(l.lineNo(), l.text(), l.reason(), l.rule()))
                          .toList());
              return RowFactory.create(values);
            },
        Encoders.row(outSchema));
  }
}
