package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.DataTypes;

/** The {@code stories} table: one row per story, the articles that report one event. */
public final class StoriesTable {
  public static final String STORY_ID = "story_id";
  public static final String LABEL = "label";
  public static final String FIRST_DOC = "first_doc";
  public static final String FIRST_PUBLISHED = "first_published";
  public static final String LAST_PUBLISHED = "last_published";
  public static final String N_SOURCES = "n_sources";
  public static final String FIRST_SOURCE = "first_source";
  public static final String TOP_ENTITIES = "top_entities";

  public static final TableDef TABLE =
      TableDef.table(
              "stories",
              "One row per story: the documents that report one event, found from their shared distinctive terms and entities (see How it works). Every document is in exactly one story; a story may hold one document.",
              STORY_ID)
          .required(
              STORY_ID,
              StringType,
              "Story id: `st-` and a hash of its first document's id (by publication, then id), the same from run to run for the same first document; when stories merge, the id of the one whose first document came first survives.")
          .required(
              LABEL,
              StringType,
              "Its most widely mentioned entities (up to three, by documents), else its most distinctive terms, joined by ` · `.")
          .optional(
              Cols.TITLE,
              StringType,
              "A representative title: that of the member most similar to the others (the first document's for a story of one).")
          .required(FIRST_DOC, StringType, "The story's first document (by publication, then id).")
          .optional(
              FIRST_PUBLISHED, StringType, "`published` of its earliest dated member, as given.")
          .optional(LAST_PUBLISHED, StringType, "`published` of its latest dated member, as given.")
          .required(Cols.N_DOCS, LongType, "Documents in the story.")
          .required(N_SOURCES, LongType, "Outlets with a document in it.")
          .optional(
              FIRST_SOURCE,
              StringType,
              "Outlet of its earliest dated document; null when no member is dated or two outlets tie for first.")
          .required(
              TOP_ENTITIES,
              DataTypes.createArrayType(StringType, false),
              "Names of up to five entities mentioned by the most of its documents (ties by mentions, then name).")
          .build();

  private StoriesTable() {}
}
