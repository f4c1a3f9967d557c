package org.wirelens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.instr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.wirelens.tables.Cols;
import org.wirelens.tables.RejectsTable;

/**
 * Applies the record checks every format shares (empty, binary, too large, duplicate id) and splits
 * records into accepted ones and rejects. Nothing is dropped: each input row lands on one side.
 */
public final class IngestStage {
  private final int maxDocChars;

  public IngestStage(int maxDocChars) {
    this.maxDocChars = maxDocChars;
  }

  /** Marks every record with a reject reason, or none. */
  public Dataset<Row> check(Dataset<Row> raw) {
    Column text = col(Cols.TEXT);
    Column reason =
        when(col(Cols.REASON).isNotNull(), col(Cols.REASON))
            .when(blank(text), lit(RejectsTable.EMPTY_TEXT))
            .when(instr(text, "\u0000").gt(0), lit(RejectsTable.BINARY))
            .when(length(text).gt(maxDocChars), lit(RejectsTable.TOO_LARGE));
    Column detail =
        when(col(Cols.REASON).isNotNull(), col(RejectsTable.DETAIL))
            .when(blank(text), lit("no text"))
            .when(instr(text, "\u0000").gt(0), lit("text contains NUL characters"))
            .when(
                length(text).gt(maxDocChars),
                concat(
                    length(text).cast("string"),
                    lit(" characters, limit " + maxDocChars + " (--max-doc-chars)")));
    Dataset<Row> checked =
        raw.withColumn(Cols.REASON, reason).withColumn(RejectsTable.DETAIL, detail);

    // The first valid record (by input order) keeps an id; later valid ones are duplicates.
    Column valid = col(Cols.REASON).isNull();
    WindowSpec byId =
        Window.partitionBy(col(Cols.DOC_ID))
            .orderBy(valid.desc(), col(RawRecords.ORDER_KEY))
            .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Dataset<Row> ranked =
        checked
            .withColumn(
                "_valid_rank",
                row_number()
                    .over(
                        Window.partitionBy(col(Cols.DOC_ID))
                            .orderBy(valid.desc(), col(RawRecords.ORDER_KEY))))
            .withColumn("_kept_by", first(col(Cols.INPUT)).over(byId));
    Column duplicate = valid.and(col("_valid_rank").gt(1));
    return ranked
        .withColumn(
            RejectsTable.DETAIL,
            when(duplicate, concat(lit("id already taken by "), col("_kept_by")))
                .otherwise(col(RejectsTable.DETAIL)))
        .withColumn(
            Cols.REASON,
            when(duplicate, lit(RejectsTable.DUPLICATE_ID)).otherwise(col(Cols.REASON)))
        .drop("_valid_rank", "_kept_by");
  }

  /** Null or only whitespace (spaces, tabs, line breaks). */
  private static Column blank(Column text) {
    return text.isNull().or(text.rlike("^\\s*$"));
  }

  /** The rejects table rows among checked records. */
  public static Dataset<Row> rejects(Dataset<Row> checked) {
    return checked
        .filter(col(Cols.REASON).isNotNull())
        // The run sets the batch when it stores one.
        .withColumn(Cols.BATCH_ID, lit(null).cast("string"))
        .select(RejectsTable.TABLE.selectColumns());
  }

  /** The records that passed every check. */
  public static Dataset<Row> accepted(Dataset<Row> checked) {
    return checked.filter(col(Cols.REASON).isNull());
  }
}
