package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code story_sources} table: each story's coverage, outlet by outlet. */
public final class StorySourcesTable {
  public static final String SHARE = "share";
  public static final String FIRST_PUBLISHED = "first_published";
  public static final String LAG_HOURS = "lag_hours";
  public static final String N_MENTIONS = "n_mentions";
  public static final String STRESSED = "stressed_entities";
  public static final String N_QUOTES = "n_quotes";
  public static final String QUOTED = "quoted";
  public static final String REUSED_WORDS = "reused_words";
  public static final String REUSED_SHARE = "reused_share";
  public static final String REUSED_FROM = "reused_from";

  public static final String ENTITY_ID = Cols.ENTITY_ID;
  public static final String NAME = "name";
  public static final String MENTIONS = "mentions";
  public static final String Z = "z";
  public static final String QUOTES = "quotes";
  public static final String PASSAGES = "passages";
  public static final String WORDS = "words";

  public static final StructType STRESSED_ENTITY =
      new StructType()
          .add(ENTITY_ID, StringType, false)
          .add(NAME, StringType, true)
          .add(MENTIONS, LongType, false)
          .add(Z, DoubleType, false);
  public static final StructType QUOTED_SPEAKER =
      new StructType()
          .add(ENTITY_ID, StringType, false)
          .add(NAME, StringType, true)
          .add(QUOTES, LongType, false);
  public static final StructType REUSED_SOURCE =
      new StructType()
          .add(Cols.SOURCE, StringType, false)
          .add(PASSAGES, LongType, false)
          .add(WORDS, LongType, false);

  /** Entities, speakers and outlets listed per row, at most. */
  public static final int LISTED = 5;

  public static final TableDef TABLE =
      TableDef.table(
              "story_sources",
              "One row per story and outlet with a document in it: how that outlet covered the story beside the others.",
              StoriesTable.STORY_ID,
              Cols.SOURCE)
          .required(StoriesTable.STORY_ID, StringType, "Story (`stories.story_id`).")
          .required(Cols.SOURCE, StringType, "Outlet.")
          .required(Cols.N_DOCS, LongType, "The outlet's documents in the story.")
          .required(
              SHARE, DoubleType, "`n_docs` over the story's documents: its share of the coverage.")
          .optional(
              FIRST_PUBLISHED,
              StringType,
              "`published` of the outlet's earliest dated document in the story, as given; null when none is dated.")
          .optional(
              LAG_HOURS,
              DoubleType,
              "Hours its earliest dated document came after the story's first (`story_members.lag_hours`): 0 for the outlet that had it first.")
          .required(N_MENTIONS, LongType, "Entity mentions in its documents of the story.")
          .required(
              STRESSED,
              DataTypes.createArrayType(STRESSED_ENTITY, false),
              "Up to five entities this outlet mentions more than the story's other outlets do, most stressed first: `entity_id`, `name`, `mentions` (by this outlet), `z` (the z-score of the weighted log-odds ratio with an informative Dirichlet prior, Monroe et al. 2008: this outlet's mentions against the other outlets' in the story, the story's own mention counts as the prior; above about 2, a real difference). Only entities with z > 0; empty when the story has one outlet.")
          .required(N_QUOTES, LongType, "Quotations (`quotes` rows) in its documents of the story.")
          .required(
              QUOTED,
              DataTypes.createArrayType(QUOTED_SPEAKER, false),
              "Up to five speakers it quoted most in the story: `entity_id` (`quotes.speaker_entity_id`), `name` (`entities.name`), `quotes`; quotations with no resolved speaker are counted in `n_quotes` only.")
          .required(
              REUSED_WORDS,
              LongType,
              "Words of its documents in reuse passages (`reuse_passages`, this outlet's side) shared with another outlet's document of the same story that was published first, or whose order is unknown (`first_doc` null); a word in two passages counts twice.")
          .required(
              REUSED_SHARE,
              DoubleType,
              "`reused_words` over the tokens of its documents in the story (`documents.n_tokens`, which count punctuation too): roughly, the share of its text taken from other outlets.")
          .required(
              REUSED_FROM,
              DataTypes.createArrayType(REUSED_SOURCE, false),
              "Up to five outlets it reused text from in the story, most words first: `source`, `passages`, `words` (as in `reused_words`).")
          .build();

  private StorySourcesTable() {}
}
