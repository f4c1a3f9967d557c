package org.wirelens.stories;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.index.Candidates;
import org.wirelens.stage.Stage;
import org.wirelens.stage.StageResult;
import org.wirelens.stage.TableOutput;
import org.wirelens.tables.Cols;
import org.wirelens.tables.CooccurrenceTable;
import org.wirelens.tables.DocOverlapTable;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.EntitiesTable;
import org.wirelens.tables.QuotesTable;
import org.wirelens.tables.ReusePassagesTable;
import org.wirelens.tables.StoriesTable;
import org.wirelens.tables.StoryCooccurrenceTable;
import org.wirelens.tables.StoryMembersTable;
import org.wirelens.tables.StorySourceOverlapTable;
import org.wirelens.tables.StorySourcesTable;

/**
 * Each story's coverage compared outlet by outlet: {@code story_sources} (who had it first, how
 * much, which entities each stressed, whom each quoted, whose text each reused), {@code
 * story_cooccurrence} (sentence co-occurrence per story and outlet) and {@code
 * story_source_overlap} (what two outlets share within a story). Every figure is a join of the
 * written tables on {@code story_members} and a group by story, so the cost is that of the tables
 * it reads; the corpus-wide tables stay as they are.
 */
public final class StoryCoverageStage
    implements Stage<StoryCoverageStage.Input, StoryCoverageStage.Result> {
  private static final String STORY = StoriesTable.STORY_ID;
  private static final String R = "r";

  /**
   * @param members the written story_members table
   * @param documents the documents table
   * @param mentions the mentions table
   * @param entities the entities table
   * @param quotes the quotes table
   * @param passages the reuse_passages table
   * @param docOverlap the doc_overlap table
   */
  public record Input(
      Dataset<Row> members,
      Dataset<Row> documents,
      Dataset<Row> mentions,
      Dataset<Row> entities,
      Dataset<Row> quotes,
      Dataset<Row> passages,
      Dataset<Row> docOverlap) {}

  /** The three tables, each a plan over the input tables. */
  public record Result(Input input) implements StageResult {
    @Override
    public List<TableOutput> tables() {
      return List.of(
          TableOutput.whole(StorySourcesTable.TABLE, sources(input)),
          TableOutput.whole(StoryCooccurrenceTable.TABLE, cooccurrence(input)),
          TableOutput.whole(StorySourceOverlapTable.TABLE, sourceOverlap(input)));
    }
  }

  @Override
  public String name() {
    return "story coverage";
  }

  @Override
  public String description() {
    return "story coverage: each story outlet by outlet (sources, co-occurrence, overlap)";
  }

  @Override
  public Result run(Input input) {
    return new Result(input);
  }

  private static Dataset<Row> storyOf(Input input) {
    return input.members().select(col(Cols.DOC_ID), col(STORY), col(Cols.SOURCE));
  }

  /** story_sources: one row per story and outlet. */
  static Dataset<Row> sources(Input input) {
    Dataset<Row> members = input.members();
    Dataset<Row> storySize = members.groupBy(col(STORY)).agg(count("*").as("story_docs"));
    // The outlet's earliest dated member: the least order key among its dated members.
    Dataset<Row> base =
        members
            .join(
                input.documents().select(col(Cols.DOC_ID), col(DocumentsTable.N_TOKENS)),
                Cols.DOC_ID)
            .withColumn("key", Candidates.orderKey(col(DocumentsTable.PUBLISHED), col(Cols.DOC_ID)))
            .groupBy(col(STORY), col(Cols.SOURCE))
            .agg(
                count("*").as(Cols.N_DOCS),
                sum(col(DocumentsTable.N_TOKENS)).as("tokens"),
                min(when(
                        col(StoryMembersTable.TIME_RANK).isNotNull(),
                        struct(
                            col("key"),
                            col(DocumentsTable.PUBLISHED),
                            col(StoryMembersTable.LAG_HOURS))))
                    .as("first"))
            .join(storySize, STORY)
            .withColumn(
                StorySourcesTable.SHARE, col(Cols.N_DOCS).cast("double").divide(col("story_docs")))
            .withColumn(
                StorySourcesTable.FIRST_PUBLISHED, col("first").getField(DocumentsTable.PUBLISHED))
            .withColumn(
                StorySourcesTable.LAG_HOURS, col("first").getField(StoryMembersTable.LAG_HOURS));
    return base.join(stressed(input), new String[] {STORY, Cols.SOURCE}, "left")
        .join(quoted(input), new String[] {STORY, Cols.SOURCE}, "left")
        .join(reused(input), new String[] {STORY, Cols.SOURCE}, "left")
        .withColumn(
            StorySourcesTable.N_MENTIONS, coalesce(col(StorySourcesTable.N_MENTIONS), lit(0L)))
        .withColumn(
            StorySourcesTable.STRESSED,
            coalesce(col(StorySourcesTable.STRESSED), empty(StorySourcesTable.STRESSED_ENTITY)))
        .withColumn(StorySourcesTable.N_QUOTES, coalesce(col(StorySourcesTable.N_QUOTES), lit(0L)))
        .withColumn(
            StorySourcesTable.QUOTED,
            coalesce(col(StorySourcesTable.QUOTED), empty(StorySourcesTable.QUOTED_SPEAKER)))
        .withColumn(
            StorySourcesTable.REUSED_WORDS, coalesce(col(StorySourcesTable.REUSED_WORDS), lit(0L)))
        .withColumn(
            StorySourcesTable.REUSED_SHARE,
            when(
                    col("tokens").gt(0),
                    least(
                        lit(1.0),
                        col(StorySourcesTable.REUSED_WORDS).cast("double").divide(col("tokens"))))
                .otherwise(lit(0.0)))
        .withColumn(
            StorySourcesTable.REUSED_FROM,
            coalesce(col(StorySourcesTable.REUSED_FROM), empty(StorySourcesTable.REUSED_SOURCE)))
        .select(StorySourcesTable.TABLE.selectColumns());
  }

  private static Column empty(StructType element) {
    return org.apache.spark.sql.functions.array().cast(DataTypes.createArrayType(element, false));
  }

  /**
   * The entities each outlet stressed in a story: the weighted log-odds ratio with an informative
   * Dirichlet prior (Monroe, Colaresi and Quinn 2008, eq. 16 and 18), this outlet's mentions {@code
   * i} against the story's other outlets' {@code j}, with the story's own counts as the prior
   * ({@code a_w} = the story's mentions of w, {@code a0} = all its mentions), so a rare entity
   * needs many mentions to stand out: delta = ln((y_iw + a_w) / (n_i + a0 - y_iw - a_w)) - ln((y_jw
   * + a_w) / (n_j + a0 - y_jw - a_w)), z = delta / sqrt(1 / (y_iw + a_w) + 1 / (y_jw + a_w)). Also
   * each outlet's mention count ({@code n_mentions}).
   */
  private static Dataset<Row> stressed(Input input) {
    Dataset<Row> counts =
        input
            .mentions()
            .join(storyOf(input).drop(Cols.SOURCE), Cols.DOC_ID)
            .groupBy(col(STORY), col(Cols.SOURCE), col(Cols.ENTITY_ID))
            .agg(count("*").as("y_i"));
    Column yw = sum(col("y_i")).over(Window.partitionBy(col(STORY), col(Cols.ENTITY_ID)));
    Column ni = sum(col("y_i")).over(Window.partitionBy(col(STORY), col(Cols.SOURCE)));
    Column n = sum(col("y_i")).over(Window.partitionBy(col(STORY)));
    Column outlets =
        org.apache.spark.sql.functions.size(
            org.apache
                .spark
                .sql
                .functions
                .collect_set(col(Cols.SOURCE))
                .over(Window.partitionBy(col(STORY))));
    Dataset<Row> withTotals =
        counts
            .withColumn("a_w", yw)
            .withColumn("n_i", ni)
            .withColumn("a0", n)
            .withColumn("outlets", outlets)
            .withColumn("y_j", col("a_w").minus(col("y_i")))
            .withColumn("n_j", col("a0").minus(col("n_i")));
    Column ownOdds = col("n_i").plus(col("a0")).minus(col("y_i")).minus(col("a_w"));
    Column restOdds = col("n_j").plus(col("a0")).minus(col("y_j")).minus(col("a_w"));
    Column delta =
        log(col("y_i").plus(col("a_w")).divide(ownOdds))
            .minus(log(col("y_j").plus(col("a_w")).divide(restOdds)));
    Column z =
        delta.divide(
            sqrt(
                lit(1.0)
                    .divide(col("y_i").plus(col("a_w")))
                    .plus(lit(1.0).divide(col("y_j").plus(col("a_w"))))));
    Dataset<Row> scored =
        withTotals
            .withColumn(
                StorySourcesTable.Z,
                when(
                    col("outlets").gt(1).and(ownOdds.gt(0)).and(restOdds.gt(0)),
                    org.apache.spark.sql.functions.bround(z, 6)))
            .join(
                input.entities().select(col(Cols.ENTITY_ID), col(EntitiesTable.NAME)),
                new String[] {Cols.ENTITY_ID},
                "left");
    Dataset<Row> mentionsBySource =
        counts
            .groupBy(col(STORY), col(Cols.SOURCE))
            .agg(sum(col("y_i")).as(StorySourcesTable.N_MENTIONS));
    Dataset<Row> top =
        scored
            .filter(col(StorySourcesTable.Z).gt(0))
            .withColumn(
                R,
                row_number()
                    .over(
                        Window.partitionBy(col(STORY), col(Cols.SOURCE))
                            .orderBy(col(StorySourcesTable.Z).desc(), col(Cols.ENTITY_ID))))
            .filter(col(R).leq(StorySourcesTable.LISTED))
            .groupBy(col(STORY), col(Cols.SOURCE))
            .agg(
                ranked(
                        struct(
                            col(Cols.ENTITY_ID).as(StorySourcesTable.ENTITY_ID),
                            col(EntitiesTable.NAME).as(StorySourcesTable.NAME),
                            col("y_i").as(StorySourcesTable.MENTIONS),
                            col(StorySourcesTable.Z)))
                    .as(StorySourcesTable.STRESSED));
    return mentionsBySource.join(top, new String[] {STORY, Cols.SOURCE}, "left");
  }

  /** Elements collected with their rank {@code r}, in rank order. */
  private static Column ranked(Column element) {
    return transform(
        array_sort(collect_list(struct(col(R), element.as("e")))), x -> x.getField("e"));
  }

  /** Whom each outlet quoted in a story, and how many quotations it has there. */
  private static Dataset<Row> quoted(Input input) {
    Dataset<Row> quotes =
        input
            .quotes()
            .select(col(Cols.DOC_ID), col(QuotesTable.SPEAKER_ENTITY_ID))
            .join(storyOf(input), Cols.DOC_ID);
    Dataset<Row> all =
        quotes.groupBy(col(STORY), col(Cols.SOURCE)).agg(count("*").as(StorySourcesTable.N_QUOTES));
    Dataset<Row> top =
        quotes
            .filter(col(QuotesTable.SPEAKER_ENTITY_ID).isNotNull())
            .groupBy(col(STORY), col(Cols.SOURCE), col(QuotesTable.SPEAKER_ENTITY_ID))
            .agg(count("*").as(StorySourcesTable.QUOTES))
            .join(
                input
                    .entities()
                    .select(
                        col(Cols.ENTITY_ID).as(QuotesTable.SPEAKER_ENTITY_ID),
                        col(EntitiesTable.NAME)),
                new String[] {QuotesTable.SPEAKER_ENTITY_ID},
                "left")
            .withColumn(
                R,
                row_number()
                    .over(
                        Window.partitionBy(col(STORY), col(Cols.SOURCE))
                            .orderBy(
                                col(StorySourcesTable.QUOTES).desc(),
                                col(QuotesTable.SPEAKER_ENTITY_ID))))
            .filter(col(R).leq(StorySourcesTable.LISTED))
            .groupBy(col(STORY), col(Cols.SOURCE))
            .agg(
                ranked(
                        struct(
                            col(QuotesTable.SPEAKER_ENTITY_ID).as(StorySourcesTable.ENTITY_ID),
                            col(EntitiesTable.NAME).as(StorySourcesTable.NAME),
                            col(StorySourcesTable.QUOTES)))
                    .as(StorySourcesTable.QUOTED));
    return all.join(top, new String[] {STORY, Cols.SOURCE}, "left");
  }

  /**
   * Reuse passages within a story between two outlets, once from each side: the side's document,
   * story and outlet, the other side's outlet, the side's words, and whether the other side came
   * first or the order is unknown.
   */
  private static Dataset<Row> passageSides(Input input) {
    Dataset<Row> p = input.passages();
    Column[] a = {
      col(ReusePassagesTable.DOC_A).as(Cols.DOC_ID),
      col(Cols.SOURCE_A).as(Cols.SOURCE),
      col(Cols.SOURCE_B).as("other_source"),
      col(ReusePassagesTable.DOC_B).as("other_doc"),
      col(ReusePassagesTable.WORDS_A).as("words"),
      col(ReusePassagesTable.FIRST_DOC)
    };
    Column[] b = {
      col(ReusePassagesTable.DOC_B).as(Cols.DOC_ID),
      col(Cols.SOURCE_B).as(Cols.SOURCE),
      col(Cols.SOURCE_A).as("other_source"),
      col(ReusePassagesTable.DOC_A).as("other_doc"),
      col(ReusePassagesTable.WORDS_B).as("words"),
      col(ReusePassagesTable.FIRST_DOC)
    };
    Dataset<Row> stories = storyOf(input).drop(Cols.SOURCE);
    return p.select(a)
        .unionByName(p.select(b))
        .filter(col(Cols.SOURCE).notEqual(col("other_source")))
        .join(stories, Cols.DOC_ID)
        .join(
            stories.select(col(Cols.DOC_ID).as("other_doc"), col(STORY).as("other_story")),
            "other_doc")
        .filter(col(STORY).equalTo(col("other_story")))
        .withColumn(
            "taken",
            col(ReusePassagesTable.FIRST_DOC)
                .isNull()
                .or(col(ReusePassagesTable.FIRST_DOC).equalTo(col("other_doc"))));
  }

  /** How much of each outlet's text in a story is reused from the story's other outlets. */
  private static Dataset<Row> reused(Input input) {
    Dataset<Row> bySource =
        passageSides(input)
            .filter(col("taken"))
            .groupBy(col(STORY), col(Cols.SOURCE), col("other_source"))
            .agg(
                count("*").as(StorySourcesTable.PASSAGES),
                sum(col("words").cast("long")).as(StorySourcesTable.WORDS));
    return bySource
        .withColumn(
            R,
            row_number()
                .over(
                    Window.partitionBy(col(STORY), col(Cols.SOURCE))
                        .orderBy(col(StorySourcesTable.WORDS).desc(), col("other_source"))))
        .groupBy(col(STORY), col(Cols.SOURCE))
        .agg(
            sum(col(StorySourcesTable.WORDS)).as(StorySourcesTable.REUSED_WORDS),
            ranked(
                    when(
                        col(R).leq(StorySourcesTable.LISTED),
                        struct(
                            col("other_source").as(Cols.SOURCE),
                            col(StorySourcesTable.PASSAGES),
                            col(StorySourcesTable.WORDS))))
                .as("listed"))
        .withColumn(
            StorySourcesTable.REUSED_FROM,
            org.apache.spark.sql.functions.filter(col("listed"), x -> x.isNotNull()))
        .drop("listed");
  }

  /** story_cooccurrence: pairs of entities in one sentence, per story and outlet. */
  static Dataset<Row> cooccurrence(Input input) {
    Dataset<Row> inSentence =
        input
            .mentions()
            .select(col(Cols.DOC_ID), col(Cols.SENTENCE_IDX), col(Cols.ENTITY_ID))
            .distinct();
    Dataset<Row> a = inSentence.withColumnRenamed(Cols.ENTITY_ID, Cols.ENTITY_A);
    Dataset<Row> b = inSentence.withColumnRenamed(Cols.ENTITY_ID, Cols.ENTITY_B);
    Dataset<Row> names = input.entities().select(col(Cols.ENTITY_ID), col(EntitiesTable.NAME));
    return a.join(b, new String[] {Cols.DOC_ID, Cols.SENTENCE_IDX})
        .filter(col(Cols.ENTITY_A).lt(col(Cols.ENTITY_B)))
        .join(storyOf(input), Cols.DOC_ID)
        .groupBy(col(STORY), col(Cols.SOURCE), col(Cols.ENTITY_A), col(Cols.ENTITY_B))
        .agg(
            count("*").as(StoryCooccurrenceTable.N_SENTENCES),
            countDistinct(col(Cols.DOC_ID)).as(Cols.N_DOCS))
        .join(
            names.select(
                col(Cols.ENTITY_ID).as(Cols.ENTITY_A),
                col(EntitiesTable.NAME).as(CooccurrenceTable.NAME_A)),
            Cols.ENTITY_A)
        .join(
            names.select(
                col(Cols.ENTITY_ID).as(Cols.ENTITY_B),
                col(EntitiesTable.NAME).as(CooccurrenceTable.NAME_B)),
            Cols.ENTITY_B)
        .select(StoryCooccurrenceTable.TABLE.selectColumns());
  }

  /** story_source_overlap: what two outlets share within one story. */
  static Dataset<Row> sourceOverlap(Input input) {
    Dataset<Row> stories = storyOf(input);
    Dataset<Row> outlets =
        input.members().groupBy(col(STORY), col(Cols.SOURCE)).agg(count("*").as("docs"));
    Dataset<Row> pairs =
        outlets
            .select(col(STORY), col(Cols.SOURCE).as(Cols.SOURCE_A), col("docs").as("docs_a"))
            .join(
                outlets.select(
                    col(STORY), col(Cols.SOURCE).as(Cols.SOURCE_B), col("docs").as("docs_b")),
                STORY)
            .filter(col(Cols.SOURCE_A).lt(col(Cols.SOURCE_B)));
    // Entities per story and outlet, then the pairs of outlets sharing each.
    Dataset<Row> entitySets =
        input
            .mentions()
            .select(col(Cols.DOC_ID), col(Cols.ENTITY_ID))
            .join(stories, Cols.DOC_ID)
            .select(col(STORY), col(Cols.SOURCE), col(Cols.ENTITY_ID))
            .distinct();
    Dataset<Row> perOutlet =
        entitySets.groupBy(col(STORY), col(Cols.SOURCE)).agg(count("*").as("entities"));
    Dataset<Row> shared =
        entitySets
            .withColumnRenamed(Cols.SOURCE, Cols.SOURCE_A)
            .join(
                entitySets.withColumnRenamed(Cols.SOURCE, Cols.SOURCE_B),
                new String[] {STORY, Cols.ENTITY_ID})
            .filter(col(Cols.SOURCE_A).lt(col(Cols.SOURCE_B)))
            .groupBy(col(STORY), col(Cols.SOURCE_A), col(Cols.SOURCE_B))
            .agg(count("*").as(StorySourceOverlapTable.SHARED_ENTITIES));
    // doc_overlap pairs within a story, oriented by outlet.
    Dataset<Row> docPairs =
        orient(
                input
                    .docOverlap()
                    .select(
                        col(DocOverlapTable.DOC_A),
                        col(DocOverlapTable.DOC_B),
                        col(DocOverlapTable.SHARED_SHINGLES),
                        lit(null).cast("string").as(ReusePassagesTable.FIRST_DOC)),
                stories)
            .groupBy(col(STORY), col(Cols.SOURCE_A), col(Cols.SOURCE_B))
            .agg(
                count("*").as(StorySourceOverlapTable.DOC_PAIRS),
                sum(col(DocOverlapTable.SHARED_SHINGLES).cast("long"))
                    .as(StorySourceOverlapTable.SHARED_SHINGLES));
    Dataset<Row> passages =
        orient(
                input
                    .passages()
                    .select(
                        col(ReusePassagesTable.DOC_A),
                        col(ReusePassagesTable.DOC_B),
                        lit(0).as(DocOverlapTable.SHARED_SHINGLES),
                        col(ReusePassagesTable.FIRST_DOC)),
                stories)
            .groupBy(col(STORY), col(Cols.SOURCE_A), col(Cols.SOURCE_B))
            .agg(
                count("*").as(StorySourceOverlapTable.PASSAGES),
                count(when(col("first_side").equalTo("a"), true))
                    .as(StorySourceOverlapTable.PASSAGES_A_TO_B),
                count(when(col("first_side").equalTo("b"), true))
                    .as(StorySourceOverlapTable.PASSAGES_B_TO_A));
    String[] key = {STORY, Cols.SOURCE_A, Cols.SOURCE_B};
    Column zero = lit(0L);
    return pairs
        .join(
            perOutlet.select(
                col(STORY), col(Cols.SOURCE).as(Cols.SOURCE_A), col("entities").as("ents_a")),
            new String[] {STORY, Cols.SOURCE_A},
            "left")
        .join(
            perOutlet.select(
                col(STORY), col(Cols.SOURCE).as(Cols.SOURCE_B), col("entities").as("ents_b")),
            new String[] {STORY, Cols.SOURCE_B},
            "left")
        .join(shared, key, "left")
        .join(docPairs, key, "left")
        .join(passages, key, "left")
        .withColumn(
            StorySourceOverlapTable.SHARED_ENTITIES,
            coalesce(col(StorySourceOverlapTable.SHARED_ENTITIES), zero))
        .withColumn(
            "union",
            coalesce(col("ents_a"), zero)
                .plus(coalesce(col("ents_b"), zero))
                .minus(col(StorySourceOverlapTable.SHARED_ENTITIES)))
        .withColumn(
            StorySourceOverlapTable.ENTITY_JACCARD,
            when(
                col("union").gt(0),
                org.apache.spark.sql.functions.bround(
                    col(StorySourceOverlapTable.SHARED_ENTITIES)
                        .cast("double")
                        .divide(col("union")),
                    6)))
        .withColumn(
            StorySourceOverlapTable.DOC_PAIRS,
            coalesce(col(StorySourceOverlapTable.DOC_PAIRS), zero))
        .withColumn(
            StorySourceOverlapTable.SHARED_SHINGLES,
            coalesce(col(StorySourceOverlapTable.SHARED_SHINGLES), zero))
        .withColumn(
            StorySourceOverlapTable.PASSAGES, coalesce(col(StorySourceOverlapTable.PASSAGES), zero))
        .withColumn(
            StorySourceOverlapTable.PASSAGES_A_TO_B,
            coalesce(col(StorySourceOverlapTable.PASSAGES_A_TO_B), zero))
        .withColumn(
            StorySourceOverlapTable.PASSAGES_B_TO_A,
            coalesce(col(StorySourceOverlapTable.PASSAGES_B_TO_A), zero))
        .select(StorySourceOverlapTable.TABLE.selectColumns());
  }

  /**
   * Document pairs (doc_a, doc_b, shared_shingles, first_doc) whose two documents are in one story
   * and from two outlets, as (story_id, source_a &lt; source_b, shared_shingles, first_side: "a"
   * when first_doc is source_a's document, "b" when source_b's, else null).
   */
  private static Dataset<Row> orient(Dataset<Row> pairs, Dataset<Row> stories) {
    Dataset<Row> sa =
        stories.select(
            col(Cols.DOC_ID).as(DocOverlapTable.DOC_A), col(STORY), col(Cols.SOURCE).as("sa"));
    Dataset<Row> sb =
        stories.select(
            col(Cols.DOC_ID).as(DocOverlapTable.DOC_B),
            col(STORY).as("story_b"),
            col(Cols.SOURCE).as("sb"));
    Column aFirst = col(ReusePassagesTable.FIRST_DOC).equalTo(col(DocOverlapTable.DOC_A));
    Column bFirst = col(ReusePassagesTable.FIRST_DOC).equalTo(col(DocOverlapTable.DOC_B));
    Column swapped = col("sa").gt(col("sb"));
    return pairs
        .join(sa, DocOverlapTable.DOC_A)
        .join(sb, DocOverlapTable.DOC_B)
        .filter(col(STORY).equalTo(col("story_b")).and(col("sa").notEqual(col("sb"))))
        .select(
            col(STORY),
            least(col("sa"), col("sb")).as(Cols.SOURCE_A),
            greatest(col("sa"), col("sb")).as(Cols.SOURCE_B),
            col(DocOverlapTable.SHARED_SHINGLES),
            when(aFirst, when(swapped, lit("b")).otherwise(lit("a")))
                .when(bFirst, when(swapped, lit("a")).otherwise(lit("b")))
                .as("first_side"));
  }
}
