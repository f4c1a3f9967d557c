package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code story_members} table: each document in the story it reports. */
public final class StoryMembersTable {
  public static final String STORY_ID = StoriesTable.STORY_ID;
  public static final String SIMILARITY = "similarity";
  public static final String TIME_RANK = "time_rank";
  public static final String LAG_HOURS = "lag_hours";

  public static final TableDef TABLE =
      TableDef.table(
              "story_members",
              "One row per document: the story it is in (every document is in exactly one).",
              Cols.DOC_ID)
          .required(Cols.DOC_ID, StringType, "Document.")
          .required(STORY_ID, StringType, "Its story (`stories.story_id`).")
          .required(Cols.SOURCE, StringType, "Outlet of the document.")
          .optional(DocumentsTable.PUBLISHED, StringType, "`documents.published`, as given.")
          .optional(
              SIMILARITY,
              DoubleType,
              "Its highest same-story score (`story_pairs.score`) with another member; null in a story of one.")
          .optional(
              TIME_RANK,
              IntegerType,
              "Rank in time among the story's dated members, 1 = first (members published on the same day rank by time where both give one, else by id); null when undated.")
          .optional(
              LAG_HOURS,
              DoubleType,
              "Hours after the story's first dated member: from the instants where both give a time, else from the days (24 per day); null when undated.")
          .build();

  private StoryMembersTable() {}
}
