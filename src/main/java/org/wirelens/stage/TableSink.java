package org.wirelens.stage;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Where a run's tables go: the output writer, or an in-memory sink in tests. */
public interface TableSink extends Tables {
  /**
   * Writes one table as {@code output.mode()} says; returns its row count (the table's rows after
   * the write).
   */
  long write(TableOutput output, Dataset<Row> rows);
}
