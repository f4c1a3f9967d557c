package org.wirelens.stage;

import java.util.List;
import java.util.Map;

/**
 * What a {@link Stage} produced: the tables the runner writes, in order, and the caches it holds. A
 * result that later stages read (an index, the corpus) is opened with {@link StageRunner#open} and
 * closed by its last reader; any other is closed by the runner once its tables are written.
 */
public interface StageResult extends AutoCloseable {
  /** The tables this result produces, written in this order. None for a stage that feeds others. */
  default List<TableOutput> tables() {
    return List.of();
  }

  /**
   * Rows the stage's options left out of its tables, per table (run_info.omitted_rows), counted
   * after the tables are written.
   *
   * @param written the run's tables so far, this result's among them
   */
  default Map<String, Long> omitted(Tables written) {
    return Map.of();
  }

  /** Releases what the stage cached. Called once; never throws. */
  @Override
  default void close() {}
}
