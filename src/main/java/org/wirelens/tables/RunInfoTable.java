package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

/** The {@code run_info} table: one row describing the run that wrote the output. */
public final class RunInfoTable {
  public static final String RUN_ID = "run_id";
  public static final String OUTPUT_VERSION = "output_version";
  public static final String STARTED_AT = "started_at";
  public static final String FINISHED_AT = "finished_at";
  public static final String WIRELENS_VERSION = "wirelens_version";
  public static final String SPARK_VERSION = "spark_version";
  public static final String INPUT_PATH = "input_path";
  public static final String INPUT_FORMAT = "input_format";
  public static final String OPTIONS = "options";
  public static final String INPUT_RECORDS = "input_records";
  public static final String DOCUMENTS = "documents";
  public static final String REJECTS = "rejects";
  public static final String RECONCILED = "reconciled";
  public static final String WARNINGS = "warnings";
  public static final String REJECTS_BY_REASON = "rejects_by_reason";
  public static final String TABLE_ROWS = "table_rows";
  public static final String ROWS_BELOW_MINIMUM = "rows_below_minimum";
  public static final String STAGE_SECONDS = "stage_seconds";
  public static final String BATCHES = "batches";

  public static final TableDef TABLE =
      TableDef.table("run_info", "One row: the run that wrote this output.", RUN_ID)
          .required(
              RUN_ID,
              StringType,
              "Id of the run: its UTC start time and a random suffix (`20261128T091500Z-1f2e3d4c`); its tables are in `runs/<run_id>/` of the output.")
          .required(
              OUTPUT_VERSION,
              LongType,
              "The output version this run published (`_wirelens/versions/v<version>.json`).")
          .required(STARTED_AT, StringType, "Start time, ISO 8601 UTC.")
          .required(FINISHED_AT, StringType, "Time the tables were written, ISO 8601 UTC.")
          .required(WIRELENS_VERSION, StringType, "Version of the job.")
          .required(SPARK_VERSION, StringType, "Spark version it ran on.")
          .required(INPUT_PATH, StringType, "`--input` as given.")
          .required(
              INPUT_FORMAT,
              StringType,
              "Input format used (`text`, `tree`, `jsonl`, `parquet`), detected or given.")
          .required(
              OPTIONS,
              createMapType(StringType, StringType, false),
              "Every option of the run with its resolved value.")
          .required(
              INPUT_RECORDS,
              LongType,
              "Input records seen: files, JSON lines, Parquet rows, plus manifest rows without a file; summed over all batches.")
          .required(DOCUMENTS, LongType, "Rows in `documents`.")
          .required(REJECTS, LongType, "Rows in `rejects`.")
          .required(
              RECONCILED,
              BooleanType,
              "input_records = documents + rejects (a run that does not reconcile fails instead of publishing).")
          .required(
              WARNINGS,
              createMapType(StringType, LongType, false),
              "Counts of non-fatal findings: `file_without_manifest_row`, `unreadable_published` (see `documents.published_day`), `language_disagreement` (see `documents.detected_language`).")
          .required(
              REJECTS_BY_REASON, createMapType(StringType, LongType, false), "Rejects per reason.")
          .required(
              TABLE_ROWS, createMapType(StringType, LongType, false), "Rows written per table.")
          .required(
              ROWS_BELOW_MINIMUM,
              createMapType(StringType, LongType, false),
              "Rows a table would have had without its minimum count and left out (`cooccurrence` and `cooccurrence_by_source` under `--min-pair-units`).")
          .required(
              STAGE_SECONDS,
              createMapType(StringType, DoubleType, false),
              "Wall-clock seconds per stage, in running order (ingest, clean, nlp, batches, write documents, entities, cooccurrence, index, overlap, reuse, quotes).")
          .required(
              BATCHES,
              createArrayType(StringType, false),
              "Stored batches the tables cover, in order (`--batch-id` runs); empty without batches.")
          .build();

  private RunInfoTable() {}
}
