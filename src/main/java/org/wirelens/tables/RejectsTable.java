package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code rejects} table: every input record that did not become a document, and why. */
public final class RejectsTable {
  public static final String DETAIL = "detail";

  public static final String EMPTY_TEXT = "empty_text";
  public static final String EMPTY_AFTER_CLEANING = "empty_after_cleaning";
  public static final String BINARY = "binary";
  public static final String INVALID_UTF8 = "invalid_utf8";
  public static final String TOO_LARGE = "too_large";
  public static final String DUPLICATE_ID = "duplicate_id";
  public static final String MALFORMED_JSON = "malformed_json";
  public static final String WRONG_TYPE = "wrong_type";
  public static final String MISSING_ID = "missing_id";
  public static final String MISSING_FILE = "missing_file";

  public static final TableDef TABLE =
      TableDef.table("rejects", "One row per input record that was not ingested.", Cols.INPUT)
          .required(
              Cols.INPUT,
              StringType,
              "Where the record came from: file path, `path@byte-offset` (JSON line), `path#row` (Parquet) or `manifest.csv#doc_id`.")
          .optional(Cols.DOC_ID, StringType, "Document id, when one could be read.")
          .optional(Cols.SOURCE, StringType, "Outlet, when known.")
          .required(
              Cols.REASON,
              StringType,
              "`empty_text`, `empty_after_cleaning`, `binary`, `invalid_utf8`, `too_large`, `duplicate_id`, `malformed_json`, `wrong_type` (a JSON field that is not a string), `missing_id` or `missing_file`.")
          .required(
              DETAIL,
              StringType,
              "Human-readable detail: sizes, the first bytes of a malformed line, the field of the wrong type, the input or batch that kept the id.")
          .optional(
              Cols.BATCH_ID,
              StringType,
              "Batch of the rejected record (`--batch-id`); null in an output without batches.")
          .build();

  private RejectsTable() {}
}
