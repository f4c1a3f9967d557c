package org.wirelens.reuse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.wirelens.SparkPlans;
import org.wirelens.index.Candidates;
import org.wirelens.index.IndexStage;
import org.wirelens.index.Published;
import org.wirelens.index.TextFeatures;
import org.wirelens.overlap.OverlapStage;
import org.wirelens.stage.Stage;
import org.wirelens.stage.StageResult;
import org.wirelens.stage.TableOutput;
import org.wirelens.tables.Cols;
import org.wirelens.tables.ReuseClustersTable;
import org.wirelens.tables.ReusePassagesTable;
import org.wirelens.tables.SourceOverlapTable;
import scala.collection.Seq;

/**
 * Aligned passages between documents: for each candidate pair ({@link Candidates}), a cheap test on
 * its anchors first (most pairs share a stock phrase or two and hold no passage), then the exact
 * word alignment ({@link Aligner}) on the two documents' words, with spans in UTF-16 offsets and
 * which side was published first where the dates tell ({@link Published}).
 */
public final class ReuseStage implements Stage<ReuseStage.Input, ReuseStage.Result> {
  /** The most words an edit may insert, delete or replace inside one passage. */
  public static final int MAX_GAP_WORDS = 25;

  private static final String PASSAGES = "passages";
  private static final String P = "p";

  private static final StructType PASSAGE =
      new StructType()
          .add(ReusePassagesTable.BEGIN_A, DataTypes.IntegerType, false)
          .add(ReusePassagesTable.END_A, DataTypes.IntegerType, false)
          .add(ReusePassagesTable.BEGIN_B, DataTypes.IntegerType, false)
          .add(ReusePassagesTable.END_B, DataTypes.IntegerType, false)
          .add(ReusePassagesTable.WORDS_A, DataTypes.IntegerType, false)
          .add(ReusePassagesTable.WORDS_B, DataTypes.IntegerType, false)
          .add(ReusePassagesTable.MATCHED_WORDS, DataTypes.IntegerType, false)
          .add(ReusePassagesTable.IDENTITY, DataTypes.DoubleType, false);

  private final Aligner aligner;
  private final int minWords;

  /**
   * @param index the corpus's shingle index
   * @param docOverlap the doc_overlap table, which source_overlap sums per outlet pair
   */
  public record Input(IndexStage.Result index, Dataset<Row> docOverlap) {}

  /**
   * Passages (cached, as the clusters read them twice) and their clusters; source_overlap is built
   * from the passages as written.
   */
  public record Result(
      Dataset<Row> passages,
      ReuseClusters.Result clusters,
      Dataset<Row> docOverlap,
      Dataset<Row> features)
      implements StageResult {
    @Override
    public List<TableOutput> tables() {
      return List.of(
          TableOutput.whole(ReusePassagesTable.TABLE, clusters.passages()),
          TableOutput.whole(ReuseClustersTable.TABLE, clusters.members()),
          TableOutput.whole(
              SourceOverlapTable.TABLE,
              written ->
                  OverlapStage.sourceOverlap(
                      docOverlap, written.table(ReusePassagesTable.TABLE), features)));
    }

    @Override
    public void close() {
      clusters.release();
      passages.unpersist();
    }
  }

  /**
   * @param shingleSize words per anchor shingle (the index's shingles)
   * @param minWords the fewest matching words a passage must have
   */
  public ReuseStage(int shingleSize, int minWords) {
    if (minWords < shingleSize) {
      throw new IllegalArgumentException(
          "min passage words (" + minWords + ") must be at least the shingle size " + shingleSize);
    }
    this.aligner = new Aligner(shingleSize, MAX_GAP_WORDS, minWords);
    this.minWords = minWords;
  }

  @Override
  public String name() {
    return "reuse";
  }

  @Override
  public String description() {
    return "text reuse: aligned passages, clusters, direction per outlet pair";
  }

  @Override
  public Result run(Input input) {
    Dataset<Row> features = input.index().features();
    Dataset<Row> passages =
        passages(features, input.index().candidates()).persist(StorageLevel.MEMORY_AND_DISK());
    return new Result(
        passages, ReuseClusters.cluster(passages, features), input.docOverlap(), features);
  }

  /**
   * The passages of every candidate pair, as reuse_passages rows without their cluster.
   *
   * @param features {@link TextFeatures} rows
   * @param candidates {@link Candidates#find} rows
   */
  public Dataset<Row> passages(Dataset<Row> features, Dataset<Row> candidates) {
    Aligner a = aligner;
    // A chain of anchors covering fewer words than this cannot grow into a passage of minWords
    // matching words: the alignment adds only what lies between and just beyond its anchors.
    int roughMin = (int) Math.ceil(0.6 * minWords);
    UserDefinedFunction promising =
        udf(
                (UDF1<Seq<Row>, Boolean>)
                    anchors -> {
                      int n = anchors.length();
                      int[] pa = new int[n];
                      int[] pb = new int[n];
                      for (int i = 0; i < n; i++) {
                        pa[i] = anchors.apply(i).getInt(0);
                        pb[i] = anchors.apply(i).getInt(1);
                      }
                      return a.bestChainCoverage(pa, pb) >= roughMin;
                    },
                DataTypes.BooleanType)
            .asNonNullable();
    UserDefinedFunction align =
        udf(new Align(aligner), DataTypes.createArrayType(PASSAGE, false)).asNonNullable();
    UserDefinedFunction firstSide =
        udf(
            (UDF2<String, String, String>)
                (pa, pb) -> {
                  Integer c = Published.compare(pa, pb);
                  return c == null ? null : c < 0 ? "a" : "b";
                },
            DataTypes.StringType);

    Dataset<Row> pairs =
        candidates
            .filter(promising.apply(col(Candidates.ANCHORS)))
            .select(
                col(ReusePassagesTable.DOC_A),
                col(ReusePassagesTable.DOC_B),
                col(Candidates.SYNDICATION));
    Dataset<Row> side =
        features.select(
            col(Cols.DOC_ID),
            col(Cols.SOURCE),
            col(TextFeatures.PUBLISHED),
            col(TextFeatures.WORDS),
            col(TextFeatures.BEGINS),
            col(TextFeatures.ENDS));
    Dataset<Row> sa = SparkPlans.prefixed(side, "a_");
    Dataset<Row> sb = SparkPlans.prefixed(side, "b_");
    Dataset<Row> aligned =
        pairs
            .join(sa, col(ReusePassagesTable.DOC_A).equalTo(col("a_" + Cols.DOC_ID)))
            .join(sb, col(ReusePassagesTable.DOC_B).equalTo(col("b_" + Cols.DOC_ID)))
            .select(
                col(ReusePassagesTable.DOC_A),
                col(ReusePassagesTable.DOC_B),
                col("a_" + Cols.SOURCE).as(Cols.SOURCE_A),
                col("b_" + Cols.SOURCE).as(Cols.SOURCE_B),
                col("a_" + TextFeatures.PUBLISHED).as(ReusePassagesTable.PUBLISHED_A),
                col("b_" + TextFeatures.PUBLISHED).as(ReusePassagesTable.PUBLISHED_B),
                col(Candidates.SYNDICATION),
                align
                    .apply(
                        col("a_" + TextFeatures.WORDS),
                        col("a_" + TextFeatures.BEGINS),
                        col("a_" + TextFeatures.ENDS),
                        col("b_" + TextFeatures.WORDS),
                        col("b_" + TextFeatures.BEGINS),
                        col("b_" + TextFeatures.ENDS))
                    .as(PASSAGES));
    Column first =
        firstSide.apply(col(ReusePassagesTable.PUBLISHED_A), col(ReusePassagesTable.PUBLISHED_B));
    return aligned
        .select(col("*"), explode(col(PASSAGES)).as(P))
        .select(
            col(ReusePassagesTable.DOC_A),
            col(P + "." + ReusePassagesTable.BEGIN_A).as(ReusePassagesTable.BEGIN_A),
            col(P + "." + ReusePassagesTable.END_A).as(ReusePassagesTable.END_A),
            col(ReusePassagesTable.DOC_B),
            col(P + "." + ReusePassagesTable.BEGIN_B).as(ReusePassagesTable.BEGIN_B),
            col(P + "." + ReusePassagesTable.END_B).as(ReusePassagesTable.END_B),
            col(Cols.SOURCE_A),
            col(Cols.SOURCE_B),
            col(ReusePassagesTable.PUBLISHED_A),
            col(ReusePassagesTable.PUBLISHED_B),
            col(P + "." + ReusePassagesTable.WORDS_A).as(ReusePassagesTable.WORDS_A),
            col(P + "." + ReusePassagesTable.WORDS_B).as(ReusePassagesTable.WORDS_B),
            col(P + "." + ReusePassagesTable.MATCHED_WORDS).as(ReusePassagesTable.MATCHED_WORDS),
            col(P + "." + ReusePassagesTable.IDENTITY).as(ReusePassagesTable.IDENTITY),
            when(first.equalTo("a"), col(ReusePassagesTable.DOC_A))
                .when(first.equalTo("b"), col(ReusePassagesTable.DOC_B))
                .otherwise(lit(null).cast(DataTypes.StringType))
                .as(ReusePassagesTable.FIRST_DOC),
            when(col(Candidates.SYNDICATION), lit(ReusePassagesTable.BY_SYNDICATION))
                .otherwise(lit(ReusePassagesTable.BY_SHARED_SHINGLES))
                .as(ReusePassagesTable.FOUND_BY));
  }

  /** The alignment of one pair, in character offsets. */
  private static final class Align
      implements UDF6<
          Seq<Long>, Seq<Integer>, Seq<Integer>, Seq<Long>, Seq<Integer>, Seq<Integer>, Seq<Row>> {
    private static final long serialVersionUID = 1L;
    private final Aligner aligner;

    Align(Aligner aligner) {
      this.aligner = aligner;
    }

    @Override
    public Seq<Row> call(
        Seq<Long> wa,
        Seq<Integer> ba,
        Seq<Integer> ea,
        Seq<Long> wb,
        Seq<Integer> bb,
        Seq<Integer> eb) {
      long[] a = longs(wa);
      long[] b = longs(wb);
      List<Row> out = new ArrayList<>();
      for (Aligner.Passage p : aligner.align(a, b)) {
        out.add(
            RowFactory.create(
                ba.apply(p.aBegin()),
                ea.apply(p.aEnd() - 1),
                bb.apply(p.bBegin()),
                eb.apply(p.bEnd() - 1),
                p.aEnd() - p.aBegin(),
                p.bEnd() - p.bBegin(),
                p.matched(),
                Math.round(p.identity() * 1e6) / 1e6));
      }
      return org.wirelens.SparkRows.seq(out);
    }

    private static long[] longs(Seq<Long> s) {
      long[] out = new long[s.length()];
      for (int i = 0; i < out.length; i++) {
        out[i] = s.apply(i);
      }
      return out;
    }
  }
}
