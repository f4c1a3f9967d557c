package org.wirelens.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirelens.SparkTestBase;
import org.wirelens.tables.StoryMembersTable;

/**
 * One story of two outlets, built by hand so that every figure of the coverage tables can be worked
 * out on paper: outlet A writes entity x three times and y once, outlet B the reverse; B quotes x
 * and reuses 18 words of A's earlier article.
 */
class StoryCoverageStageTest extends SparkTestBase {
  private static Map<String, Row> sources;
  private static Dataset<Row> cooccurrence;
  private static Row overlap;

  private static Dataset<Row> df(StructType schema, Object[]... rows) {
    List<Row> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(RowFactory.create(r));
    }
    return spark.createDataFrame(out, schema);
  }

  @BeforeAll
  static void run() {
    Dataset<Row> members =
        df(
            StoryMembersTable.TABLE.schema(),
            new Object[] {"a1", "st-1", "A", "2021-01-01", 0.8, 1, 0.0},
            new Object[] {"b1", "st-1", "B", "2021-01-02", 0.8, 2, 24.0},
            new Object[] {"c1", "st-2", "A", null, null, null, null});
    Dataset<Row> documents =
        df(
            new StructType()
                .add("doc_id", DataTypes.StringType)
                .add("published", DataTypes.StringType)
                .add("n_tokens", DataTypes.IntegerType),
            new Object[] {"a1", "2021-01-01", 100},
            new Object[] {"b1", "2021-01-02", 50},
            new Object[] {"c1", null, 10});
    StructType mention =
        new StructType()
            .add("doc_id", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("sentence_idx", DataTypes.IntegerType)
            .add("entity_id", DataTypes.StringType);
    Dataset<Row> mentions =
        df(
            mention,
            new Object[] {"a1", "A", 0, "x"},
            new Object[] {"a1", "A", 0, "y"},
            new Object[] {"a1", "A", 1, "x"},
            new Object[] {"a1", "A", 2, "x"},
            new Object[] {"b1", "B", 0, "x"},
            new Object[] {"b1", "B", 0, "y"},
            new Object[] {"b1", "B", 1, "y"},
            new Object[] {"b1", "B", 2, "y"},
            new Object[] {"c1", "A", 0, "x"});
    Dataset<Row> entities =
        df(
            new StructType()
                .add("entity_id", DataTypes.StringType)
                .add("name", DataTypes.StringType),
            new Object[] {"x", "Ex"},
            new Object[] {"y", "Why"});
    Dataset<Row> quotes =
        df(
            new StructType()
                .add("doc_id", DataTypes.StringType)
                .add("speaker_entity_id", DataTypes.StringType),
            new Object[] {"b1", "x"},
            new Object[] {"b1", "x"},
            new Object[] {"b1", null});
    Dataset<Row> passages =
        df(
            new StructType()
                .add("doc_a", DataTypes.StringType)
                .add("doc_b", DataTypes.StringType)
                .add("source_a", DataTypes.StringType)
                .add("source_b", DataTypes.StringType)
                .add("words_a", DataTypes.IntegerType)
                .add("words_b", DataTypes.IntegerType)
                .add("first_doc", DataTypes.StringType),
            new Object[] {"a1", "b1", "A", "B", 20, 18, "a1"});
    Dataset<Row> docOverlap =
        df(
            new StructType()
                .add("doc_a", DataTypes.StringType)
                .add("doc_b", DataTypes.StringType)
                .add("shared_shingles", DataTypes.IntegerType),
            new Object[] {"a1", "b1", 7});
    StoryCoverageStage.Input input =
        new StoryCoverageStage.Input(
            members, documents, mentions, entities, quotes, passages, docOverlap);
    sources = new HashMap<>();
    for (Row r : StoryCoverageStage.sources(input).collectAsList()) {
      sources.put(r.getAs("story_id") + "/" + r.getAs("source"), r);
    }
    cooccurrence = StoryCoverageStage.cooccurrence(input).cache();
    overlap = StoryCoverageStage.sourceOverlap(input).first();
  }

  @Test
  void eachOutletStressesWhatItMentionsMoreThanTheOther() {
    // Monroe et al.'s z with the story as prior: a_x = 4, a0 = 8; for A, y_i = 3 of n_i = 4, the
    // rest y_j = 1 of n_j = 4: delta = ln(7 / 5) - ln(5 / 7), var = 1 / 7 + 1 / 5.
    double z = 2 * Math.log(1.4) / Math.sqrt(1.0 / 7 + 1.0 / 5);
    List<Row> a =
        sources.get("st-1/A").getList(sources.get("st-1/A").fieldIndex("stressed_entities"));
    assertEquals(1, a.size(), a.toString());
    assertEquals("x", a.get(0).getAs("entity_id"));
    assertEquals("Ex", a.get(0).getAs("name"));
    assertEquals(3L, a.get(0).<Long>getAs("mentions"));
    assertEquals(z, a.get(0).<Double>getAs("z"), 1e-6);
    List<Row> b =
        sources.get("st-1/B").getList(sources.get("st-1/B").fieldIndex("stressed_entities"));
    assertEquals("y", b.get(0).getAs("entity_id"));
    assertEquals(z, b.get(0).<Double>getAs("z"), 1e-6);
    // A story of one outlet has no others to be compared with.
    assertTrue(
        sources
            .get("st-2/A")
            .getList(sources.get("st-2/A").fieldIndex("stressed_entities"))
            .isEmpty());
  }

  @Test
  void whoHadItFirstHowMuchAndWhatWasReused() {
    Row a = sources.get("st-1/A");
    Row b = sources.get("st-1/B");
    assertEquals(0.5, a.<Double>getAs("share"), 1e-12);
    assertEquals("2021-01-01", a.getAs("first_published"));
    assertEquals(0.0, a.<Double>getAs("lag_hours"), 1e-12);
    assertEquals(24.0, b.<Double>getAs("lag_hours"), 1e-12);
    assertEquals(4L, a.<Long>getAs("n_mentions"));
    // B took 18 words of its 50 tokens from A's earlier article; A took nothing.
    assertEquals(18L, b.<Long>getAs("reused_words"));
    assertEquals(0.36, b.<Double>getAs("reused_share"), 1e-12);
    Row from = b.<Row>getList(b.fieldIndex("reused_from")).get(0);
    assertEquals("A", from.getAs("source"));
    assertEquals(1L, from.<Long>getAs("passages"));
    assertEquals(0L, a.<Long>getAs("reused_words"));
    assertTrue(a.getList(a.fieldIndex("reused_from")).isEmpty());
    // Three quotations, two with a resolved speaker.
    assertEquals(3L, b.<Long>getAs("n_quotes"));
    Row q = b.<Row>getList(b.fieldIndex("quoted")).get(0);
    assertEquals("x", q.getAs("entity_id"));
    assertEquals(2L, q.<Long>getAs("quotes"));
    assertEquals(0L, a.<Long>getAs("n_quotes"));
    // The undated story of one document: no first date, nothing reused.
    Row c = sources.get("st-2/A");
    assertTrue(c.isNullAt(c.fieldIndex("first_published")));
    assertEquals(1.0, c.<Double>getAs("share"), 1e-12);
  }

  @Test
  void cooccurrenceAndOverlapAreCountedWithinTheStory() {
    assertEquals(2, cooccurrence.count());
    for (Row r : cooccurrence.collectAsList()) {
      assertEquals("st-1", r.getAs("story_id"));
      assertEquals(1L, r.<Long>getAs("n_sentences"));
      assertEquals("Ex", r.getAs("name_a"));
    }
    assertEquals("A", overlap.getAs("source_a"));
    assertEquals(2L, overlap.<Long>getAs("shared_entities"));
    assertEquals(1.0, overlap.<Double>getAs("entity_jaccard"), 1e-12);
    assertEquals(1L, overlap.<Long>getAs("doc_pairs"));
    assertEquals(7L, overlap.<Long>getAs("shared_shingles"));
    assertEquals(1L, overlap.<Long>getAs("passages"));
    assertEquals(1L, overlap.<Long>getAs("passages_a_to_b"));
    assertEquals(0L, overlap.<Long>getAs("passages_b_to_a"));
    assertEquals(1L, overlap.<Long>getAs("docs_a"));
  }
}
