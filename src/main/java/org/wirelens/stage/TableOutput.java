package org.wirelens.stage;

import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wirelens.tables.TableDef;

/**
 * One table a {@link StageResult} produces: its definition, how to compute its rows, and how the
 * rows are applied to the table.
 *
 * <p>Rows are a function of the run's tables so far, so a stage's later table can start from its
 * earlier one as written ({@code entities} from the written {@code mentions}): a plan from files is
 * small, and the earlier table is not recomputed.
 *
 * @param table the table's definition
 * @param rows its rows, given the tables written so far (this result's earlier tables among them)
 * @param mode how the rows are applied
 */
public record TableOutput(TableDef table, Function<Tables, Dataset<Row>> rows, Mode mode) {
  /**
   * How a table's rows are applied. Every table is written whole today: each run writes every table
   * into its own folder. Batch updates (append, or a merge of changed rows on the table's key)
   * become further modes here, for a table format that commits them; a {@link TableSink} refuses a
   * mode it cannot apply.
   */
  public enum Mode {
    /** The rows are the whole table. */
    WHOLE
  }

  /** A table written whole from rows that need nothing written before them. */
  public static TableOutput whole(TableDef table, Dataset<Row> rows) {
    return new TableOutput(table, written -> rows, Mode.WHOLE);
  }

  /** A table written whole from rows computed from the tables written before it. */
  public static TableOutput whole(TableDef table, Function<Tables, Dataset<Row>> rows) {
    return new TableOutput(table, rows, Mode.WHOLE);
  }
}
