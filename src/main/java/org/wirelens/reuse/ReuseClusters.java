package org.wirelens.reuse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirelens.index.Components;
import org.wirelens.index.Published;
import org.wirelens.index.TextFeatures;
import org.wirelens.tables.Cols;
import org.wirelens.tables.ReuseClustersTable;
import org.wirelens.tables.ReusePassagesTable;
import scala.collection.Seq;

/**
 * Reuse clusters: the passages of {@link ReuseStage} as a graph whose nodes are document spans
 * (spans of one document that overlap by at least half of the shorter are one node) and whose edges
 * are the aligned passages; its connected components are the clusters, found with Spark joins by
 * minimum-label propagation with pointer jumping (a handful of rounds: each round at least halves
 * the distance to a component's smallest node), so their cost is linear in the passages.
 */
public final class ReuseClusters {
  private static final Logger LOG = LoggerFactory.getLogger(ReuseClusters.class);

  private static final String PASSAGE = "passage";
  private static final String SIDE = "side";
  private static final String NODE = Components.NODE;
  private static final String LABEL = Components.LABEL;
  private static final String NODE_A = Components.NODE_A;
  private static final String NODE_B = Components.NODE_B;
  private static final String SPANS = "spans";
  private static final String KEY = "time_key";
  private static final String WITH_TIME = "with_time";

  private static final StructType NODE_OF_SPAN =
      new StructType()
          .add(PASSAGE, DataTypes.LongType, false)
          .add(SIDE, DataTypes.StringType, false)
          .add(Cols.DOC_ID, DataTypes.StringType, false)
          .add(NODE, DataTypes.StringType, false)
          .add(Cols.BEGIN, DataTypes.IntegerType, false)
          .add(Cols.END, DataTypes.IntegerType, false);

  /**
   * The two tables, passages with their cluster and cluster members, and what was cached to compute
   * them: {@link #release} once both are written.
   */
  public record Result(Dataset<Row> passages, Dataset<Row> members, List<Dataset<Row>> cached) {
    public void release() {
      cached.forEach(Dataset::unpersist);
    }
  }

  private ReuseClusters() {}

  /**
   * @param passages {@link ReuseStage#passages} rows
   * @param features {@link TextFeatures} rows (for the word counts of members)
   */
  public static Result cluster(Dataset<Row> passages, Dataset<Row> features) {
    Dataset<Row> numbered =
        passages.withColumn(
            PASSAGE,
            xxhash64(
                col(ReusePassagesTable.DOC_A),
                col(ReusePassagesTable.BEGIN_A),
                col(ReusePassagesTable.DOC_B),
                col(ReusePassagesTable.BEGIN_B)));
    Dataset<Row> sides =
        numbered
            .select(
                col(PASSAGE),
                lit("a").as(SIDE),
                col(ReusePassagesTable.DOC_A).as(Cols.DOC_ID),
                col(ReusePassagesTable.BEGIN_A).as(Cols.BEGIN),
                col(ReusePassagesTable.END_A).as(Cols.END))
            .unionByName(
                numbered.select(
                    col(PASSAGE),
                    lit("b").as(SIDE),
                    col(ReusePassagesTable.DOC_B).as(Cols.DOC_ID),
                    col(ReusePassagesTable.BEGIN_B).as(Cols.BEGIN),
                    col(ReusePassagesTable.END_B).as(Cols.END)));
    // Spans of each document merged into nodes, in one pass over the document's spans.
    Dataset<Row> spanNodes =
        sides
            .groupBy(col(Cols.DOC_ID))
            .agg(
                collect_list(struct(col(Cols.BEGIN), col(Cols.END), col(PASSAGE), col(SIDE)))
                    .as(SPANS))
            .flatMap(
                (FlatMapFunction<Row, Row>) r -> nodes(r.getString(0), r.getList(1)),
                Encoders.row(NODE_OF_SPAN))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> ends = spanNodes.select(col(PASSAGE), col(SIDE), col(NODE));
    Dataset<Row> edges =
        ends.filter(col(SIDE).equalTo("a"))
            .select(col(PASSAGE), col(NODE).as(NODE_A))
            .join(
                ends.filter(col(SIDE).equalTo("b")).select(col(PASSAGE), col(NODE).as(NODE_B)),
                PASSAGE)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> labels = Components.of(edges, "reuse clusters");

    Column clusterId = concat(lit("rc-"), lower(lpad(hex(xxhash64(col(LABEL))), 16, "0")));
    Dataset<Row> nodeCluster =
        labels.select(col(NODE), clusterId.as(ReuseClustersTable.CLUSTER_ID));
    Dataset<Row> linked =
        numbered
            .join(edges.select(col(PASSAGE), col(NODE_A)), PASSAGE)
            .join(nodeCluster.withColumnRenamed(NODE, NODE_A), NODE_A)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> passagesOut = linked.select(ReusePassagesTable.TABLE.selectColumns());

    // Cluster figures: links and how many of them stay within one outlet.
    Dataset<Row> links =
        linked
            .groupBy(col(ReuseClustersTable.CLUSTER_ID))
            .agg(
                count("*").as(ReuseClustersTable.N_LINKS),
                sum(when(col(Cols.SOURCE_A).equalTo(col(Cols.SOURCE_B)), 1).otherwise(0))
                    .as("within"));
    Dataset<Row> docInfo =
        features.select(
            col(Cols.DOC_ID),
            col(Cols.SOURCE),
            col(TextFeatures.PUBLISHED).as(ReuseClustersTable.PUBLISHED),
            col(TextFeatures.BEGINS));
    UserDefinedFunction wordsIn =
        udf(
                (UDF3<Seq<Integer>, Integer, Integer, Integer>) ReuseClusters::wordsIn,
                DataTypes.IntegerType)
            .asNonNullable();
    UserDefinedFunction hasTime =
        udf(
                (org.apache.spark.sql.api.java.UDF1<String, Boolean>) Published::hasTime,
                DataTypes.BooleanType)
            .asNonNullable();
    UserDefinedFunction timeKey =
        udf((UDF2<String, Boolean, String>) Published::sortKey, DataTypes.StringType);
    Dataset<Row> members =
        spanNodes
            .groupBy(col(NODE), col(Cols.DOC_ID))
            .agg(min(col(Cols.BEGIN)).as(Cols.BEGIN), max(col(Cols.END)).as(Cols.END))
            .join(nodeCluster, NODE)
            .join(docInfo, Cols.DOC_ID)
            .withColumn(
                ReuseClustersTable.WORDS,
                wordsIn.apply(col(TextFeatures.BEGINS), col(Cols.BEGIN), col(Cols.END)))
            .drop(TextFeatures.BEGINS);
    org.apache.spark.sql.expressions.WindowSpec byCluster =
        Window.partitionBy(col(ReuseClustersTable.CLUSTER_ID));
    // Members rank by time of day only when every dated member has one; undated members are
    // left out of the ranking (null rank) rather than forcing day precision on the others.
    Column timed =
        org.apache.spark.sql.functions.coalesce(
            min(when(
                    col(ReuseClustersTable.PUBLISHED).isNotNull(),
                    hasTime.apply(col(ReuseClustersTable.PUBLISHED))))
                .over(byCluster),
            lit(false));
    Dataset<Row> ranked =
        members
            .withColumn(WITH_TIME, timed)
            .withColumn(KEY, timeKey.apply(col(ReuseClustersTable.PUBLISHED), col(WITH_TIME)))
            .withColumn(
                ReuseClustersTable.TIME_RANK,
                when(col(KEY).isNull(), lit(null).cast(DataTypes.IntegerType))
                    .otherwise(
                        dense_rank()
                            .over(byCluster.orderBy(col(KEY).asc_nulls_last()))
                            .cast(DataTypes.IntegerType)));
    // Undated members have no ordering value, so min_by and max_by pass over them.
    Column dated = when(col(KEY).isNotNull(), struct(col(KEY), col(ReuseClustersTable.PUBLISHED)));
    Dataset<Row> figures =
        ranked
            .groupBy(col(ReuseClustersTable.CLUSTER_ID))
            .agg(
                countDistinct(col(Cols.DOC_ID)).as(ReuseClustersTable.N_DOCS),
                countDistinct(col(Cols.SOURCE)).as(ReuseClustersTable.N_SOURCES),
                countDistinct(when(col(ReuseClustersTable.TIME_RANK).equalTo(1), col(Cols.DOC_ID)))
                    .as("n_first"),
                count(when(col(KEY).isNull(), lit(1))).as("n_undated"),
                first(when(col(ReuseClustersTable.TIME_RANK).equalTo(1), col(Cols.DOC_ID)), true)
                    .as("a_first"),
                // By key, then by the text itself: equal keys (one day, one instant written with
                // two offsets) must not leave the choice to the order rows arrive in.
                min_by(col(ReuseClustersTable.PUBLISHED), dated)
                    .as(ReuseClustersTable.FIRST_PUBLISHED),
                max_by(col(ReuseClustersTable.PUBLISHED), dated)
                    .as(ReuseClustersTable.LAST_PUBLISHED))
            .join(links, ReuseClustersTable.CLUSTER_ID)
            .withColumn(
                ReuseClustersTable.ORIGIN_DOC,
                // An undated member could have come first: no origin then either.
                when(col("n_first").equalTo(1).and(col("n_undated").equalTo(0)), col("a_first"))
                    .otherwise(lit(null).cast(DataTypes.StringType)))
            .withColumn(
                ReuseClustersTable.WITHIN_SOURCE_SHARE,
                org.apache.spark.sql.functions.bround(
                    col("within").cast("double").divide(col(ReuseClustersTable.N_LINKS)), 12))
            .withColumn(
                ReuseClustersTable.BOILERPLATE, col(ReuseClustersTable.WITHIN_SOURCE_SHARE).gt(0.5))
            .drop("n_first", "n_undated", "a_first", "within");
    Dataset<Row> membersOut =
        ranked
            .join(figures, ReuseClustersTable.CLUSTER_ID)
            .withColumn(
                ReuseClustersTable.IS_ORIGIN,
                org.apache.spark.sql.functions.coalesce(
                    col(Cols.DOC_ID).equalTo(col(ReuseClustersTable.ORIGIN_DOC)), lit(false)))
            .select(ReuseClustersTable.TABLE.selectColumns());
    return new Result(passagesOut, membersOut, List.of(spanNodes, edges, labels, linked));
  }

  /** The document's spans merged into nodes: one output row per span, with its node. */
  static Iterator<Row> nodes(String doc, List<Row> spans) {
    List<Row> sorted = new ArrayList<>(spans);
    sorted.sort(
        Comparator.comparingInt((Row s) -> s.getInt(0))
            .thenComparingInt(s -> s.getInt(1))
            .thenComparingLong(s -> s.getLong(2))
            .thenComparing(s -> s.getString(3)));
    List<Row> out = new ArrayList<>(sorted.size());
    int nodeBegin = -1;
    int nodeEnd = -1;
    for (Row s : sorted) {
      int b = s.getInt(0);
      int e = s.getInt(1);
      int overlap = Math.min(e, nodeEnd) - Math.max(b, nodeBegin);
      boolean joins = nodeBegin >= 0 && overlap * 2 >= Math.min(e - b, nodeEnd - nodeBegin);
      if (joins) {
        nodeEnd = Math.max(nodeEnd, e);
      } else {
        nodeBegin = b;
        nodeEnd = e;
      }
      out.add(RowFactory.create(s.getLong(2), s.getString(3), doc, key(doc, nodeBegin), b, e));
    }
    return out.iterator();
  }

  /** A node's key: document and start, so the smallest key of a component is its first member. */
  static String key(String doc, int begin) {
    return doc + "\u0000" + String.format("%010d", begin);
  }

  private static int wordsIn(Seq<Integer> begins, Integer from, Integer to) {
    int lo = 0;
    int hi = begins.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (begins.apply(mid) < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int count = 0;
    for (int i = lo; i < begins.length() && begins.apply(i) < to; i++) {
      count++;
    }
    return count;
  }
}
