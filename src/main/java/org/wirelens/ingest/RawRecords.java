package org.wirelens.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
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
