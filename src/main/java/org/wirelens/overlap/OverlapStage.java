package org.wirelens.overlap;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.wirelens.SparkPlans;
import org.wirelens.index.Candidates;
import org.wirelens.index.IndexStage;
import org.wirelens.index.TextFeatures;
import org.wirelens.index.TfIdf;
import org.wirelens.stage.Stage;
import org.wirelens.stage.StageResult;
import org.wirelens.stage.TableOutput;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocOverlapTable;
import org.wirelens.tables.ReusePassagesTable;
import org.wirelens.tables.SourceOverlapTable;

/**
 * Which documents and outlets share text. Candidate pairs come from an inverted index of word
 * shingles ({@link Candidates}: postings → pairs, as passim does), so the cost follows the real
 * overlap rather than n². Each pair sharing enough indexed shingles gets exact measures: shingle
 * Jaccard and containments, entity-set Jaccard, TF-IDF cosine.
 */
public final class OverlapStage implements Stage<OverlapStage.Input, OverlapStage.Result> {
  private static final String SHINGLES = "shingles";
  private static final String ENTITIES = "entities";
  private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType);

  /** Sums of these are exact (18 decimals, 20 integer digits), so they do not depend on order. */
  private static final DataType EXACT = DataTypes.createDecimalType(38, 18);

  private final int minSharedShingles;

  /**
   * @param index the corpus's shingle index
   * @param mentions the mentions table (for entity sets)
   * @param documents documents in the corpus (for idf)
   */
  public record Input(IndexStage.Result index, Dataset<Row> mentions, long documents) {}

  /**
   * @param docOverlap the doc_overlap table
   */
  public record Result(Dataset<Row> docOverlap) implements StageResult {
    @Override
    public List<TableOutput> tables() {
      return List.of(TableOutput.whole(DocOverlapTable.TABLE, docOverlap));
    }
  }

  /**
   * @param minSharedShingles a pair must share this many indexed shingles
   */
  public OverlapStage(int minSharedShingles) {
    if (minSharedShingles < 1) {
      throw new IllegalArgumentException(
          "min shared shingles must be at least 1: " + minSharedShingles);
    }
    this.minSharedShingles = minSharedShingles;
  }

  @Override
  public String name() {
    return "overlap";
  }

  @Override
  public String description() {
    return "document overlap: candidate pairs, measures";
  }

  @Override
  public Result run(Input input) {
    return new Result(
        docOverlap(
            input.index().features(),
            input.index().candidates(),
            input.mentions(),
            input.documents()));
  }

  /**
   * doc_overlap: candidate pairs ({@link Candidates}) that share at least {@code minSharedShingles}
   * indexed shingles, with exact measures.
   *
   * @param features {@link TextFeatures} rows
   */
  public Dataset<Row> docOverlap(
      Dataset<Row> features, Dataset<Row> candidatePairs, Dataset<Row> mentions, long nDocs) {
    Dataset<Row> candidates =
        candidatePairs
            // A pair must share enough indexed shingles: a single shared 5-gram is a
            // coincidence in a large corpus, and keeping every such pair makes the exact
            // measures below cost far more than the real overlap.
            .filter(col(Candidates.SHARED_INDEXED).geq(minSharedShingles))
            .select(col(DocOverlapTable.DOC_A), col(DocOverlapTable.DOC_B));

    Dataset<Row> entitySets =
        mentions.groupBy(col(Cols.DOC_ID)).agg(collect_set(col(Cols.ENTITY_ID)).as(ENTITIES));
    Dataset<Row> side =
        features
            .select(
                col(Cols.DOC_ID),
                col(Cols.SOURCE),
                array_sort(array_distinct(col(TextFeatures.SHINGLE_SEQ))).as(SHINGLES))
            .join(entitySets, new String[] {Cols.DOC_ID}, "left")
            .join(
                TfIdf.vectors(features, TextFeatures.TERMS, nDocs),
                new String[] {Cols.DOC_ID},
                "left")
            .toDF();
    Dataset<Row> a = SparkPlans.prefixed(side, "a_");
    Dataset<Row> b = SparkPlans.prefixed(side, "b_");
    Column shared = size(array_intersect(col("a_" + SHINGLES), col("b_" + SHINGLES)));
    Column na = size(col("a_" + SHINGLES));
    Column nb = size(col("b_" + SHINGLES));
    Column ea = coalesce(col("a_" + ENTITIES), array().cast(STRINGS));
    Column eb = coalesce(col("b_" + ENTITIES), array().cast(STRINGS));
    Column unionSize = size(array_union(ea, eb));
    Column s = col(DocOverlapTable.SHARED_SHINGLES).cast("double");
    Column sa = col(DocOverlapTable.SHINGLES_A).cast("double");
    Column sb = col(DocOverlapTable.SHINGLES_B).cast("double");
    return candidates
        .join(a, col(DocOverlapTable.DOC_A).equalTo(col("a_" + Cols.DOC_ID)))
        .join(b, col(DocOverlapTable.DOC_B).equalTo(col("b_" + Cols.DOC_ID)))
        .select(
            col(DocOverlapTable.DOC_A),
            col(DocOverlapTable.DOC_B),
            col("a_" + Cols.SOURCE).as(Cols.SOURCE_A),
            col("b_" + Cols.SOURCE).as(Cols.SOURCE_B),
            na.as(DocOverlapTable.SHINGLES_A),
            nb.as(DocOverlapTable.SHINGLES_B),
            shared.as(DocOverlapTable.SHARED_SHINGLES),
            when(unionSize.equalTo(0), lit(0.0))
                .otherwise(size(array_intersect(ea, eb)).cast("double").divide(unionSize))
                .as(DocOverlapTable.ENTITY_JACCARD),
            TfIdf.cosine("a_", "b_").as(DocOverlapTable.TFIDF_COSINE))
        .filter(col(DocOverlapTable.SHARED_SHINGLES).geq(minSharedShingles))
        .withColumn(DocOverlapTable.SHINGLE_JACCARD, s.divide(sa.plus(sb).minus(s)))
        .withColumn(DocOverlapTable.CONTAINMENT_A_IN_B, s.divide(sa))
        .withColumn(DocOverlapTable.CONTAINMENT_B_IN_A, s.divide(sb))
        .select(DocOverlapTable.TABLE.selectColumns());
  }

  /**
   * Aggregates document pairs and reuse passages per outlet pair, oriented so that source_a <=
   * source_b: how much text they share, and who had it first.
   */
  public static Dataset<Row> sourceOverlap(
      Dataset<Row> docOverlap, Dataset<Row> passages, Dataset<Row> features) {
    Column swap = col(Cols.SOURCE_A).gt(col(Cols.SOURCE_B));
    Dataset<Row> oriented =
        docOverlap.select(
            when(swap, col(Cols.SOURCE_B)).otherwise(col(Cols.SOURCE_A)).as(Cols.SOURCE_A),
            when(swap, col(Cols.SOURCE_A)).otherwise(col(Cols.SOURCE_B)).as(Cols.SOURCE_B),
            when(swap, col(DocOverlapTable.CONTAINMENT_B_IN_A))
                .otherwise(col(DocOverlapTable.CONTAINMENT_A_IN_B))
                .as(DocOverlapTable.CONTAINMENT_A_IN_B),
            when(swap, col(DocOverlapTable.CONTAINMENT_A_IN_B))
                .otherwise(col(DocOverlapTable.CONTAINMENT_B_IN_A))
                .as(DocOverlapTable.CONTAINMENT_B_IN_A),
            col(DocOverlapTable.SHARED_SHINGLES),
            col(DocOverlapTable.SHINGLE_JACCARD),
            col(DocOverlapTable.ENTITY_JACCARD),
            col(DocOverlapTable.TFIDF_COSINE));
    Dataset<Row> byDocPairs =
        oriented
            .groupBy(col(Cols.SOURCE_A), col(Cols.SOURCE_B))
            .agg(
                count("*").as(SourceOverlapTable.DOC_PAIRS),
                sum(col(DocOverlapTable.SHARED_SHINGLES))
                    .cast("long")
                    .as(SourceOverlapTable.SHARED_SHINGLES),
                max(col(DocOverlapTable.SHINGLE_JACCARD))
                    .as(SourceOverlapTable.MAX_SHINGLE_JACCARD),
                exactMean(col(DocOverlapTable.SHINGLE_JACCARD))
                    .as(SourceOverlapTable.MEAN_SHINGLE_JACCARD),
                max(col(DocOverlapTable.CONTAINMENT_A_IN_B))
                    .as(SourceOverlapTable.MAX_CONTAINMENT_A_IN_B),
                max(col(DocOverlapTable.CONTAINMENT_B_IN_A))
                    .as(SourceOverlapTable.MAX_CONTAINMENT_B_IN_A),
                exactMean(col(DocOverlapTable.ENTITY_JACCARD))
                    .as(SourceOverlapTable.MEAN_ENTITY_JACCARD),
                exactMean(col(DocOverlapTable.TFIDF_COSINE))
                    .as(SourceOverlapTable.MEAN_TFIDF_COSINE));

    // Direction: the side whose document came first (first_doc), after orienting the outlets.
    Column pswap = col(Cols.SOURCE_A).gt(col(Cols.SOURCE_B));
    Column firstSource =
        when(
                col(ReusePassagesTable.FIRST_DOC).equalTo(col(ReusePassagesTable.DOC_A)),
                col(Cols.SOURCE_A))
            .when(
                col(ReusePassagesTable.FIRST_DOC).equalTo(col(ReusePassagesTable.DOC_B)),
                col(Cols.SOURCE_B));
    Dataset<Row> byPassages =
        passages
            .select(
                when(pswap, col(Cols.SOURCE_B)).otherwise(col(Cols.SOURCE_A)).as(Cols.SOURCE_A),
                when(pswap, col(Cols.SOURCE_A)).otherwise(col(Cols.SOURCE_B)).as(Cols.SOURCE_B),
                firstSource.as("first_source"))
            .groupBy(col(Cols.SOURCE_A), col(Cols.SOURCE_B))
            .agg(
                count("*").as(SourceOverlapTable.PASSAGES),
                sum(when(col("first_source").equalTo(col(Cols.SOURCE_A)), 1).otherwise(0))
                    .cast("long")
                    .as(SourceOverlapTable.PASSAGES_A_TO_B),
                sum(when(
                            col("first_source")
                                .equalTo(col(Cols.SOURCE_B))
                                .and(col(Cols.SOURCE_A).notEqual(col(Cols.SOURCE_B))),
                            1)
                        .otherwise(0))
                    .cast("long")
                    .as(SourceOverlapTable.PASSAGES_B_TO_A));
    Dataset<Row> docsPerSource = features.groupBy(col(Cols.SOURCE)).agg(count("*").as("n"));
    return byDocPairs
        .join(byPassages, new String[] {Cols.SOURCE_A, Cols.SOURCE_B}, "full")
        .na()
        .fill(
            0L,
            new String[] {
              SourceOverlapTable.DOC_PAIRS,
              SourceOverlapTable.SHARED_SHINGLES,
              SourceOverlapTable.PASSAGES,
              SourceOverlapTable.PASSAGES_A_TO_B,
              SourceOverlapTable.PASSAGES_B_TO_A
            })
        .join(
            docsPerSource
                .withColumnRenamed(Cols.SOURCE, Cols.SOURCE_A)
                .withColumnRenamed("n", SourceOverlapTable.DOCS_A),
            Cols.SOURCE_A)
        .join(
            docsPerSource
                .withColumnRenamed(Cols.SOURCE, Cols.SOURCE_B)
                .withColumnRenamed("n", SourceOverlapTable.DOCS_B),
            Cols.SOURCE_B)
        .select(SourceOverlapTable.TABLE.selectColumns());
  }

  /**
   * The mean of values in [0, 1] summed as decimals: a decimal sum is exact, so the same in any
   * order, where a floating-point sum depends on the order the shuffle delivered the rows in.
   */
  private static Column exactMean(Column c) {
    return avg(c.cast(EXACT)).cast(DataTypes.DoubleType);
  }
}
