package org.wirelens.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirelens.SparkTestBase;
import org.wirelens.index.Candidates;
import org.wirelens.index.SparseDot;
import org.wirelens.index.TextFeatures;

/**
 * Three documents, shingles of two words. d1 "a b c ﬁx 😀 d the" and d2 "a b c ﬁx 😀 e the" have
 * the words a b c ﬁx d/e the (an emoji is not a word) and share the shingles "a b", "b c", "c ﬁx"
 * (3 of 5 each); d3 "x y z" shares nothing. "the" is a stop word: in shingles, not in TF-IDF terms.
 * "ﬁx" (U+FB01) and "😀" (U+1F600), both TF-IDF terms, sort differently in Spark (code points) and
 * in Java's String.compareTo (UTF-16 units), so a merge that used the latter would miss them.
 * Expected values are worked by hand.
 */
class OverlapStageTest extends SparkTestBase {
  private static final double EPS = 1e-9;
  private static List<Row> docPairs;
  private static List<Row> sourcePairs;

  @BeforeAll
  static void compute() {
    StructType token =
        new StructType()
            .add("normalized", DataTypes.StringType)
            .add("is_stop", DataTypes.BooleanType);
    StructType nlpSchema =
        new StructType()
            .add("doc_id", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("tokens", DataTypes.createArrayType(token));
    Dataset<Row> nlp =
        spark.createDataFrame(
            List.of(
                doc("d1", "S1", "a b c \uFB01x \uD83D\uDE00 d the"),
                doc("d2", "S2", "a b c \uFB01x \uD83D\uDE00 e the"),
                doc("d3", "S3", "x y z")),
            nlpSchema);
    Dataset<Row> mentions =
        spark.createDataFrame(
            List.of(
                RowFactory.create("d1", "E1"),
                RowFactory.create("d1", "E2"),
                RowFactory.create("d2", "E1"),
                RowFactory.create("d3", "E3")),
            new StructType()
                .add("doc_id", DataTypes.StringType)
                .add("entity_id", DataTypes.StringType));
    Dataset<Row> features = TextFeatures.of(nlp, 2);
    Dataset<Row> candidates = Candidates.find(features, 10);
    Dataset<Row> docOverlap = new OverlapStage(1).docOverlap(features, candidates, mentions, 3);
    docPairs = docOverlap.collectAsList();
    Dataset<Row> noPassages =
        spark.createDataFrame(List.of(), org.wirelens.tables.ReusePassagesTable.TABLE.schema());
    sourcePairs = OverlapStage.sourceOverlap(docOverlap, noPassages, features).collectAsList();
  }

  private static Row doc(String id, String source, String text) {
    return RowFactory.create(id, source, null, text, tokens(text));
  }

  private static List<Row> tokens(String text) {
    return Arrays.stream(text.split(" ")).map(w -> RowFactory.create(w, w.equals("the"))).toList();
  }

  @Test
  void onlyTheDocumentsSharingShinglesArePaired() {
    assertEquals(1, docPairs.size());
    Row r = docPairs.get(0);
    assertEquals("d1", r.getAs("doc_a"));
    assertEquals("d2", r.getAs("doc_b"));
    assertEquals("S1", r.getAs("source_a"));
    assertEquals("S2", r.getAs("source_b"));
  }

  @Test
  void shingleMeasures() {
    Row r = docPairs.get(0);
    assertEquals(5, (int) r.getAs("shingles_a"));
    assertEquals(5, (int) r.getAs("shingles_b"));
    assertEquals(3, (int) r.getAs("shared_shingles"));
    assertEquals(3.0 / 7, r.<Double>getAs("shingle_jaccard"), EPS);
    assertEquals(3.0 / 5, r.<Double>getAs("containment_a_in_b"), EPS);
    assertEquals(3.0 / 5, r.<Double>getAs("containment_b_in_a"), EPS);
  }

  @Test
  void entityJaccard() {
    assertEquals(1.0 / 2, docPairs.get(0).<Double>getAs("entity_jaccard"), EPS);
  }

  @Test
  void tfidfCosineOverSharedTermsOnly() {
    // idf = ln((N + 1) / (df + 1)) + 1 with N = 3: five shared terms with df 2, and one term of
    // df 1 in each document ("d", "e"); both vectors have the same norm.
    double shared = Math.log(4.0 / 3) + 1;
    double own = Math.log(2.0) + 1;
    double expected = 5 * shared * shared / (5 * shared * shared + own * own);
    assertEquals(expected, docPairs.get(0).<Double>getAs("tfidf_cosine"), EPS);
  }

  @Test
  void sourcePairAggregatesItsOneDocumentPair() {
    assertEquals(1, sourcePairs.size());
    Row r = sourcePairs.get(0);
    assertEquals("S1", r.getAs("source_a"));
    assertEquals("S2", r.getAs("source_b"));
    assertEquals(1L, (long) r.getAs("doc_pairs"));
    assertEquals(3L, (long) r.getAs("shared_shingles"));
    assertEquals(1L, (long) r.getAs("docs_a"));
    assertEquals(0L, (long) r.getAs("passages"));
  }

  @Test
  void codePointOrderIsSparksStringOrder() {
    // U+FB01 is above the surrogates U+D800-U+DFFF in UTF-16 but below U+1F600 in code points.
    assertEquals(-1, Integer.signum(SparseDot.compareCodePoints("\uFB01", "\uD83D\uDE00")));
    assertEquals(1, Integer.signum(SparseDot.compareCodePoints("ab", "a")));
    assertEquals(0, SparseDot.compareCodePoints("é", "é"));
  }

  @Test
  void sparseDotMergesInSparksOrder() {
    // Terms in the order Spark's array_sort gives them: a merge that compared UTF-16 units would
    // step past "ﬁx" wrongly and miss the shared emoji.
    double dot =
        SparseDot.dot(
            seq("\uD83D\uDE00"), seq(1.0), seq("a", "\uFB01x", "\uD83D\uDE00"), seq(0.1, 0.2, 0.5));
    assertEquals(0.5, dot, EPS);
  }

  @SafeVarargs
  private static <T> scala.collection.Seq<T> seq(T... items) {
    return scala.collection.JavaConverters.asScalaBuffer(Arrays.asList(items));
  }
}
