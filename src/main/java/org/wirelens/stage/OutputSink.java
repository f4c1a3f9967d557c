package org.wirelens.stage;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wirelens.tables.OutputWriter;
import org.wirelens.tables.TableDef;

/** The run's output writer as the stages' {@link TableSink}: tables go into the run's folder. */
public final class OutputSink implements TableSink {
  private final OutputWriter writer;

  public OutputSink(OutputWriter writer) {
    this.writer = writer;
  }

  @Override
  public long write(TableOutput output, Dataset<Row> rows) {
    return switch (output.mode()) {
      case WHOLE -> writer.write(output.table(), rows);
    };
  }

  @Override
  public Dataset<Row> table(TableDef table) {
    return writer.table(table);
  }

  @Override
  public long rows(TableDef table) {
    return writer.rows(table);
  }
}
