package org.wirelens.batches;

import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirelens.stage.Stage;
import org.wirelens.stage.StageResult;
import org.wirelens.tables.Cols;

/**
 * The corpus the tables cover: this run's batch stored beside its NLP output (in the batch store
 * with --batch-id, else in the run's work folder), then read back alone, or with every stored
 * batch; with --recompute, every stored batch. The annotated documents are cached until the last
 * table stage closes the result.
 */
public final class CorpusStage implements Stage<CorpusStage.Input, CorpusStage.Result> {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusStage.class);

  /**
   * This run's new batch, whose NLP output is already in {@code dir}.
   *
   * @param dir the batch's folder
   * @param batchId its id, or null for a run without --batch-id
   * @param removedLines its removed lines (no batch_id column yet)
   * @param rejects its rejects, from ingest and cleaning (no batch_id column yet)
   */
  public record NewBatch(
      Path dir,
      String batchId,
      Dataset<Row> removedLines,
      Dataset<Row> rejects,
      long inputRecords,
      long filesWithoutManifestRow) {}

  /**
   * @param store the output's batch store
   * @param batch this run's batch, or null when the run recomputes the stored batches
   */
  public record Input(BatchStore store, NewBatch batch) {}

  /** The corpus, its annotated documents cached. */
  public record Result(BatchStore.Batch corpus) implements StageResult {
    @Override
    public void close() {
      corpus.nlp().unpersist();
    }
  }

  @Override
  public String name() {
    return "batches";
  }

  @Override
  public String description() {
    return "store the batch, read the batches the tables cover";
  }

  @Override
  public Result run(Input input) {
    BatchStore store = input.store();
    NewBatch b = input.batch();
    BatchStore.Batch corpus;
    if (b == null) {
      corpus = store.union(null, null);
    } else {
      store.writeAllButNlp(
          b.dir(),
          b.batchId(),
          new BatchStore.Batch(
              null,
              b.removedLines().withColumn(Cols.BATCH_ID, batchId(b)),
              b.rejects().withColumn(Cols.BATCH_ID, batchId(b)),
              b.inputRecords(),
              b.filesWithoutManifestRow(),
              List.of()));
      corpus = b.batchId() == null ? store.read(b.dir()) : store.union(b.batchId(), b.dir());
      if (b.batchId() != null) {
        LOG.info("batch {} stored; tables cover batches {}", b.batchId(), corpus.batchIds());
      }
    }
    return new Result(
        new BatchStore.Batch(
            corpus.nlp().persist(StorageLevel.MEMORY_AND_DISK()),
            corpus.removedLines(),
            corpus.rejects(),
            corpus.inputRecords(),
            corpus.filesWithoutManifestRow(),
            corpus.batchIds()));
  }

  private static org.apache.spark.sql.Column batchId(NewBatch b) {
    return lit(b.batchId()).cast(DataTypes.StringType);
  }
}
