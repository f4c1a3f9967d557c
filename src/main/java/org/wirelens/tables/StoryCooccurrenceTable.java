package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code story_cooccurrence} table: sentence co-occurrence per story and outlet. */
public final class StoryCooccurrenceTable {
  public static final String N_SENTENCES = "n_sentences";

  public static final TableDef TABLE =
      TableDef.table(
              "story_cooccurrence",
              "One row per story, outlet and pair of different entities mentioned in one sentence of that outlet's documents of the story: the `cooccurrence` table's sentence counts, story by story and outlet by outlet (a story's own counts are the sums over its outlets). Every pair is kept, whatever `--min-pair-units`.",
              StoriesTable.STORY_ID,
              Cols.SOURCE,
              Cols.ENTITY_A,
              Cols.ENTITY_B)
          .required(StoriesTable.STORY_ID, StringType, "Story (`stories.story_id`).")
          .required(Cols.SOURCE, StringType, "Outlet.")
          .required(Cols.ENTITY_A, StringType, "First entity id (`entity_a < entity_b`).")
          .required(Cols.ENTITY_B, StringType, "Second entity id.")
          .required(CooccurrenceTable.NAME_A, StringType, "Canonical name of `entity_a`.")
          .required(CooccurrenceTable.NAME_B, StringType, "Canonical name of `entity_b`.")
          .required(
              N_SENTENCES,
              LongType,
              "Sentences of the outlet's documents in the story mentioning both.")
          .required(Cols.N_DOCS, LongType, "Of those documents, the ones with such a sentence.")
          .build();

  private StoryCooccurrenceTable() {}
}
