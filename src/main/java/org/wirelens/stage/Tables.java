package org.wirelens.stage;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wirelens.tables.TableDef;

/** The tables a run has written so far, read back from where they were written. */
public interface Tables {
  /**
   * A written table, read back: a plan that starts from files, so a later reader neither recomputes
   * the stage nor carries its whole plan.
   *
   * @throws IllegalStateException when the table has not been written
   */
  Dataset<Row> table(TableDef table);

  /**
   * Rows written for a table.
   *
   * @throws IllegalStateException when the table has not been written
   */
  long rows(TableDef table);
}
