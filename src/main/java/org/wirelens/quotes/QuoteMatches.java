package org.wirelens.quotes;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.SparkRows;
import org.wirelens.index.Candidates;
import org.wirelens.index.PairPlan;
import org.wirelens.index.Published;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocOverlapTable;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.QuoteMatchesTable;
import org.wirelens.tables.QuotesTable;

/**
 * The quote_matches table: pairs of quotations in different documents that quote the same words,
 * from an inverted index of their word shingles (the index's shingle hash and pair rule, {@link
 * PairPlan}), each pair measured exactly ({@link QuoteText}).
 */
final class QuoteMatches implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private static final String SHINGLE = "shingle";
  private static final String WORDS = "words";

  private static final StructType QUOTE_WORDS =
      new StructType()
          .add(Cols.DOC_ID, DataTypes.StringType, false)
          .add(QuotesTable.QUOTE_IDX, DataTypes.IntegerType, false)
          .add(WORDS, DataTypes.createArrayType(DataTypes.StringType, false), false);

  private static final StructType POSTING =
      new StructType()
          .add(SHINGLE, DataTypes.LongType, false)
          .add(Cols.DOC_ID, DataTypes.StringType, false)
          .add(QuotesTable.QUOTE_IDX, DataTypes.IntegerType, false);

  private static final String POSTS = "posts";
  private static final String ORDER = "order_key";
  private static final String WORDS_A = "words_a_list";
  private static final String WORDS_B = "words_b_list";

  private static final StructType PAIR =
      new StructType()
          .add(DocOverlapTable.DOC_A, DataTypes.StringType, false)
          .add(QuoteMatchesTable.QUOTE_IDX_A, DataTypes.IntegerType, false)
          .add(DocOverlapTable.DOC_B, DataTypes.StringType, false)
          .add(QuoteMatchesTable.QUOTE_IDX_B, DataTypes.IntegerType, false);

  private static final StructType MEASURED =
      new StructType()
          .add(DocOverlapTable.DOC_A, DataTypes.StringType, false)
          .add(QuoteMatchesTable.QUOTE_IDX_A, DataTypes.IntegerType, false)
          .add(DocOverlapTable.DOC_B, DataTypes.StringType, false)
          .add(QuoteMatchesTable.QUOTE_IDX_B, DataTypes.IntegerType, false)
          .add(QuoteMatchesTable.WORDS_A, DataTypes.IntegerType, false)
          .add(QuoteMatchesTable.WORDS_B, DataTypes.IntegerType, false)
          .add(QuoteMatchesTable.SHARED_WORDS, DataTypes.IntegerType, false)
          .add(QuoteMatchesTable.COVERAGE_A, DataTypes.DoubleType, false)
          .add(QuoteMatchesTable.COVERAGE_B, DataTypes.DoubleType, false)
          .add("matched", DataTypes.BooleanType, false);

  private static final UserDefinedFunction FIRST =
      udf((UDF2<String, String, Integer>) Published::compare, DataTypes.IntegerType);

  private final int maxShingleDf;

  /**
   * @param maxShingleDf a shingle in up to this many quotations pairs every two of them; one in
   *     more pairs each with the earliest
   */
  QuoteMatches(int maxShingleDf) {
    this.maxShingleDf = maxShingleDf;
  }

  /**
   * The quote_matches table: pairs of quotations in different documents that share indexed shingles
   * (postings, never a cross join), kept when they match ({@link QuoteText#matches}).
   *
   * @param quotes the quotes table
   * @param documents the documents table (source, published)
   */
  Dataset<Row> matches(Dataset<Row> quotes, Dataset<Row> documents) {
    Dataset<Row> words =
        quotes
            .filter(col(QuotesTable.KIND).notEqual(QuoteKind.INDIRECT.label()))
            .select(
                col(Cols.DOC_ID), col(QuotesTable.QUOTE_IDX), col(Cols.TEXT), col(QuotesTable.KIND))
            .map(
                (MapFunction<Row, Row>)
                    r ->
                        RowFactory.create(
                            r.getAs(Cols.DOC_ID),
                            r.getAs(QuotesTable.QUOTE_IDX),
                            SparkRows.seq(
                                QuoteText.quotedWords(
                                    r.getAs(Cols.TEXT),
                                    QuoteKind.valueOf(
                                        r.<String>getAs(QuotesTable.KIND)
                                            .toUpperCase(java.util.Locale.ROOT))))),
                Encoders.row(QUOTE_WORDS));
    // Spark hands the rows of the map above straight to this one, without their schema: fields are
    // found through the schema they were made with.
    int docAt = QUOTE_WORDS.fieldIndex(Cols.DOC_ID);
    int quoteAt = QUOTE_WORDS.fieldIndex(QuotesTable.QUOTE_IDX);
    int wordsAt = QUOTE_WORDS.fieldIndex(WORDS);
    Dataset<Row> postings =
        words.flatMap(
            (FlatMapFunction<Row, Row>)
                r -> {
                  List<Row> out = new ArrayList<>();
                  for (long h : QuoteText.shingles(r.<String>getList(wordsAt))) {
                    out.add(RowFactory.create(h, r.getString(docAt), r.getInt(quoteAt)));
                  }
                  return out.iterator();
                },
            Encoders.row(POSTING));
    int maxDf = maxShingleDf;
    // The star threshold is a share of what is indexed here: quotations, not documents.
    long maxStar =
        PairPlan.maxStarDf(
            quotes.filter(col(QuotesTable.KIND).notEqual(QuoteKind.INDIRECT.label())).count());
    Dataset<Row> candidates =
        postings
            .join(documents.select(col(Cols.DOC_ID), col(DocumentsTable.PUBLISHED)), Cols.DOC_ID)
            .groupBy(col(SHINGLE))
            .agg(
                collect_list(
                        struct(
                            Candidates.orderKey(col(DocumentsTable.PUBLISHED), col(Cols.DOC_ID))
                                .as(ORDER),
                            col(Cols.DOC_ID),
                            col(QuotesTable.QUOTE_IDX)))
                    .as(POSTS))
            .flatMap(
                (FlatMapFunction<Row, Row>)
                    r -> pairs(r.getList(r.fieldIndex(POSTS)), maxDf, maxStar).iterator(),
                Encoders.row(PAIR))
            .distinct();
    Dataset<Row> wa =
        words.select(
            col(Cols.DOC_ID).as(DocOverlapTable.DOC_A),
            col(QuotesTable.QUOTE_IDX).as(QuoteMatchesTable.QUOTE_IDX_A),
            col(WORDS).as(WORDS_A));
    Dataset<Row> wb =
        words.select(
            col(Cols.DOC_ID).as(DocOverlapTable.DOC_B),
            col(QuotesTable.QUOTE_IDX).as(QuoteMatchesTable.QUOTE_IDX_B),
            col(WORDS).as(WORDS_B));
    Dataset<Row> measured =
        candidates
            .join(wa, new String[] {DocOverlapTable.DOC_A, QuoteMatchesTable.QUOTE_IDX_A})
            .join(wb, new String[] {DocOverlapTable.DOC_B, QuoteMatchesTable.QUOTE_IDX_B})
            .select(
                col(DocOverlapTable.DOC_A),
                col(QuoteMatchesTable.QUOTE_IDX_A),
                col(DocOverlapTable.DOC_B),
                col(QuoteMatchesTable.QUOTE_IDX_B),
                col(WORDS_A),
                col(WORDS_B))
            .map((MapFunction<Row, Row>) QuoteMatches::measure, Encoders.row(MEASURED))
            .filter(col("matched"))
            .drop("matched");

    Dataset<Row> speakers =
        quotes.select(
            col(Cols.DOC_ID), col(QuotesTable.QUOTE_IDX), col(QuotesTable.SPEAKER_ENTITY_ID));
    Dataset<Row> docs =
        documents.select(col(Cols.DOC_ID), col(Cols.SOURCE), col(DocumentsTable.PUBLISHED));
    Dataset<Row> joined =
        measured
            .join(
                speakers
                    .withColumnRenamed(Cols.DOC_ID, DocOverlapTable.DOC_A)
                    .withColumnRenamed(QuotesTable.QUOTE_IDX, QuoteMatchesTable.QUOTE_IDX_A)
                    .withColumnRenamed(
                        QuotesTable.SPEAKER_ENTITY_ID, QuoteMatchesTable.SPEAKER_ENTITY_A),
                new String[] {DocOverlapTable.DOC_A, QuoteMatchesTable.QUOTE_IDX_A})
            .join(
                speakers
                    .withColumnRenamed(Cols.DOC_ID, DocOverlapTable.DOC_B)
                    .withColumnRenamed(QuotesTable.QUOTE_IDX, QuoteMatchesTable.QUOTE_IDX_B)
                    .withColumnRenamed(
                        QuotesTable.SPEAKER_ENTITY_ID, QuoteMatchesTable.SPEAKER_ENTITY_B),
                new String[] {DocOverlapTable.DOC_B, QuoteMatchesTable.QUOTE_IDX_B})
            .join(
                docs.withColumnRenamed(Cols.DOC_ID, DocOverlapTable.DOC_A)
                    .withColumnRenamed(Cols.SOURCE, Cols.SOURCE_A)
                    .withColumnRenamed(DocumentsTable.PUBLISHED, "published_a"),
                DocOverlapTable.DOC_A)
            .join(
                docs.withColumnRenamed(Cols.DOC_ID, DocOverlapTable.DOC_B)
                    .withColumnRenamed(Cols.SOURCE, Cols.SOURCE_B)
                    .withColumnRenamed(DocumentsTable.PUBLISHED, "published_b"),
                DocOverlapTable.DOC_B)
            .withColumn("first", FIRST.apply(col("published_a"), col("published_b")));
    return joined
        .withColumn(
            QuoteMatchesTable.SAME_SPEAKER,
            when(
                col(QuoteMatchesTable.SPEAKER_ENTITY_A)
                    .isNotNull()
                    .and(col(QuoteMatchesTable.SPEAKER_ENTITY_B).isNotNull()),
                col(QuoteMatchesTable.SPEAKER_ENTITY_A)
                    .equalTo(col(QuoteMatchesTable.SPEAKER_ENTITY_B))))
        .withColumn(
            QuoteMatchesTable.FIRST_DOC,
            when(col("first").equalTo(-1), col(DocOverlapTable.DOC_A))
                .when(col("first").equalTo(1), col(DocOverlapTable.DOC_B)))
        .withColumn(
            QuoteMatchesTable.FIRST_SOURCE,
            when(col("first").equalTo(-1), col(Cols.SOURCE_A))
                .when(col("first").equalTo(1), col(Cols.SOURCE_B)))
        .select(QuoteMatchesTable.TABLE.selectColumns());
  }

  /**
   * The candidate pairs of quotations in different documents one shingle's postings (order key,
   * doc_id, quote_idx) yield, {@code doc_a < doc_b}, as {@link PairPlan} pairs the quotations that
   * share a shingle: a quotation that ran in hundreds of outlets is paired with its earliest run
   * only, so the cost stays linear in the quotations and a widely carried quotation is still
   * matched.
   */
  static List<Row> pairs(List<Row> posts, int maxDf, long maxStarDf) {
    // One entry per quotation, in a stable order whatever the shuffle delivered.
    TreeMap<String, Row> quotations = new TreeMap<>();
    for (Row p : posts) {
      quotations.put(
          p.<String>getAs(Cols.DOC_ID)
              + "\u0000"
              + String.format(
                  java.util.Locale.ROOT, "%09d", p.<Integer>getAs(QuotesTable.QUOTE_IDX)),
          p);
    }
    List<Row> qs = new ArrayList<>(quotations.values());
    List<String> order = new ArrayList<>(qs.size());
    for (Row q : qs) {
      order.add(q.getAs(ORDER));
    }
    List<Row> out = new ArrayList<>();
    PairPlan.pairs(order, maxDf, maxStarDf, (x, y, indexed) -> addPair(out, qs.get(x), qs.get(y)));
    return out;
  }

  /** The pair of two quotations ({@code doc_a < doc_b}), unless they are in one document. */
  private static void addPair(List<Row> out, Row x, Row y) {
    String dx = x.getAs(Cols.DOC_ID);
    String dy = y.getAs(Cols.DOC_ID);
    int c = dx.compareTo(dy);
    if (c != 0) {
      Row a = c < 0 ? x : y;
      Row b = c < 0 ? y : x;
      out.add(
          RowFactory.create(
              a.getAs(Cols.DOC_ID),
              a.getAs(QuotesTable.QUOTE_IDX),
              b.getAs(Cols.DOC_ID),
              b.getAs(QuotesTable.QUOTE_IDX)));
    }
  }

  /** Exact measures of one candidate pair (rounded, so the order of operations never shows). */
  private static Row measure(Row r) {
    List<String> a = r.getList(r.fieldIndex(WORDS_A));
    List<String> b = r.getList(r.fieldIndex(WORDS_B));
    int na = QuoteText.wordCount(a);
    int nb = QuoteText.wordCount(b);
    int ca = QuoteText.covered(a, b);
    int cb = QuoteText.covered(b, a);
    return RowFactory.create(
        r.getAs(DocOverlapTable.DOC_A),
        r.getAs(QuoteMatchesTable.QUOTE_IDX_A),
        r.getAs(DocOverlapTable.DOC_B),
        r.getAs(QuoteMatchesTable.QUOTE_IDX_B),
        na,
        nb,
        na <= nb ? ca : cb,
        na == 0 ? 0.0 : Math.round(1e12 * ca / na) / 1e12,
        nb == 0 ? 0.0 : Math.round(1e12 * cb / nb) / 1e12,
        QuoteText.matches(a, b));
  }
}
