package org.wirelens.index;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.wirelens.tables.Cols;

/**
 * Unit-length TF-IDF vectors of documents' terms, as term-sorted arrays, and the cosine of two of
 * them in one merge pass ({@link SparseDot}): doc_overlap's cosine and the stories' similarity. idf
 * = ln((N + 1) / (df + 1)) + 1.
 */
public final class TfIdf {
  /** The vector's terms, ascending. */
  public static final String VECTOR_TERMS = "tfidf_terms";

  /** Their weights, the vector of unit length. */
  public static final String VECTOR_WEIGHTS = "tfidf_weights";

  private static final String TERM = "term";
  private static final String WEIGHT = "weight";
  private static final String DF = "df";

  private static final UserDefinedFunction SPARSE_DOT =
      udf(new SparseDot(), DataTypes.DoubleType).asNonNullable();

  /** Sums of these are exact (18 decimals, 20 integer digits), so they do not depend on order. */
  private static final DataType EXACT = DataTypes.createDecimalType(38, 18);

  private TfIdf() {}

  /**
   * Each document's unit-length TF-IDF vector ({@code doc_id}, {@link #VECTOR_TERMS}, {@link
   * #VECTOR_WEIGHTS}) from its terms (an array column, a term once per occurrence) as two parallel
   * arrays, terms in ascending order and their weights, computed once per corpus and joined to
   * candidate pairs alongside the shingles, so the cosine costs one merge pass per pair ({@link
   * SparseDot}) rather than a join over all terms of all pairs.
   */
  public static Dataset<Row> vectors(Dataset<Row> docs, String termsColumn, long nDocs) {
    Dataset<Row> tf =
        docs.select(col(Cols.DOC_ID), explode(col(termsColumn)).as(TERM))
            .groupBy(col(Cols.DOC_ID), col(TERM))
            .agg(count("*").as("tf"));
    Dataset<Row> df = tf.groupBy(col(TERM)).agg(count("*").as(DF));
    Column idf = log(lit((double) nDocs + 1).divide(col(DF).plus(1))).plus(1.0);
    return tf.join(df, TERM)
        .select(col(Cols.DOC_ID), col(TERM), col("tf").multiply(idf).as(WEIGHT))
        .groupBy(col(Cols.DOC_ID))
        .agg(
            // Summed as decimals: exact, so the same whatever order the rows arrive in (a
            // floating-point sum in shuffle order moved a cosine's 12th decimal under another
            // partitioning). In the aggregation itself: a norm computed from the collected array
            // would be inlined into the transform below and recomputed for every term of every
            // candidate pair.
            sqrt(sum(col(WEIGHT).multiply(col(WEIGHT)).cast(EXACT)).cast(DataTypes.DoubleType))
                .as("norm"),
            // structs sort by their first field: the terms, each once per document
            array_sort(collect_list(struct(col(TERM), col(WEIGHT)))).as("weights"))
        .select(
            col(Cols.DOC_ID),
            transform(col("weights"), w -> w.getField(TERM)).as(VECTOR_TERMS),
            transform(col("weights"), w -> w.getField(WEIGHT).divide(col("norm")))
                .as(VECTOR_WEIGHTS));
  }

  /** Cosine of two unit vectors (their dot product); 0 when either document has no terms. */
  public static Column cosine(String prefixA, String prefixB) {
    Column dot =
        SPARSE_DOT.apply(
            col(prefixA + VECTOR_TERMS),
            col(prefixA + VECTOR_WEIGHTS),
            col(prefixB + VECTOR_TERMS),
            col(prefixB + VECTOR_WEIGHTS));
    return when(
            col(prefixA + VECTOR_TERMS).isNull().or(col(prefixB + VECTOR_TERMS).isNull()), lit(0.0))
        .otherwise(stable(dot));
  }

  /**
   * Rounded to 12 decimals: the cosine's terms are added in term order (deterministic), but the
   * output should not show the last bits of floating-point arithmetic either.
   */
  private static Column stable(Column c) {
    return org.apache.spark.sql.functions.bround(c, 12);
  }
}
