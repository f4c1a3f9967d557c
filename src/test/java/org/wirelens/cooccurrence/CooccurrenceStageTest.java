package org.wirelens.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirelens.SparkTestBase;

/**
 * Two documents: d1 (outlet S1) has A+B in sentence 0 and A+C in sentence 1 of 3 sentences; d2
 * (outlet S2) has A+B in its single sentence. Expected values are worked by hand.
 */
class CooccurrenceStageTest extends SparkTestBase {
  private static CooccurrenceStage.Result result;
  private static Dataset<Row> mentions;
  private static Dataset<Row> entities;

  private static StructType mentionSchema() {
    return new StructType()
        .add("doc_id", DataTypes.StringType)
        .add("source", DataTypes.StringType)
        .add("sentence_idx", DataTypes.IntegerType)
        .add("begin", DataTypes.IntegerType)
        .add("entity_id", DataTypes.StringType);
  }

  @BeforeAll
  static void compute() {
    mentions =
        spark.createDataFrame(
            List.of(
                RowFactory.create("d1", "S1", 0, 0, "A"),
                RowFactory.create("d1", "S1", 0, 10, "B"),
                RowFactory.create("d1", "S1", 0, 20, "A"),
                RowFactory.create("d1", "S1", 1, 40, "A"),
                RowFactory.create("d1", "S1", 1, 50, "C"),
                RowFactory.create("d2", "S2", 0, 0, "A"),
                RowFactory.create("d2", "S2", 0, 10, "B")),
            mentionSchema());
    entities =
        spark.createDataFrame(
            List.of(
                RowFactory.create("A", "Alpha"),
                RowFactory.create("B", "Beta"),
                RowFactory.create("C", "Gamma")),
            new StructType()
                .add("entity_id", DataTypes.StringType)
                .add("name", DataTypes.StringType));
    result =
        new CooccurrenceStage(1)
            .run(new CooccurrenceStage.Input(mentions, entities, documents(900, 900), 4));
  }

  /** A documents table of documents this long (what the document-scope units are counted from). */
  private static Dataset<Row> documents(int... chars) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int n : chars) {
      rows.add(RowFactory.create(n));
    }
    return spark.createDataFrame(rows, new StructType().add("n_chars", DataTypes.IntegerType));
  }

  private static Map<String, Row> byKey(Dataset<Row> df) {
    return df.collectAsList().stream()
        .collect(
            Collectors.toMap(
                r -> r.getAs("scope") + ":" + r.getAs("entity_a") + "-" + r.getAs("entity_b"),
                r -> r));
  }

  @Test
  void sentenceScopeCountsAndMeasures() {
    Map<String, Row> rows = byKey(result.cooccurrence());
    Row ab = rows.get("sentence:A-B");
    assertEquals(2L, ab.<Long>getAs("n_units"));
    assertEquals(2L, ab.<Long>getAs("n_docs"));
    assertEquals(2L, ab.<Long>getAs("n_sources"));
    assertEquals(3L, ab.<Long>getAs("n_a"));
    assertEquals(2L, ab.<Long>getAs("n_b"));
    assertEquals(4L, ab.<Long>getAs("n_total"));
    assertEquals("Alpha", ab.getAs("name_a"));
    assertEquals(Math.log(4.0 / 3.0), ab.<Double>getAs("pmi"), 1e-12);
    assertEquals(Math.log(4.0 / 3.0) / Math.log(2.0), ab.<Double>getAs("npmi"), 1e-12);
    // G² = 2 [2 ln(8/6) + 1 ln(4/6) + 0 + 1 ln(4/2)]
    double g2 = 2 * (2 * Math.log(8.0 / 6) + Math.log(4.0 / 6) + Math.log(2.0));
    assertEquals(g2, ab.<Double>getAs("llr"), 1e-12);

    Row ac = rows.get("sentence:A-C");
    assertEquals(1L, ac.<Long>getAs("n_units"));
    assertEquals(Math.log(4.0 / 3.0) / Math.log(4.0), ac.<Double>getAs("npmi"), 1e-12);
    assertEquals(2, rows.keySet().stream().filter(k -> k.startsWith("sentence:")).count());
  }

  @Test
  void documentScopePairInEveryDocumentHasNpmiOne() {
    Map<String, Row> rows = byKey(result.cooccurrence());
    Row ab = rows.get("document:A-B");
    assertEquals(2L, ab.<Long>getAs("n_units"));
    assertEquals(0.0, ab.<Double>getAs("pmi"), 1e-12);
    assertEquals(1.0, ab.<Double>getAs("npmi"), 1e-12);
    assertEquals(0.0, ab.<Double>getAs("llr"), 1e-12);
    assertEquals(
        List.of("document:A-B", "document:A-C", "document:B-C"),
        rows.keySet().stream().filter(k -> k.startsWith("document:")).sorted().toList());
  }

  @Test
  void perSourceBreakdown() {
    List<String> rows =
        result.bySource().collectAsList().stream()
            .map(
                r ->
                    r.getAs("scope")
                        + " "
                        + r.getAs("source")
                        + " "
                        + r.getAs("entity_a")
                        + r.getAs("entity_b")
                        + " "
                        + r.getAs("n_units")
                        + " "
                        + r.getAs("n_docs"))
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "document S1 AB 1 1",
            "document S1 AC 1 1",
            "document S1 BC 1 1",
            "document S2 AB 1 1",
            "sentence S1 AB 1 1",
            "sentence S1 AC 1 1",
            "sentence S2 AB 1 1"),
        rows);
  }

  @Test
  void aMinimumLeavesOutRarePairsAndCountsThem() {
    CooccurrenceStage.Result r =
        new CooccurrenceStage(2)
            .run(new CooccurrenceStage.Input(mentions, entities, documents(900, 900), 4));
    List<String> kept =
        r.cooccurrence().collectAsList().stream()
            .map(x -> x.getAs("scope") + ":" + x.getAs("entity_a") + "-" + x.getAs("entity_b"))
            .sorted()
            .toList();
    assertEquals(List.of("document:A-B", "sentence:A-B"), kept);
    // Per outlet no pair reaches 2 units; 5 pairs (3 document, 2 sentence) and 7 outlet rows
    // are left out.
    assertEquals(0, r.bySource().count());
    assertEquals(Map.of("cooccurrence", 3L, "cooccurrence_by_source", 7L), r.omitted(2, 2, 0));
  }

  @Test
  void aLongDocumentCountsOneDocumentUnitPerSection() {
    // Entities 25,000 characters apart in one document share no document-scope unit.
    Dataset<Row> longDocument =
        spark.createDataFrame(
            List.of(
                RowFactory.create("long", "S1", 0, 100, "A"),
                RowFactory.create("long", "S1", 1, 200, "B"),
                RowFactory.create("long", "S1", 900, 25_100, "C")),
            mentionSchema());
    List<String> pairs =
        new CooccurrenceStage(1)
                .run(new CooccurrenceStage.Input(longDocument, entities, documents(25_200), 901))
                .cooccurrence()
                .collectAsList()
                .stream()
                .map(x -> x.getAs("scope") + ":" + x.getAs("entity_a") + "-" + x.getAs("entity_b"))
                .sorted()
                .toList();
    assertEquals(List.of("document:A-B"), pairs);
  }
}
