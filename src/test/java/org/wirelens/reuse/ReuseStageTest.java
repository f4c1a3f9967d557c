package org.wirelens.reuse;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.wirelens.SparkTestBase;
import org.wirelens.index.Candidates;
import org.wirelens.index.TextFeatures;

/**
 * Reuse passages and clusters on tiny hand-made corpora: an edited copy, reordered paragraphs, a
 * tie in dates, an outlet's own sign-off, and a story syndicated into 1,000 documents.
 */
class ReuseStageTest extends SparkTestBase {
  private static final String WIRE =
      "The ministers met in the capital on Monday to sign the accord that ends the fighting.";
  private static final String WIRE_EDITED =
      "The ministers met in the capital on Tuesday to sign the accord that ends the fighting.";
  private static final String SECOND =
      "Rebel forces shelled the airport again overnight, witnesses told the agency by phone.";
  private static final String FILLER_A = "Markets were calm and traders looked ahead to Friday.";
  private static final String FILLER_B = "A heatwave hit the south where farmers feared for crops.";

  private static final StructType NLP =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("source", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add(
              "tokens",
              DataTypes.createArrayType(
                  new StructType()
                      .add("normalized", DataTypes.StringType)
                      .add("is_stop", DataTypes.BooleanType)));

  private record Out(List<Row> passages, List<Row> members) {}

  private static Out run(List<Row> docs, int maxDf) {
    Dataset<Row> features = TextFeatures.of(spark.createDataFrame(docs, NLP), 5);
    Dataset<Row> candidates = Candidates.find(features, maxDf);
    Dataset<Row> passages = new ReuseStage(5, 12).passages(features, candidates);
    ReuseClusters.Result r = ReuseClusters.cluster(passages, features);
    return new Out(
        r.passages().orderBy("doc_a", "begin_a", "doc_b").collectAsList(),
        r.members().orderBy("cluster_id", "doc_id", "begin").collectAsList());
  }

  private static Row doc(String id, String source, String published, String text) {
    return RowFactory.create(id, source, published, text, List.of());
  }

  @Test
  void anEditedCopyIsOnePassageWithItsSpansIdentityAndDirection() {
    String a = FILLER_A + "\n\n" + WIRE;
    String b = WIRE_EDITED + "\n\n" + FILLER_B;
    Out out =
        run(
            List.of(doc("a", "Wire", "2020-01-14", a), doc("b", "Paper", "2020-01-15T08:00:00", b)),
            100);
    assertEquals(1, out.passages().size());
    Row p = out.passages().get(0);
    assertEquals(a.indexOf(WIRE), (int) p.getAs("begin_a"));
    assertEquals(a.indexOf(WIRE) + WIRE.length() - 1, (int) p.getAs("end_a")); // no final "."
    assertEquals(0, (int) p.getAs("begin_b"));
    // 16 words a side, "Monday" edited to "Tuesday": 15 equal of 16 columns.
    assertEquals(15, (int) p.getAs("matched_words"));
    assertEquals(15.0 / 16, p.<Double>getAs("identity"), 1e-6);
    assertEquals("a", p.getAs("first_doc"));
    assertEquals("shared_shingles", p.getAs("found_by"));
    // One cluster of the two spans; the wire, a day earlier, is its origin.
    assertEquals(2, out.members().size());
    Row m = out.members().get(0);
    assertEquals("a", m.getAs("origin_doc"));
    assertEquals(2L, (long) m.getAs("n_docs"));
    assertEquals(16, (int) m.getAs("words"));
    assertEquals(1, (int) m.getAs("time_rank"));
    assertTrue(m.<Boolean>getAs("is_origin"));
    assertFalse(m.<Boolean>getAs("boilerplate"));
    assertEquals(p.<String>getAs("cluster_id"), m.getAs("cluster_id"));
  }

  @Test
  void membersRankByTimeAndAnUndatedCopyIsNotRanked() {
    Out out =
        run(
            List.of(
                doc("a", "Wire", "2020-01-14T09:00:00", WIRE),
                doc("b", "Paper", "2020-01-14T11:30:00+01:00", FILLER_B + "\n\n" + WIRE),
                doc("c", "Blog", null, WIRE + "\n\n" + FILLER_A)),
            100);
    assertEquals(3, out.passages().size());
    Map<String, Integer> ranks = new TreeMap<>();
    for (Row m : out.members()) {
      ranks.put(m.getAs("doc_id"), m.getAs("time_rank"));
      // The undated copy could have come first: the cluster names no origin.
      assertNull(m.getAs("origin_doc"));
      assertEquals("2020-01-14T09:00:00", m.getAs("first_published"));
    }
    Map<String, Integer> expected = new TreeMap<>();
    expected.put("a", 1);
    expected.put("b", 2);
    expected.put("c", null);
    assertEquals(expected, ranks);
  }

  @Test
  void reorderedParagraphsAreTwoPassagesAndATieInDatesHasNoDirection() {
    String a = WIRE + "\n\n" + SECOND;
    String b = SECOND + "\n\n" + WIRE;
    Out out =
        run(List.of(doc("a", "Wire", "2020-01-14", a), doc("b", "Paper", "2020-01-14", b)), 100);
    assertEquals(2, out.passages().size());
    for (Row p : out.passages()) {
      assertNull(p.getAs("first_doc"), "both are dated 2020-01-14");
      assertEquals(1.0, p.<Double>getAs("identity"));
    }
    assertEquals(a.indexOf(SECOND), (int) out.passages().get(1).getAs("begin_a"));
    assertEquals(0, (int) out.passages().get(1).getAs("begin_b"));
    // Two clusters (the two paragraphs), neither with an origin: the dates tie.
    assertEquals(2, out.members().stream().map(r -> r.getString(0)).distinct().count());
    for (Row m : out.members()) {
      assertNull(m.getAs("origin_doc"));
      assertEquals(1, (int) m.getAs("time_rank"));
    }
  }

  @Test
  void anOutletsOwnSignOffIsBoilerplate() {
    String signOff = "Follow the Harbour Times on social media for the latest news from the coast.";
    Out out =
        run(
            List.of(
                doc("h1", "Harbour Times", "2020-01-14", FILLER_A + "\n\n" + signOff),
                doc("h2", "Harbour Times", "2020-01-15", FILLER_B + "\n\n" + signOff),
                doc("h3", "Harbour Times", "2020-01-16", SECOND + "\n\n" + signOff)),
            100);
    assertEquals(3, out.passages().size());
    assertEquals(3, out.members().size());
    for (Row m : out.members()) {
      assertTrue(m.<Boolean>getAs("boilerplate"));
      assertEquals(1.0, m.<Double>getAs("within_source_share"));
      assertEquals("h1", m.getAs("origin_doc"));
    }
  }

  @Test
  void aStoryInAThousandOutletsIsOneClusterOfAThousandFromLinearWork() {
    String story =
        WIRE + " " + SECOND + " The talks will resume in Geneva next week, the envoy said.";
    List<Row> docs = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String day = String.format("2020-01-%02d", 14 + i % 3);
      String own =
          "Local edition number " + i + " of the county paper covers the fair in town " + i;
      docs.add(doc(String.format("s%04d", i), "Outlet " + i, day, own + ".\n\n" + story));
    }
    // maxDf 100: the story's shingles are in 1,000 documents, so none pairs documents directly;
    // each copy is aligned with the earliest one instead (999 passages, not 499,500).
    Out out = run(docs, 100);
    assertEquals(999, out.passages().size());
    for (Row p : out.passages()) {
      assertEquals("syndication", p.getAs("found_by"));
    }
    Map<String, Integer> sizes = new TreeMap<>();
    for (Row m : out.members()) {
      sizes.merge(m.getString(0), 1, Integer::sum);
    }
    assertEquals(List.of(1000), List.copyOf(sizes.values()));
    Row any = out.members().get(0);
    assertEquals(1000L, (long) any.getAs("n_sources"));
    assertNull(any.getAs("origin_doc"), "334 documents share the earliest day");
    assertEquals("2020-01-14", any.getAs("first_published"));
    assertEquals("2020-01-16", any.getAs("last_published"));
    long firstDay = out.members().stream().filter(m -> m.<Integer>getAs("time_rank") == 1).count();
    assertEquals(334, firstDay);
  }

  @Test
  void onlyPassagesOfTheMinimumLengthCount() {
    Out out =
        run(
            List.of(
                doc("a", "Wire", null, FILLER_A + " officials said on Monday that prices rose"),
                doc("b", "Paper", null, FILLER_B + " officials said on Monday that wages fell")),
            100);
    assertEquals(List.of(), out.passages());
    assertEquals(List.of(), out.members());
    assertTrue(
        spark
            .createDataFrame(out.members(), org.wirelens.tables.ReuseClustersTable.TABLE.schema())
            .filter(col("boilerplate"))
            .isEmpty());
  }
}
