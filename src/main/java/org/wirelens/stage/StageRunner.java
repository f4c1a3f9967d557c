package org.wirelens.stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.SparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs stages: one place that labels each in the Spark UI (its job group), times it, writes the
 * tables its result names, counts the rows its options left out, and releases its caches.
 *
 * <p>{@link #run} closes the result once its tables are written; {@link #open} leaves it open for
 * later stages to read, and its caller closes it when the last of them is done
 * (try-with-resources). {@link #close()} releases whatever is still open, so a failed run leaves no
 * cache behind.
 */
public final class StageRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StageRunner.class);

  private final SparkContext spark;
  private final TableSink sink;
  private final Consumer<String> afterStage;
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private final Map<String, Long> omitted = new LinkedHashMap<>();
  private final List<StageResult> opened = new ArrayList<>();

  /**
   * @param sink where the results' tables are written
   * @param afterStage called with a stage's name once it succeeded (a test seam: a test throws from
   *     it to simulate a run killed after that stage)
   */
  public StageRunner(SparkContext spark, TableSink sink, Consumer<String> afterStage) {
    this.spark = spark;
    this.sink = sink;
    this.afterStage = afterStage;
  }

  /** Runs a stage, writes its tables and releases its caches; returns the (closed) result. */
  public <I, R extends StageResult> R run(Stage<I, R> stage, I input) {
    R result = execute(stage, input);
    release(result);
    return result;
  }

  /**
   * Runs a stage and writes its tables, keeping its result open for later stages: close it when its
   * last reader is done. Whatever is still open when the runner closes is released then.
   */
  public <I, R extends StageResult> R open(Stage<I, R> stage, I input) {
    R result = execute(stage, input);
    opened.add(result);
    return result;
  }

  /** Releases a result opened with {@link #open} (its last reader is done); idempotent. */
  public void release(StageResult result) {
    opened.remove(result);
    try {
      result.close();
    } catch (RuntimeException e) {
      // Releasing a cache must not hide the run's own outcome: a leftover cache costs memory only.
      LOG.warn("releasing a stage result failed: {}", e.toString());
    }
  }

  private <I, R extends StageResult> R execute(Stage<I, R> stage, I input) {
    String name = stage.name();
    spark.setJobGroup(name, stage.description(), false);
    long t0 = System.nanoTime();
    R result = null;
    try {
      result = stage.run(input);
      for (TableOutput out : result.tables()) {
        sink.write(out, out.rows().apply(sink));
      }
      omitted.putAll(result.omitted(sink));
      afterStage.accept(name);
      return result;
    } catch (RuntimeException | Error e) {
      if (result != null) {
        release(result);
      }
      throw e;
    } finally {
      double s = (System.nanoTime() - t0) / 1e9;
      seconds.put(name, Math.round(s * 100) / 100.0);
      LOG.info("stage {} finished in {} s", name, String.format(Locale.ROOT, "%.1f", s));
      spark.clearJobGroup();
    }
  }

  /** The tables written so far. */
  public Tables tables() {
    return sink;
  }

  /** Seconds per stage, in running order (run_info.stage_seconds). */
  public Map<String, Double> stageSeconds() {
    return Collections.unmodifiableMap(seconds);
  }

  /** Rows each table's options left out (run_info.omitted_rows). */
  public Map<String, Long> omitted() {
    return Collections.unmodifiableMap(omitted);
  }

  /** Releases every result still open. */
  @Override
  public void close() {
    for (StageResult r : List.copyOf(opened)) {
      release(r);
    }
  }
}
