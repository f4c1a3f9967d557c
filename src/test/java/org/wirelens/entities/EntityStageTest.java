package org.wirelens.entities;

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
 * The entities table from hand-made mentions: a catalog entity keeps its catalog name and type; a
 * model-found entity is named by its commonest full name (not made fuller by an article or a legal
 * form), and typed by the majority of its mentions.
 */
class EntityStageTest extends SparkTestBase {
  private static Map<String, Row> entities;

  private static Row mention(
      String doc, String source, String surface, String entity, String type, String recognizer) {
    return RowFactory.create(doc, source, surface, entity, type, recognizer);
  }

  @BeforeAll
  static void compute() {
    StructType schema =
        new StructType()
            .add("doc_id", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("surface", DataTypes.StringType)
            .add("entity_id", DataTypes.StringType)
            .add("mention_type", DataTypes.StringType)
            .add("recognizer", DataTypes.StringType);
    Dataset<Row> mentions =
        spark.createDataFrame(
            List.of(
                // Haftar: tagged LOCATION once, PERSON twice; the one-word form is commoner.
                mention("d1", "S1", "Khalifa Haftar", "ent:khlf-haftar", "PERSON", "corenlp"),
                mention("d1", "S1", "Haftar", "ent:khlf-haftar", "LOC", "corenlp"),
                mention("d2", "S2", "Haftar", "ent:khlf-haftar", "PERSON", "corenlp"),
                // The Treasury, with and without its article.
                mention("d1", "S1", "the Treasury", "ent:treasury", "ORG", "corenlp"),
                mention("d2", "S2", "the Treasury", "ent:treasury", "ORG", "corenlp"),
                mention("d2", "S2", "Treasury", "ent:treasury", "ORG", "corenlp"),
                // A name wrapped across two lines is the same surface form.
                mention("d2", "S2", "Khalifa\nHaftar", "ent:khlf-haftar", "PERSON", "corenlp"),
                // A legal form does not make a fuller name.
                mention("d1", "S1", "Reuters", "ent:reuters", "ORG", "corenlp"),
                mention("d2", "S2", "Reuters", "ent:reuters", "ORG", "corenlp"),
                mention("d2", "S2", "Reuters Inc", "ent:reuters", "ORG", "corenlp"),
                // A catalog entity found as a demonym and as a name.
                mention("d1", "S1", "Turkish", "gpe:tr", "NORP", "catalog"),
                mention("d2", "S2", "Turkey", "gpe:tr", "GPE", "catalog"),
                mention("d2", "S2", "Turkey", "gpe:tr", "GPE", "catalog")),
            schema);
    Dataset<Row> names =
        spark.createDataFrame(
            List.of(RowFactory.create("gpe:tr", "Turkey", "GPE")),
            new StructType()
                .add("entity_id", DataTypes.StringType)
                .add("name", DataTypes.StringType)
                .add("type", DataTypes.StringType));
    entities =
        EntityStage.entities(mentions, names).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("entity_id"), r -> r));
  }

  @Test
  void modelEntityTakesItsFullNameAndMajorityType() {
    Row haftar = entities.get("ent:khlf-haftar");
    assertEquals("Khalifa Haftar", haftar.getAs("name"));
    assertEquals("PERSON", haftar.getAs("type"));
    assertEquals(4L, haftar.<Long>getAs("n_mentions"));
    assertEquals(2L, haftar.<Long>getAs("n_docs"));
    assertEquals(2L, haftar.<Long>getAs("n_sources"));
    assertEquals(
        List.of("Haftar", "Khalifa Haftar"), haftar.getList(haftar.fieldIndex("surface_forms")));
    assertEquals(
        Map.of("S1", 2L, "S2", 2L), haftar.getJavaMap(haftar.fieldIndex("mentions_by_source")));
  }

  @Test
  void leadingArticleIsNotPartOfTheName() {
    Row treasury = entities.get("ent:treasury");
    assertEquals("Treasury", treasury.getAs("name"));
    // The surfaces stay as written.
    assertEquals(
        List.of("Treasury", "the Treasury"),
        treasury.getList(treasury.fieldIndex("surface_forms")));
  }

  @Test
  void legalFormIsNotPartOfTheName() {
    assertEquals("Reuters", entities.get("ent:reuters").getAs("name"));
  }

  @Test
  void catalogEntityKeepsCatalogNameAndType() {
    Row turkey = entities.get("gpe:tr");
    assertEquals("Turkey", turkey.getAs("name"));
    assertEquals("GPE", turkey.getAs("type"));
    assertEquals(3L, turkey.<Long>getAs("n_mentions"));
    assertEquals(List.of("catalog"), turkey.getList(turkey.fieldIndex("recognizers")));
    assertEquals(4, entities.size());
  }
}
