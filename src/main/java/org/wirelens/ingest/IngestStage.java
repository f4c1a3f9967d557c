package org.wirelens.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.instr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.wirelens.stage.Stage;
import org.wirelens.stage.StageResult;
import org.wirelens.tables.Cols;
import org.wirelens.tables.RejectsTable;
import org.wirelens.text.Utf16;

/**
 * Applies the record checks every format shares (empty, binary, too large, duplicate id) and splits
 * records into accepted ones and rejects. Nothing is dropped: each input row lands on one side.
 */
public final class IngestStage implements Stage<IngestStage.Input, IngestStage.Result> {
  /**
   * @param raw the input records as read ({@link CorpusReader})
   */
  public record Input(Dataset<Row> raw) {}

  /**
   * Every input record, checked (cached: cleaning reads the accepted ones, the batch store the
   * rejects).
   *
   * @param inputRecords the input records: what documents and rejects must add up to
   */
  public record Result(Dataset<Row> checked, long inputRecords) implements StageResult {
    /** The records that passed every check. */
    public Dataset<Row> accepted() {
      return checked.filter(col(Cols.REASON).isNull());
    }

    /** The rejects table rows among the checked records (batch_id null: the run sets it). */
    public Dataset<Row> rejects() {
      return checked
          .filter(col(Cols.REASON).isNotNull())
          .withColumn(Cols.BATCH_ID, lit(null).cast("string"))
          .select(RejectsTable.TABLE.selectColumns());
    }

    /** Accepted text files that had no manifest row (read with the unknown source). */
    public long filesWithoutManifestRow() {
      return accepted().filter(col(RawRecords.NO_MANIFEST_ROW)).count();
    }

    @Override
    public void close() {
      checked.unpersist();
    }
  }

  private final int maxDocChars;

  /**
   * @param maxDocChars longer texts are rejected as too large
   */
  public IngestStage(int maxDocChars) {
    if (maxDocChars < 1) {
      throw new IllegalArgumentException("max doc chars must be at least 1: " + maxDocChars);
    }
    this.maxDocChars = maxDocChars;
  }

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public String description() {
    return "read and check input records";
  }

  @Override
  public Result run(Input input) {
    Dataset<Row> checked = check(input.raw()).persist(StorageLevel.MEMORY_AND_DISK());
    return new Result(checked, checked.count());
  }

  /** Marks every record with a reject reason and detail, or neither. */
  Dataset<Row> check(Dataset<Row> raw) {
    Column text = col(Cols.TEXT);
    Column earlier = col(Cols.REASON).isNotNull();
    Column chars = Utf16.length(text);
    Column nul = instr(text, "\u0000").gt(0);
    // Reason and detail are computed in one select from the columns as read: a withColumn chain
    // would let the detail see the new reason instead of the reader's.
    Column reason =
        when(earlier, col(Cols.REASON))
            .when(blank(text), lit(RejectsTable.EMPTY_TEXT))
            .when(nul, lit(RejectsTable.BINARY))
            .when(chars.gt(maxDocChars), lit(RejectsTable.TOO_LARGE));
    Column detail =
        when(earlier, coalesce(col(RejectsTable.DETAIL), col(Cols.REASON)))
            .when(blank(text), lit("no text"))
            .when(nul, lit("text contains NUL characters"))
            .when(
                chars.gt(maxDocChars),
                concat(
                    chars.cast("string"),
                    lit(" characters, limit " + maxDocChars + " (--max-doc-chars)")));
    List<Column> columns = new ArrayList<>();
    for (String c : raw.columns()) {
      if (!c.equals(Cols.REASON) && !c.equals(RejectsTable.DETAIL)) {
        columns.add(col(c));
      }
    }
    columns.add(reason.as(Cols.REASON));
    columns.add(detail.as(RejectsTable.DETAIL));
    Dataset<Row> checked = raw.select(columns.toArray(Column[]::new));

    // The first valid record (by input order) keeps an id; later valid ones are duplicates.
    // Only valid records are ranked: rejects need no rank, and those without an id would all
    // meet in the one partition of the null id.
    Column valid = col(Cols.REASON).isNull();
    WindowSpec byId = Window.partitionBy(col(Cols.DOC_ID)).orderBy(col(RawRecords.ORDER_KEY));
    Dataset<Row> ranked =
        checked
            .filter(valid)
            .withColumn("_rank", row_number().over(byId))
            .withColumn(
                "_kept_by",
                first(col(Cols.INPUT))
                    .over(byId.rowsBetween(Window.unboundedPreceding(), Window.currentRow())));
    Column duplicate = col("_rank").gt(1);
    Dataset<Row> valids =
        ranked
            .withColumn(
                RejectsTable.DETAIL,
                when(duplicate, concat(lit("id already taken by "), col("_kept_by")))
                    .otherwise(col(RejectsTable.DETAIL)))
            .withColumn(
                Cols.REASON,
                when(duplicate, lit(RejectsTable.DUPLICATE_ID)).otherwise(col(Cols.REASON)))
            .drop("_rank", "_kept_by");
    return valids.unionByName(checked.filter(valid.unary_$bang()));
  }

  /** Null or only whitespace (spaces, tabs, line breaks). */
  private static Column blank(Column text) {
    return text.isNull().or(text.rlike("^\\s*$"));
  }
}
