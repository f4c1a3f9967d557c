package org.wirelens.index;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.wirelens.stage.Stage;
import org.wirelens.stage.StageResult;

/**
 * The shingle index of the corpus, built once for overlap and reuse: each document's words,
 * shingles and terms ({@link TextFeatures}) and the candidate pairs from its postings ({@link
 * Candidates}), both cached until their last reader closes the result.
 */
public final class IndexStage implements Stage<IndexStage.Input, IndexStage.Result> {
  /**
   * @param shingleSize words per shingle
   * @param maxShingleDf shingles in up to this many documents pair every two of them ({@link
   *     PairPlan})
   */
  public record Options(int shingleSize, int maxShingleDf) {
    public Options {
      if (shingleSize < 1 || maxShingleDf < 1) {
        throw new IllegalArgumentException(
            "shingle size and max shingle df must be at least 1: "
                + shingleSize
                + ", "
                + maxShingleDf);
      }
    }
  }

  /**
   * @param nlp the NLP stage's rows (doc_id, source, published, text, tokens)
   * @param documents documents in the corpus: what the star threshold is a share of
   */
  public record Input(Dataset<Row> nlp, long documents) {}

  /**
   * @param features one row per document ({@link TextFeatures})
   * @param candidates candidate document pairs ({@link Candidates#find})
   */
  public record Result(Dataset<Row> features, Dataset<Row> candidates) implements StageResult {
    @Override
    public void close() {
      candidates.unpersist();
      features.unpersist();
    }
  }

  private final Options options;

  public IndexStage(Options options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "index";
  }

  @Override
  public String description() {
    return "shingle index: words, shingles, terms, candidate pairs";
  }

  @Override
  public Result run(Input input) {
    Dataset<Row> features =
        TextFeatures.of(input.nlp(), options.shingleSize()).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> candidates =
        Candidates.find(features, options.maxShingleDf(), PairPlan.maxStarDf(input.documents()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Built here, so the index's cost is this stage's in stage_seconds, not its first reader's.
    candidates.count();
    return new Result(features, candidates);
  }
}
