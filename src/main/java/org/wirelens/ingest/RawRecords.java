package org.wirelens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.RejectsTable;

/**
 * The common shape every input format is read into: one row per input record, with its place in the
 * input, its metadata, its text, and a reject reason once a check fails.
 */
public final class RawRecords {
  /** Sortable position in the input (path, then offset or row), for "the later duplicate". */
  public static final String ORDER_KEY = "order_key";

  /** True for a text file that had no manifest row (ingested with source unknown). */
  public static final String NO_MANIFEST_ROW = "no_manifest_row";

  public static final String UNKNOWN_SOURCE = "unknown";

  public static final List<String> COLUMNS =
      List.of(
          Cols.INPUT,
          ORDER_KEY,
          Cols.DOC_ID,
          Cols.SOURCE,
          Cols.TITLE,
          DocumentsTable.PUBLISHED,
          DocumentsTable.LANGUAGE,
          DocumentsTable.TRANSLATED_FROM,
          DocumentsTable.URL,
          Cols.TEXT,
          NO_MANIFEST_ROW,
          Cols.REASON,
          RejectsTable.DETAIL);

  /** The common columns with their types, for readers that build rows directly. */
  public static final StructType SCHEMA =
      new StructType()
          .add(Cols.INPUT, DataTypes.StringType, false)
          .add(ORDER_KEY, DataTypes.StringType, false)
          .add(Cols.DOC_ID, DataTypes.StringType, true)
          .add(Cols.SOURCE, DataTypes.StringType, true)
          .add(Cols.TITLE, DataTypes.StringType, true)
          .add(DocumentsTable.PUBLISHED, DataTypes.StringType, true)
          .add(DocumentsTable.LANGUAGE, DataTypes.StringType, true)
          .add(DocumentsTable.TRANSLATED_FROM, DataTypes.StringType, true)
          .add(DocumentsTable.URL, DataTypes.StringType, true)
          .add(Cols.TEXT, DataTypes.StringType, true)
          .add(NO_MANIFEST_ROW, DataTypes.BooleanType, false)
          .add(Cols.REASON, DataTypes.StringType, true)
          .add(RejectsTable.DETAIL, DataTypes.StringType, true);

  private RawRecords() {}

  /** Selects the common columns, filling any a format lacks with nulls (false for the flag). */
  public static Dataset<Row> conform(Dataset<Row> df) {
    List<String> present = Arrays.asList(df.columns());
    Column[] cols =
        COLUMNS.stream()
            .map(
                c -> {
                  if (present.contains(c)) {
                    return col(c);
                  }
                  Column empty =
                      c.equals(NO_MANIFEST_ROW) ? lit(false) : lit(null).cast(DataTypes.StringType);
                  return empty.as(c);
                })
            .toArray(Column[]::new);
    return df.select(cols);
  }
}
