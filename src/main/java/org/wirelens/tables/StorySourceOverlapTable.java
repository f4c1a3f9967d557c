package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code story_source_overlap} table: pairs of outlets within one story. */
public final class StorySourceOverlapTable {
  public static final String DOCS_A = SourceOverlapTable.DOCS_A;
  public static final String DOCS_B = SourceOverlapTable.DOCS_B;
  public static final String SHARED_ENTITIES = "shared_entities";
  public static final String ENTITY_JACCARD = "entity_jaccard";
  public static final String DOC_PAIRS = SourceOverlapTable.DOC_PAIRS;
  public static final String SHARED_SHINGLES = SourceOverlapTable.SHARED_SHINGLES;
  public static final String PASSAGES = SourceOverlapTable.PASSAGES;
  public static final String PASSAGES_A_TO_B = SourceOverlapTable.PASSAGES_A_TO_B;
  public static final String PASSAGES_B_TO_A = SourceOverlapTable.PASSAGES_B_TO_A;

  public static final TableDef TABLE =
      TableDef.table(
              "story_source_overlap",
              "One row per story and pair of different outlets that both have a document in it: what the two share within that story (`source_overlap` is the same over the whole corpus).",
              StoriesTable.STORY_ID,
              Cols.SOURCE_A,
              Cols.SOURCE_B)
          .required(StoriesTable.STORY_ID, StringType, "Story (`stories.story_id`).")
          .required(Cols.SOURCE_A, StringType, "First outlet (`source_a < source_b`).")
          .required(Cols.SOURCE_B, StringType, "Second outlet.")
          .required(DOCS_A, LongType, "Documents of `source_a` in the story.")
          .required(DOCS_B, LongType, "Documents of `source_b` in the story.")
          .required(SHARED_ENTITIES, LongType, "Entities both outlets mention in the story.")
          .optional(
              ENTITY_JACCARD,
              DoubleType,
              "`shared_entities` over the entities either mentions in the story; null when neither mentions any.")
          .required(
              DOC_PAIRS,
              LongType,
              "`doc_overlap` pairs between the two outlets' documents of the story.")
          .required(SHARED_SHINGLES, LongType, "Sum of `shared_shingles` over those pairs.")
          .required(
              PASSAGES, LongType, "Reuse passages between the two outlets' documents of the story.")
          .required(
              PASSAGES_A_TO_B,
              LongType,
              "Of those, passages whose `first_doc` is `source_a`'s: text `source_b` may have taken from `source_a`.")
          .required(
              PASSAGES_B_TO_A, LongType, "Of those, passages whose `first_doc` is `source_b`'s.")
          .build();

  private StorySourceOverlapTable() {}
}
