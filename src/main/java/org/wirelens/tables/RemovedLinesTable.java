package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code removed_lines} table: every line cleaning took out, with its reason. */
public final class RemovedLinesTable {
  public static final String LINE_NO = "line_no";
  public static final String RULE = "rule";

  public static final TableDef TABLE =
      TableDef.table(
              "removed_lines",
              "One row per line removed from a document's raw text.",
              Cols.DOC_ID,
              LINE_NO)
          .required(Cols.DOC_ID, StringType, "Document the line was removed from.")
          .required(LINE_NO, IntegerType, "1-based line number in the raw input text.")
          .required(
              Cols.REASON,
              StringType,
              "`web_chrome`, `reading_time`, `photo_credit`, `embed`, `signoff` (from the line rules), `title` (moved to `documents.title`) or `duplicate_title`.")
          .required(
              RULE,
              StringType,
              "Name of the rule in `data/cleaning/line_rules.tsv` that matched (or the reason for title lines).")
          .required(Cols.TEXT, StringType, "The removed line as it was.")
          .build();

  private RemovedLinesTable() {}
}
