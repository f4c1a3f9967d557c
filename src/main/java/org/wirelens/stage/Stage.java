package org.wirelens.stage;

/**
 * One step of the job, as Iceberg's Spark actions are shaped: the stage object holds its options
 * (checked when it is built), {@link #run} takes a typed input and returns a typed {@link
 * StageResult} that names the tables it produces and releases what it cached. A stage never writes
 * or reads tables itself: {@link StageRunner} labels, times and writes, so a stage can be tested,
 * reordered or added without the output writer.
 *
 * @param <I> what the stage reads (a record of datasets and counts)
 * @param <R> what it produces
 */
public interface Stage<I, R extends StageResult> {
  /** The stage's name: its Spark job group and its key in {@code run_info.stage_seconds}. */
  String name();

  /** What the stage does, as the Spark UI shows it beside the job group. */
  String description();

  /**
   * Builds the stage's result from its input. Plans are lazy where they can be; anything cached
   * here is released by {@link StageResult#close()}.
   */
  R run(I input);
}
