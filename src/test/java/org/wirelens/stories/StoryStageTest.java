package org.wirelens.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.SparkTestBase;
import org.wirelens.index.Published;
import org.wirelens.stage.OutputSink;
import org.wirelens.stage.StageRunner;
import org.wirelens.stage.Tables;
import org.wirelens.tables.OutputWriter;
import org.wirelens.tables.StoriesTable;
import org.wirelens.tables.StoryMembersTable;
import org.wirelens.tables.StoryPairsTable;

/**
 * Stories on hand-made documents: two events of one kind (two rehab stays of two actresses, two
 * earthquakes in two countries) are two stories though they share the kind's words; a follow-up of
 * one event joins it; the same words a year later are another story; an undated corpus is read from
 * its text alone.
 */
class StoryStageTest extends SparkTestBase {
  @TempDir static Path tmp;

  private static Tables written;

  private static final String[][] DOCS = {
    // id, source, published, terms, entities
    {
      "a1",
      "Wire",
      "2021-03-01T09:00:00Z",
      "checked rehab treatment center actress rep statement",
      "reid promises"
    },
    {
      "a2",
      "Paper",
      "2021-03-01T15:00:00Z",
      "actress entered rehab treatment center rep confirmed",
      "reid promises"
    },
    {
      "a3",
      "Blog",
      "2021-03-03",
      "actress rehab treatment stay weeks family support",
      "reid promises"
    },
    {
      "b1",
      "Wire",
      "2021-03-02T10:00:00Z",
      "checked rehab treatment center actress rep statement",
      "lohan bettyford"
    },
    {
      "b2",
      "Paper",
      "2021-03-02T11:00:00Z",
      "actress entered rehab treatment center court ordered",
      "lohan bettyford"
    },
    {
      "c1",
      "Wire",
      "2022-03-01",
      "checked rehab treatment center actress rep statement",
      "reid promises"
    },
    {
      "q1",
      "Wire",
      "2021-03-05",
      "earthquake magnitude struck killed buildings collapsed rescue",
      "chile santiago"
    },
    {
      "q2",
      "Paper",
      "2021-03-05",
      "earthquake magnitude killed buildings collapsed rescuers",
      "chile santiago"
    },
    {
      "q3",
      "Wire",
      "2021-03-06",
      "earthquake magnitude struck killed buildings collapsed rescue",
      "japan tokyo"
    },
    {
      "q4",
      "Paper",
      "2021-03-06",
      "earthquake magnitude killed buildings collapsed rescuers",
      "japan tokyo"
    },
    {
      "n1",
      "Paper",
      "2021-03-05",
      "earthquake magnitude struck killed buildings collapsed rescue",
      ""
    },
    {"u1", "Wire", null, "eruption volcano ash evacuated villages lava", "peru arequipa"},
    {"u2", "Paper", null, "volcano eruption ash villages evacuated flights", "peru arequipa"},
  };

  private static Dataset<Row> documents() {
    List<Row> rows = new ArrayList<>();
    for (String[] d : DOCS) {
      rows.add(RowFactory.create(d[0], d[1], "Title " + d[0], d[2], null, null));
    }
    StructType s =
        new StructType()
            .add("doc_id", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("published_day", DataTypes.DateType)
            .add("published_at", DataTypes.TimestampType);
    Dataset<Row> df = spark.createDataFrame(rows, s);
    return df.withColumn("published_day", Published.day(df.col("published")))
        .withColumn("published_at", Published.instant(df.col("published")));
  }

  private static Dataset<Row> features() {
    List<Row> rows = new ArrayList<>();
    for (String[] d : DOCS) {
      rows.add(RowFactory.create(d[0], Arrays.asList(d[3].split(" "))));
    }
    return spark.createDataFrame(
        rows,
        new StructType()
            .add("doc_id", DataTypes.StringType)
            .add("terms", DataTypes.createArrayType(DataTypes.StringType)));
  }

  private static Dataset<Row> mentions() {
    List<Row> rows = new ArrayList<>();
    for (String[] d : DOCS) {
      String[] es = d[4].isEmpty() ? new String[0] : d[4].split(" ");
      for (int i = 0; i < es.length; i++) {
        rows.add(RowFactory.create(d[0], "ent:" + es[i], i));
      }
    }
    return spark.createDataFrame(
        rows,
        new StructType()
            .add("doc_id", DataTypes.StringType)
            .add("entity_id", DataTypes.StringType)
            .add("sentence_idx", DataTypes.IntegerType));
  }

  private static Dataset<Row> entities() {
    List<Row> rows = new ArrayList<>();
    for (String e :
        List.of(
            "reid",
            "promises",
            "lohan",
            "bettyford",
            "chile",
            "santiago",
            "japan",
            "tokyo",
            "peru",
            "arequipa")) {
      rows.add(RowFactory.create("ent:" + e, e.substring(0, 1).toUpperCase() + e.substring(1)));
    }
    return spark.createDataFrame(
        rows,
        new StructType().add("entity_id", DataTypes.StringType).add("name", DataTypes.StringType));
  }

  @BeforeAll
  static void run() {
    OutputWriter writer =
        OutputWriter.open(spark, tmp.resolve("out").toString(), "20261207T120000Z-00000002", 1);
    StageRunner runner = new StageRunner(spark.sparkContext(), new OutputSink(writer), n -> {});
    runner.run(
        new StoryStage(new StoryStage.Options(0.3, 7, 20, 100, 5)),
        new StoryStage.Input(
            documents(),
            features(),
            mentions(),
            entities(),
            DOCS.length,
            tmp.resolve("scratch").toString()));
    written = runner.tables();
  }

  private static Map<String, String> storyOf() {
    Map<String, String> out = new HashMap<>();
    for (Row r : written.table(StoryMembersTable.TABLE).collectAsList()) {
      out.put(r.getAs("doc_id"), r.getAs("story_id"));
    }
    return out;
  }

  @Test
  void everyDocumentIsInExactlyOneStory() {
    assertEquals(DOCS.length, written.rows(StoryMembersTable.TABLE));
    assertEquals(DOCS.length, storyOf().size());
  }

  @Test
  void twoEventsOfOneKindAreTwoStoriesAndReportsOfOneEventOne() {
    Map<String, String> s = storyOf();
    assertEquals(s.get("a1"), s.get("a2"));
    assertEquals(s.get("a1"), s.get("a3"), "a follow-up two days later joins its story");
    assertEquals(s.get("b1"), s.get("b2"));
    assertNotEquals(s.get("a1"), s.get("b1"), "another actress's rehab stay is another story");
    assertEquals(s.get("q1"), s.get("q2"));
    assertEquals(s.get("q3"), s.get("q4"));
    assertNotEquals(s.get("q1"), s.get("q3"), "an earthquake in another country is another story");
    assertEquals(
        1,
        s.values().stream().filter(s.get("n1")::equals).count(),
        "a report that names no one and nowhere is a story of its own, however alike its words");
  }

  @Test
  void theSameWordsAYearLaterAreAnotherStory() {
    Map<String, String> s = storyOf();
    assertNotEquals(s.get("a1"), s.get("c1"));
  }

  @Test
  void aStoryIsNamedAfterItsFirstDocumentAndRanksItsMembersInTime() {
    Map<String, String> s = storyOf();
    assertEquals(
        StoryTablesIds.of("a1"), s.get("a3"), "the id is its first document's, whoever joins");
    Map<String, Row> byDoc = new HashMap<>();
    for (Row r : written.table(StoryMembersTable.TABLE).collectAsList()) {
      byDoc.put(r.getAs("doc_id"), r);
    }
    assertEquals(1, (int) byDoc.get("a1").getAs("time_rank"));
    assertEquals(2, (int) byDoc.get("a2").getAs("time_rank"));
    assertEquals(6.0, byDoc.get("a2").<Double>getAs("lag_hours"), 1e-9);
    // a3 gives a day only: its lag counts days from the first member's day.
    assertEquals(48.0, byDoc.get("a3").<Double>getAs("lag_hours"), 1e-9);
    assertNull(byDoc.get("c1").getAs("similarity"), "a story of one has no similarity");
    assertNull(byDoc.get("u2").getAs("time_rank"), "an undated member has no rank in time");
    assertNull(byDoc.get("u2").getAs("lag_hours"));
  }

  @Test
  void storiesSumTheirMembers() {
    Map<String, Row> stories = new HashMap<>();
    for (Row r : written.table(StoriesTable.TABLE).collectAsList()) {
      stories.put(r.getAs("first_doc"), r);
    }
    Row a = stories.get("a1");
    assertEquals(3L, (long) a.getAs("n_docs"));
    assertEquals(3L, (long) a.getAs("n_sources"));
    assertEquals("Wire", a.getAs("first_source"));
    assertEquals("2021-03-01T09:00:00Z", a.getAs("first_published"));
    assertEquals("2021-03-03", a.getAs("last_published"));
    assertEquals(List.of("Promises", "Reid"), a.getList(a.fieldIndex("top_entities")));
    assertEquals("Promises \u00b7 Reid", a.getAs("label"));
    // q1 and q2 are published on one day by two outlets: no outlet had it first.
    assertNull(stories.get("q1").getAs("first_source"));
    assertEquals(written.rows(StoriesTable.TABLE), stories.size());
    long docs = 0;
    for (Row r : stories.values()) {
      docs += r.<Long>getAs("n_docs");
    }
    assertEquals(DOCS.length, docs, "every member in the stories table");
    // An undated story is read from its text alone, and says nothing of time.
    Row u = stories.get("u1");
    assertEquals(2L, (long) u.getAs("n_docs"));
    assertNull(u.getAs("first_published"));
    assertNull(u.getAs("first_source"));
  }

  @Test
  void pairsAreComparedOnlyWithinTheWindowAndMarked() {
    List<Row> pairs = written.table(StoryPairsTable.TABLE).collectAsList();
    assertTrue(pairs.size() > 0);
    for (Row p : pairs) {
      String a = p.getAs("doc_a");
      String b = p.getAs("doc_b");
      assertTrue(a.compareTo(b) < 0);
      assertTrue(!a.equals("c1") && !b.equals("c1"), "c1 is a year from every other: " + p);
      double score = p.getAs("score");
      assertTrue(score >= 0 && score <= 1 + 1e-9, p.toString());
      assertEquals(storyOf().get(a).equals(storyOf().get(b)), p.<Boolean>getAs("same_story"));
    }
  }

  @Test
  void optionsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new StoryStage.Options(0, 7, 20, 100, 5));
    assertThrows(IllegalArgumentException.class, () -> new StoryStage.Options(0.3, 0, 20, 100, 5));
  }

  /** The id rule as the stories table writes it, computed in Spark. */
  static final class StoryTablesIds {
    static String of(String firstDoc) {
      return spark
          .range(1)
          .select(StoryStage.storyId(org.apache.spark.sql.functions.lit(firstDoc)))
          .first()
          .getString(0);
    }
  }
}
