package org.wirelens.stories;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.wirelens.index.Candidates;
import org.wirelens.index.Components;
import org.wirelens.stage.Tables;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocOverlapTable;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.EntitiesTable;
import org.wirelens.tables.StoriesTable;
import org.wirelens.tables.StoryMembersTable;
import org.wirelens.tables.StoryPairsTable;

/** The three story tables from the story graph's edges, each by joins and window functions. */
final class StoryTables {
  private static final String KEY = "order_key";
  private static final String DAY_KEY = "day_key";
  private static final String STORY = StoryMembersTable.STORY_ID;
  private static final String LABEL = Components.LABEL;

  private StoryTables() {}

  /**
   * story_members: each document's component of the edges (a document with no edge is a story of
   * its own), named after the component's first document.
   *
   * @param edges doc_a, doc_b, score
   * @param documents the documents table
   * @param scratch a folder of this run's for the components' rounds
   */
  static Dataset<Row> members(Dataset<Row> edges, Dataset<Row> documents, String scratch) {
    Dataset<Row> labels =
        Components.of(
            edges.select(
                col(DocOverlapTable.DOC_A).as(Components.NODE_A),
                col(DocOverlapTable.DOC_B).as(Components.NODE_B)),
            "stories",
            scratch);
    Dataset<Row> best =
        edges
            .select(col(DocOverlapTable.DOC_A).as(Cols.DOC_ID), col(StoryPairsTable.SCORE))
            .unionByName(
                edges.select(
                    col(DocOverlapTable.DOC_B).as(Cols.DOC_ID), col(StoryPairsTable.SCORE)))
            .groupBy(col(Cols.DOC_ID))
            .agg(max(col(StoryPairsTable.SCORE)).as(StoryMembersTable.SIMILARITY));
    Dataset<Row> docs =
        documents
            .select(
                col(Cols.DOC_ID),
                col(Cols.SOURCE),
                col(DocumentsTable.PUBLISHED),
                col(DocumentsTable.PUBLISHED_DAY),
                col(DocumentsTable.PUBLISHED_AT),
                Candidates.orderKey(col(DocumentsTable.PUBLISHED), col(Cols.DOC_ID)).as(KEY))
            .join(
                labels.select(col(Components.NODE).as(Cols.DOC_ID), col(LABEL)),
                new String[] {Cols.DOC_ID},
                "left")
            .withColumn(LABEL, coalesce(col(LABEL), col(Cols.DOC_ID)))
            .join(best, new String[] {Cols.DOC_ID}, "left");
    WindowSpec component = Window.partitionBy(col(LABEL));
    Column dated = col(DocumentsTable.PUBLISHED_DAY).isNotNull();
    WindowSpec datedInTime = Window.partitionBy(col(LABEL), dated).orderBy(col(KEY));
    Dataset<Row> withFirst =
        docs.withColumn(
                STORY,
                StoryStage.storyId(
                    min(struct(col(KEY), col(Cols.DOC_ID))).over(component).getField(Cols.DOC_ID)))
            .withColumn(
                "first_dated",
                first(
                        when(
                            dated,
                            struct(
                                col(DocumentsTable.PUBLISHED_DAY),
                                col(DocumentsTable.PUBLISHED_AT))),
                        true)
                    .over(
                        component
                            .orderBy(col(KEY))
                            .rowsBetween(
                                Window.unboundedPreceding(), Window.unboundedFollowing())));
    Column day0 = col("first_dated").getField(DocumentsTable.PUBLISHED_DAY);
    Column at0 = col("first_dated").getField(DocumentsTable.PUBLISHED_AT);
    Column lag =
        when(
                col(DocumentsTable.PUBLISHED_AT).isNotNull().and(at0.isNotNull()),
                col(DocumentsTable.PUBLISHED_AT)
                    .cast("double")
                    .minus(at0.cast("double"))
                    .divide(3600.0))
            .otherwise(datediff(col(DocumentsTable.PUBLISHED_DAY), day0).multiply(24.0));
    return withFirst
        .withColumn(StoryMembersTable.TIME_RANK, when(dated, row_number().over(datedInTime)))
        .withColumn(StoryMembersTable.LAG_HOURS, when(dated, lag.cast("double")))
        .select(StoryMembersTable.TABLE.selectColumns());
  }

  /** story_pairs: the scored pairs, each marked with whether both ended in one story. */
  static Dataset<Row> pairs(Dataset<Row> pairs, Tables written) {
    Dataset<Row> members =
        written.table(StoryMembersTable.TABLE).select(col(Cols.DOC_ID), col(STORY));
    return pairs
        .join(
            members
                .withColumnRenamed(Cols.DOC_ID, DocOverlapTable.DOC_A)
                .withColumnRenamed(STORY, "story_a"),
            DocOverlapTable.DOC_A)
        .join(
            members
                .withColumnRenamed(Cols.DOC_ID, DocOverlapTable.DOC_B)
                .withColumnRenamed(STORY, "story_b"),
            DocOverlapTable.DOC_B)
        .withColumn(StoryPairsTable.SAME_STORY, col("story_a").equalTo(col("story_b")))
        .select(StoryPairsTable.TABLE.selectColumns());
  }

  /** stories: one row per story, summed from its members as written. */
  static Dataset<Row> stories(Tables written, StoryStage.Input input) {
    Dataset<Row> members =
        written
            .table(StoryMembersTable.TABLE)
            .join(input.documents().select(col(Cols.DOC_ID), col(Cols.TITLE)), Cols.DOC_ID)
            .withColumn(KEY, Candidates.orderKey(col(DocumentsTable.PUBLISHED), col(Cols.DOC_ID)))
            // The order key's time part ("~" when undated): the instant, or the day, it was read
            // at.
            .withColumn(
                DAY_KEY, org.apache.spark.sql.functions.substring_index(col(KEY), "\u0000", 1))
            .withColumn(DAY_KEY, when(col(DAY_KEY).notEqual("~"), col(DAY_KEY)));
    Column dated = col(DAY_KEY).isNotNull();
    Dataset<Row> figures =
        members
            .groupBy(col(STORY))
            .agg(
                count("*").as(Cols.N_DOCS),
                countDistinct(col(Cols.SOURCE)).as(StoriesTable.N_SOURCES),
                min(struct(col(KEY), col(Cols.DOC_ID)))
                    .getField(Cols.DOC_ID)
                    .as(StoriesTable.FIRST_DOC),
                min(when(dated, struct(col(KEY), col(DocumentsTable.PUBLISHED))))
                    .getField(DocumentsTable.PUBLISHED)
                    .as(StoriesTable.FIRST_PUBLISHED),
                max(when(dated, struct(col(KEY), col(DocumentsTable.PUBLISHED))))
                    .getField(DocumentsTable.PUBLISHED)
                    .as(StoriesTable.LAST_PUBLISHED),
                min(col(DAY_KEY)).as("first_day_key"));
    // The outlet that had it first: the one source among the members at the earliest time.
    Dataset<Row> firstSource =
        members
            .join(figures.select(col(STORY), col("first_day_key")), STORY)
            .filter(col(DAY_KEY).equalTo(col("first_day_key")))
            .groupBy(col(STORY))
            .agg(
                countDistinct(col(Cols.SOURCE)).as("first_sources"),
                min(col(Cols.SOURCE)).as("first_source_any"))
            .select(
                col(STORY),
                when(col("first_sources").equalTo(1), col("first_source_any"))
                    .as(StoriesTable.FIRST_SOURCE));
    // The representative title: the member most similar to the others, then the first.
    WindowSpec bySimilarity =
        Window.partitionBy(col(STORY))
            .orderBy(col(StoryMembersTable.SIMILARITY).desc_nulls_last(), col(KEY));
    Dataset<Row> titles =
        members
            .withColumn("r", row_number().over(bySimilarity))
            .filter(col("r").equalTo(1))
            .select(col(STORY), col(Cols.TITLE));
    // Entities by the number of members mentioning them, then by their mentions, then by name.
    Dataset<Row> names = input.entities().select(col(Cols.ENTITY_ID), col(EntitiesTable.NAME));
    Dataset<Row> byDocs =
        input
            .mentions()
            .groupBy(col(Cols.DOC_ID), col(Cols.ENTITY_ID))
            .agg(count("*").as("m"))
            .join(members.select(col(Cols.DOC_ID), col(STORY)), Cols.DOC_ID)
            .groupBy(col(STORY), col(Cols.ENTITY_ID))
            .agg(count("*").as("n"), org.apache.spark.sql.functions.sum(col("m")).as("m"))
            .join(names, Cols.ENTITY_ID)
            .withColumn(
                "r",
                row_number()
                    .over(
                        Window.partitionBy(col(STORY))
                            .orderBy(
                                col("n").desc(),
                                col("m").desc(),
                                col(EntitiesTable.NAME),
                                col(Cols.ENTITY_ID))))
            .filter(col("r").leq(5))
            .groupBy(col(STORY))
            .agg(
                transform(
                        array_sort(collect_list(struct(col("r"), col(EntitiesTable.NAME)))),
                        e -> e.getField(EntitiesTable.NAME))
                    .as(StoriesTable.TOP_ENTITIES));
    Column top =
        coalesce(
            col(StoriesTable.TOP_ENTITIES),
            org.apache.spark.sql.functions.array().cast("array<string>"));
    return figures
        .join(firstSource, new String[] {STORY}, "left")
        .join(titles, STORY)
        .join(byDocs, new String[] {STORY}, "left")
        .withColumn(StoriesTable.TOP_ENTITIES, top)
        .withColumn(
            StoriesTable.LABEL,
            when(size(top).gt(0), array_join(slice(top, 1, 3), " \u00b7 "))
                .otherwise(coalesce(col(Cols.TITLE), col(StoriesTable.FIRST_DOC))))
        .select(StoriesTable.TABLE.selectColumns());
  }
}
