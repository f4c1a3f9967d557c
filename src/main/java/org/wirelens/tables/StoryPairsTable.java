package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code story_pairs} table: the document pairs compared for stories, with their score. */
public final class StoryPairsTable {
  public static final String SCORE = "score";
  public static final String LINKED = "linked";
  public static final String SAME_STORY = "same_story";

  public static final TableDef TABLE =
      TableDef.table(
              "story_pairs",
              "One row per document pair compared for stories (`doc_a < doc_b`): pairs that share a distinctive term or entity within the time window. Pairs never compared have no row (their score is taken as 0).",
              DocOverlapTable.DOC_A,
              DocOverlapTable.DOC_B)
          .required(DocOverlapTable.DOC_A, StringType, "First document (the smaller id).")
          .required(DocOverlapTable.DOC_B, StringType, "Second document.")
          .required(
              SCORE,
              DoubleType,
              "Same-story score in [0, 1]: cos_terms^0.8 x cos_entities^0.2 of the two documents' TF-IDF vectors of terms and of entities, each counting its lead twice (see How it works); 0 when either names no entity.")
          .required(
              LINKED,
              BooleanType,
              "Whether the pair is an edge of the story graph: its score at least the stage's threshold and among either document's few best pairs (`StoryStage.Options`).")
          .required(SAME_STORY, BooleanType, "Whether the two documents ended in one story.")
          .build();

  private StoryPairsTable() {}
}
