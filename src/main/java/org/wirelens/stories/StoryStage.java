package org.wirelens.stories;

import static org.apache.spark.sql.functions.bround;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.wirelens.SparkPlans;
import org.wirelens.index.Candidates;
import org.wirelens.index.Components;
import org.wirelens.index.PairPlan;
import org.wirelens.index.TextFeatures;
import org.wirelens.index.TfIdf;
import org.wirelens.stage.Stage;
import org.wirelens.stage.StageResult;
import org.wirelens.stage.TableOutput;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocOverlapTable;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.StoriesTable;
import org.wirelens.tables.StoryMembersTable;
import org.wirelens.tables.StoryPairsTable;
import scala.collection.Seq;

/**
 * Stories: every document in the story it reports. Each document is two TF-IDF vectors, of its
 * terms and of its entities, each counting its lead twice ({@link #LEAD_TERMS}, {@link
 * #LEAD_SENTENCES}), and a pair's score is a weighted geometric mean of the two cosines ({@link
 * #TERMS_EXPONENT}): who and where tell two events of one kind apart, which the kind's own words
 * cannot. Candidate pairs come from each document's most distinctive features ({@link
 * Options#topFeatures}), posted by feature and, where documents are dated, by time window, and
 * paired by the index's rule ({@link PairPlan}), so the cost is linear in the documents; never all
 * pairs. Pairs scoring at least the threshold and among either document's best few are the edges of
 * a graph whose connected components ({@link Components}) are the stories. Keeping only each
 * document's best edges keeps one loose pair from chaining two stories into one.
 */
public final class StoryStage implements Stage<StoryStage.Input, StoryStage.Result> {
  private static final String FEATURES = "story_features";
  private static final String TOP = "top_features";
  private static final String FEATURE = "feature";
  private static final String POSTS = "posts";
  private static final String ORDER = "order_key";
  private static final String DAY = "day";
  private static final String KEY = "posting_key";
  private static final String RANK = "rank";
  private static final String BUCKET = "window";

  /** Entity features carry this prefix, which no token has, so an entity is never a term. */
  private static final String ENTITY_PREFIX = "\u0001";

  private static final String TERMS_PREFIX = "t_";
  private static final String ENTITIES_PREFIX = "e_";

  /** Each document's most distinctive terms it is indexed by (the job's default). */
  public static final int TOP_TERMS = 20;

  /**
   * A feature in up to this many documents of a window pairs every two of them (the job's default):
   * the shingle index's default document frequency.
   */
  public static final int MAX_FEATURE_DF = 30;

  /** An edge must be among either document's best this many pairs (the job's default). */
  public static final int NEIGHBOURS = 2;

  /** Each document's most distinctive entities it is indexed by, besides its terms. */
  private static final int TOP_ENTITIES = 5;

  /**
   * A document's first this many terms (about its headline and first four or five sentences) count
   * twice. News is written top down: the lead says what happened, to whom, where and when, and the
   * rest is background that two different events of one kind share (the history of an earlier
   * quake, the actor's earlier films). Measured with jobs/story_eval.py (threshold 0.25, 2
   * neighbours, {@link #TERMS_EXPONENT} 0.8), ECB+ B-cubed F1 / SemEval English pairs' F1: lead
   * counted once 0.885 / 0.833, twice 0.920 / 0.845, three times 0.910 / 0.857; twice from 40 terms
   * 0.908 / 0.829, from 100 0.911 / 0.845. A rule about how news is written, not about either set's
   * sentences.
   */
  static final int LEAD_TERMS = 80;

  /** Mentions in a document's first this many sentences count twice, as {@link #LEAD_TERMS}. */
  static final int LEAD_SENTENCES = 5;

  /**
   * The terms' weight in the score: cos_terms^0.8 * cos_entities^0.2. The entities tell apart two
   * events whose words are alike (a cosine of 0 vetoes the pair), but beyond that they are the
   * recogniser's guesses on a few features, so they weigh less than the words: with the lead
   * counted twice, the plain geometric mean (0.5) gave 0.889 / 0.811 as {@link #LEAD_TERMS}
   * measures, 0.8 gave 0.920 / 0.845.
   */
  static final double TERMS_EXPONENT = 0.8;

  /**
   * @param threshold the least score of a pair in one story
   * @param windowDays dated documents more than this many days apart are never paired (undated ones
   *     are paired with undated ones only)
   * @param topFeatures each document's most distinctive features (by TF-IDF weight) it is indexed
   *     by
   * @param maxFeatureDf a feature in up to this many documents of a window pairs every two of them;
   *     one in more pairs each with the earliest
   * @param neighbours an edge must be among either document's best this many pairs
   */
  public record Options(
      double threshold, int windowDays, int topFeatures, int maxFeatureDf, int neighbours) {
    public Options {
      if (threshold <= 0 || threshold > 1) {
        throw new IllegalArgumentException("story threshold must be in (0, 1]: " + threshold);
      }
      if (windowDays < 1 || topFeatures < 1 || maxFeatureDf < 2 || neighbours < 1) {
        throw new IllegalArgumentException(
            "story window, features, feature df and neighbours must be positive: "
                + windowDays
                + ", "
                + topFeatures
                + ", "
                + maxFeatureDf
                + ", "
                + neighbours);
      }
    }
  }

  /**
   * @param documents the documents table (doc_id, source, title, published, published_day)
   * @param features the index's per-document features ({@link TextFeatures}: terms)
   * @param mentions the mentions table
   * @param entities the entities table (names)
   * @param nDocs documents in the corpus
   * @param scratch a folder of this run's for the components' rounds ({@link Components})
   */
  public record Input(
      Dataset<Row> documents,
      Dataset<Row> features,
      Dataset<Row> mentions,
      Dataset<Row> entities,
      long nDocs,
      String scratch) {}

  /**
   * The compared pairs and the documents' vectors (cached: read several times) and the members;
   * stories are summed from the members as written.
   */
  public record Result(Dataset<Row> pairs, Dataset<Row> members, Input input, Dataset<Row> vectors)
      implements StageResult {
    @Override
    public List<TableOutput> tables() {
      return List.of(
          TableOutput.whole(StoryMembersTable.TABLE, members),
          TableOutput.whole(StoryPairsTable.TABLE, written -> StoryTables.pairs(pairs, written)),
          TableOutput.whole(StoriesTable.TABLE, written -> StoryTables.stories(written, input)));
    }

    @Override
    public void close() {
      pairs.unpersist();
      vectors.unpersist();
    }
  }

  private final Options options;

  public StoryStage(Options options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "stories";
  }

  @Override
  public String description() {
    return "stories: candidate pairs from distinctive terms and entities, their scores, components";
  }

  @Override
  public Result run(Input input) {
    Dataset<Row> vectors = SparkPlans.fresh(vectors(input));
    Dataset<Row> docs =
        input
            .documents()
            .select(
                col(Cols.DOC_ID),
                col(DocumentsTable.PUBLISHED),
                col(DocumentsTable.PUBLISHED_DAY).as(DAY),
                Candidates.orderKey(col(DocumentsTable.PUBLISHED), col(Cols.DOC_ID)).as(ORDER));
    Dataset<Row> scored =
        score(candidatePairs(vectors, docs, input.nDocs()), vectors)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> linked = linked(scored);
    return new Result(
        scored
            .join(
                linked.drop(StoryPairsTable.SCORE),
                new String[] {DocOverlapTable.DOC_A, DocOverlapTable.DOC_B},
                "left")
            .withColumn(StoryPairsTable.LINKED, col(StoryPairsTable.LINKED).isNotNull()),
        StoryTables.members(linked, input.documents(), input.scratch()),
        input,
        vectors);
  }

  /**
   * Each document's two TF-IDF vectors: of its terms ({@code t_} columns) and of the entities it
   * mentions ({@code e_} columns, null without any), one weight per mention; the lead's terms and
   * mentions counted twice (listed twice, so their tf doubles).
   */
  private static Dataset<Row> vectors(Input input) {
    Column terms0 = col(TextFeatures.TERMS);
    Dataset<Row> terms =
        TfIdf.vectors(
                input
                    .features()
                    .select(
                        col(Cols.DOC_ID),
                        concat(slice(terms0, 1, LEAD_TERMS), terms0).as(TextFeatures.TERMS)),
                TextFeatures.TERMS,
                input.nDocs())
            .select(
                col(Cols.DOC_ID),
                col(TfIdf.VECTOR_TERMS).as(TERMS_PREFIX + TfIdf.VECTOR_TERMS),
                col(TfIdf.VECTOR_WEIGHTS).as(TERMS_PREFIX + TfIdf.VECTOR_WEIGHTS));
    Dataset<Row> ents =
        TfIdf.vectors(
                input
                    .mentions()
                    .groupBy(col(Cols.DOC_ID))
                    .agg(
                        concat(
                                collect_list(col(Cols.ENTITY_ID)),
                                // collect_list skips the nulls: the lead's mentions once more
                                collect_list(
                                    when(
                                        col(Cols.SENTENCE_IDX).lt(LEAD_SENTENCES),
                                        col(Cols.ENTITY_ID))))
                            .as(FEATURES)),
                FEATURES,
                input.nDocs())
            .select(
                col(Cols.DOC_ID),
                col(TfIdf.VECTOR_TERMS).as(ENTITIES_PREFIX + TfIdf.VECTOR_TERMS),
                col(TfIdf.VECTOR_WEIGHTS).as(ENTITIES_PREFIX + TfIdf.VECTOR_WEIGHTS));
    return input
        .features()
        .select(col(Cols.DOC_ID))
        .join(terms, new String[] {Cols.DOC_ID}, "left")
        .join(ents, new String[] {Cols.DOC_ID}, "left");
  }

  /**
   * Pairs of documents sharing one of their most distinctive features, within the time window: each
   * document is posted under each top feature and its window (its own and the next, so two
   * documents at most a window apart share one), undated ones under the feature alone.
   */
  private Dataset<Row> candidatePairs(Dataset<Row> vectors, Dataset<Row> docs, long nDocs) {
    int k = options.topFeatures();
    int window = options.windowDays();
    UDF4<Seq<String>, Seq<Double>, Seq<String>, Seq<Double>, List<String>> topOf =
        (t, w, e, ew) -> {
          List<String> out = t == null ? new ArrayList<>() : top(t, w, k);
          if (e != null) {
            for (String x : top(e, ew, TOP_ENTITIES)) {
              out.add(ENTITY_PREFIX + x);
            }
          }
          return out;
        };
    Dataset<Row> posted =
        vectors
            .select(
                col(Cols.DOC_ID),
                udf(topOf, DataTypes.createArrayType(DataTypes.StringType, false))
                    .apply(
                        col(TERMS_PREFIX + TfIdf.VECTOR_TERMS),
                        col(TERMS_PREFIX + TfIdf.VECTOR_WEIGHTS),
                        col(ENTITIES_PREFIX + TfIdf.VECTOR_TERMS),
                        col(ENTITIES_PREFIX + TfIdf.VECTOR_WEIGHTS))
                    .as(TOP))
            .join(docs, Cols.DOC_ID)
            .select(col(Cols.DOC_ID), col(ORDER), col(DAY), explode(col(TOP)).as(FEATURE))
            .withColumn(
                BUCKET,
                org.apache.spark.sql.functions.floor(
                    org.apache
                        .spark
                        .sql
                        .functions
                        .datediff(col(DAY), lit("1970-01-01").cast("date"))
                        .divide(window)))
            .select(
                col(Cols.DOC_ID),
                col(ORDER),
                col(DAY),
                explode(
                        when(
                                col(DAY).isNull(),
                                org.apache.spark.sql.functions.array(
                                    concat(col(FEATURE), lit("\u0000u"))))
                            .otherwise(
                                org.apache.spark.sql.functions.array(
                                    concat(col(FEATURE), lit("\u0000"), col(BUCKET).cast("string")),
                                    concat(
                                        col(FEATURE),
                                        lit("\u0000"),
                                        col(BUCKET).plus(1).cast("string")))))
                    .as(KEY));
    int maxDf = options.maxFeatureDf();
    long maxStar = PairPlan.maxStarDf(nDocs);
    StructType pair =
        new StructType()
            .add(DocOverlapTable.DOC_A, DataTypes.StringType, false)
            .add(DocOverlapTable.DOC_B, DataTypes.StringType, false);
    return posted
        .groupBy(col(KEY))
        .agg(collect_list(struct(col(Cols.DOC_ID), col(ORDER), col(DAY))).as(POSTS))
        .flatMap(
            (FlatMapFunction<Row, Row>)
                r -> pairs(r.getList(r.fieldIndex(POSTS)), maxDf, maxStar, window),
            Encoders.row(pair))
        .distinct();
  }

  /** The pairs of one posting, by the index's rule, within the window. */
  static Iterator<Row> pairs(List<Row> posts, int maxDf, long maxStarDf, int windowDays) {
    TreeMap<String, Row> byDoc = new TreeMap<>();
    for (Row p : posts) {
      byDoc.put(p.getAs(Cols.DOC_ID), p);
    }
    List<Row> items = new ArrayList<>(byDoc.values());
    List<String> order = new ArrayList<>(items.size());
    for (Row p : items) {
      order.add(p.getAs(ORDER));
    }
    List<Row> out = new ArrayList<>();
    PairPlan.pairs(
        order,
        maxDf,
        maxStarDf,
        (x, y, indexed) -> {
          Row a = items.get(x);
          Row b = items.get(y);
          java.sql.Date da = a.getAs(DAY);
          java.sql.Date db = b.getAs(DAY);
          if (da != null
              && db != null
              && Math.abs(da.toLocalDate().toEpochDay() - db.toLocalDate().toEpochDay())
                  > windowDays) {
            return;
          }
          out.add(RowFactory.create(a.getAs(Cols.DOC_ID), b.getAs(Cols.DOC_ID)));
        });
    return out.iterator();
  }

  /** The {@code k} heaviest features of a vector, heaviest first, ties by feature. */
  static List<String> top(Seq<String> terms, Seq<Double> weights, int k) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < terms.length(); i++) {
      idx.add(i);
    }
    idx.sort(
        (i, j) -> {
          int c = Double.compare(weights.apply(j), weights.apply(i));
          return c != 0 ? c : terms.apply(i).compareTo(terms.apply(j));
        });
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(k, idx.size()); i++) {
      out.add(terms.apply(idx.get(i)));
    }
    return out;
  }

  /**
   * Each candidate pair's same-story score: cos_terms^{@value #TERMS_EXPONENT} * cos_entities^(1 -
   * {@value #TERMS_EXPONENT}), so that two reports of one kind of event about other people or
   * places (whose entities share nothing) score 0 however alike their words. A document without any
   * entity shares none, so it is a story of its own: it was once scored by its words alone, and on
   * Reuters the notices whose all-capital headlines the recogniser reads no name in (earnings,
   * dividends) chained by their template words into stories of 500 documents.
   */
  private static Dataset<Row> score(Dataset<Row> pairs, Dataset<Row> vectors) {
    Dataset<Row> a = SparkPlans.prefixed(vectors, "a_");
    Dataset<Row> b = SparkPlans.prefixed(vectors, "b_");
    Column terms = TfIdf.cosine("a_" + TERMS_PREFIX, "b_" + TERMS_PREFIX);
    Column ents = TfIdf.cosine("a_" + ENTITIES_PREFIX, "b_" + ENTITIES_PREFIX);
    return pairs
        .join(a, col(DocOverlapTable.DOC_A).equalTo(col("a_" + Cols.DOC_ID)))
        .join(b, col(DocOverlapTable.DOC_B).equalTo(col("b_" + Cols.DOC_ID)))
        .select(
            col(DocOverlapTable.DOC_A),
            col(DocOverlapTable.DOC_B),
            bround(pow(terms, TERMS_EXPONENT).multiply(pow(ents, 1 - TERMS_EXPONENT)), 12)
                .as(StoryPairsTable.SCORE));
  }

  /**
   * The story graph's edges (doc_a, doc_b, score, linked = true): pairs at or above the threshold
   * that are among either document's best {@code neighbours} (by score, ties by the other's id).
   */
  private Dataset<Row> linked(Dataset<Row> scored) {
    Dataset<Row> strong = scored.filter(col(StoryPairsTable.SCORE).geq(options.threshold()));
    Dataset<Row> both =
        strong
            .select(
                col(DocOverlapTable.DOC_A).as("self"),
                col(DocOverlapTable.DOC_B).as("other"),
                col(StoryPairsTable.SCORE),
                col(DocOverlapTable.DOC_A),
                col(DocOverlapTable.DOC_B))
            .unionByName(
                strong.select(
                    col(DocOverlapTable.DOC_B).as("self"),
                    col(DocOverlapTable.DOC_A).as("other"),
                    col(StoryPairsTable.SCORE),
                    col(DocOverlapTable.DOC_A),
                    col(DocOverlapTable.DOC_B)));
    WindowSpec best =
        Window.partitionBy(col("self")).orderBy(col(StoryPairsTable.SCORE).desc(), col("other"));
    return both.withColumn(RANK, row_number().over(best))
        .filter(col(RANK).leq(options.neighbours()))
        .select(col(DocOverlapTable.DOC_A), col(DocOverlapTable.DOC_B), col(StoryPairsTable.SCORE))
        .distinct()
        .withColumn(StoryPairsTable.LINKED, lit(true));
  }

  /** {@code st-} and a hash of the first document's id. */
  static Column storyId(Column firstDoc) {
    return concat(lit("st-"), lower(lpad(hex(xxhash64(firstDoc)), 16, "0")));
  }
}
