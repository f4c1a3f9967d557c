package org.wirelens.index;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocOverlapTable;

/**
 * Candidate document pairs from the inverted index of word shingles, in one pass over the postings
 * grouped by shingle (passim's postings -> pairs), with the shared shingles' positions as anchors
 * for alignment.
 *
 * <p>Which documents sharing a shingle are paired is {@link PairPlan}'s rule: every two of up to
 * {@code maxDf}, each with the earliest (by publication date, then id) above that. Star pairs do
 * not count as shared indexed shingles for {@code doc_overlap}; for reuse they are aligned like any
 * other pair.
 */
public final class Candidates {
  /** Shared shingles indexed (in at most maxDf documents): what doc_overlap counts. */
  public static final String SHARED_INDEXED = "shared_indexed";

  /** (pos_a, pos_b) of every shared shingle occurrence: shingle positions in each document. */
  public static final String ANCHORS = "anchors";

  /** True when the pair came (also) through a representative of heavily shared text. */
  public static final String SYNDICATION = "syndication";

  private static final String POS_A = "pos_a";
  private static final String POS_B = "pos_b";

  /** Positions of one shingle kept per document: repetition inside a document adds nothing. */
  private static final int MAX_POSITIONS = 4;

  private static final String SHINGLE = "shingle";
  private static final String ORDER = "order_key";
  private static final String POS = "pos";
  private static final String POSTS = "posts";
  private static final String INDEXED = "indexed";

  private static final StructType ANCHOR_ROWS =
      new StructType()
          .add(DocOverlapTable.DOC_A, DataTypes.StringType, false)
          .add(DocOverlapTable.DOC_B, DataTypes.StringType, false)
          .add(SHINGLE, DataTypes.LongType, false)
          .add(POS_A, DataTypes.IntegerType, false)
          .add(POS_B, DataTypes.IntegerType, false)
          .add(INDEXED, DataTypes.BooleanType, false);

  /** Earliest first: day, then time when given, unknown dates last, then document id. */
  private static final UserDefinedFunction ORDER_KEY =
      udf(
              (UDF2<String, String, String>)
                  (published, docId) -> {
                    String when = Published.sortKey(published, true);
                    return (when == null ? "~" : when) + "\u0000" + docId;
                  },
              DataTypes.StringType)
          .asNonNullable();

  private Candidates() {}

  /**
   * A key that sorts rows earliest first: day, then time when given, unknown dates last, then
   * {@code id}.
   */
  public static Column orderKey(Column published, Column id) {
    return ORDER_KEY.apply(published, id);
  }

  /**
   * Candidate pairs ({@code doc_a < doc_b}) with {@link #SHARED_INDEXED}, {@link #ANCHORS} and
   * {@link #SYNDICATION}, from {@link TextFeatures} rows.
   */
  public static Dataset<Row> find(Dataset<Row> features, int maxDf) {
    return find(features, maxDf, Long.MAX_VALUE);
  }

  /**
   * As {@link #find(Dataset, int)}, ignoring shingles in more than {@code maxStarDf} documents:
   * phrases that common are the language, not a story (and their postings are one task's list).
   */
  public static Dataset<Row> find(Dataset<Row> features, int maxDf, long maxStarDf) {
    Dataset<Row> postings =
        features
            .select(
                col(Cols.DOC_ID),
                orderKey(col(TextFeatures.PUBLISHED), col(Cols.DOC_ID)).as(ORDER),
                posexplode(col(TextFeatures.SHINGLE_SEQ)).as(new String[] {POS, SHINGLE}))
            .groupBy(col(SHINGLE))
            .agg(collect_list(struct(col(ORDER), col(Cols.DOC_ID), col(POS))).as(POSTS));
    Dataset<Row> anchors =
        postings.flatMap(
            (FlatMapFunction<Row, Row>)
                r -> pairs(r.getAs(SHINGLE), r.getList(r.fieldIndex(POSTS)), maxDf, maxStarDf),
            Encoders.row(ANCHOR_ROWS));
    return anchors
        .groupBy(col(DocOverlapTable.DOC_A), col(DocOverlapTable.DOC_B))
        .agg(
            countDistinct(when(col(INDEXED), col(SHINGLE))).cast("int").as(SHARED_INDEXED),
            collect_list(struct(col(POS_A), col(POS_B))).as(ANCHORS),
            max(col(INDEXED).unary_$bang()).as(SYNDICATION));
  }

  /** The anchor rows one shingle's postings yield. */
  static Iterator<Row> pairs(long shingle, List<Row> posts, int maxDf, long maxStarDf) {
    // Document -> (order key, positions), sorted by document id for a stable output.
    Map<String, List<Integer>> positions = new TreeMap<>();
    Map<String, String> order = new TreeMap<>();
    for (Row p : posts) {
      String doc = p.getAs(Cols.DOC_ID);
      order.put(doc, p.getAs(ORDER));
      positions.computeIfAbsent(doc, d -> new ArrayList<>()).add(p.<Integer>getAs(POS));
    }
    // The first positions in the text, not the first the shuffle delivered: the same anchors
    // whatever the partitioning.
    for (List<Integer> list : positions.values()) {
      list.sort(null);
      if (list.size() > MAX_POSITIONS) {
        list.subList(MAX_POSITIONS, list.size()).clear();
      }
    }
    List<String> docs = new ArrayList<>(positions.keySet());
    List<Row> out = new ArrayList<>();
    PairPlan.pairs(
        new ArrayList<>(order.values()),
        maxDf,
        maxStarDf,
        (x, y, indexed) -> emit(out, shingle, docs.get(x), docs.get(y), positions, indexed));
    return out.iterator();
  }

  private static void emit(
      List<Row> out,
      long shingle,
      String a,
      String b,
      Map<String, List<Integer>> positions,
      boolean indexed) {
    for (int pa : positions.get(a)) {
      for (int pb : positions.get(b)) {
        out.add(RowFactory.create(a, b, shingle, pa, pb, indexed));
      }
    }
  }
}
