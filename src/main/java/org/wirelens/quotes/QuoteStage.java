package org.wirelens.quotes;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.SparkRows;
import org.wirelens.entities.EntityType;
import org.wirelens.nlp.NlpStage;
import org.wirelens.overlap.Candidates;
import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.QuoteInput.Span;
import org.wirelens.reuse.Published;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocOverlapTable;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.EntitiesTable;
import org.wirelens.tables.MentionsTable;
import org.wirelens.tables.QuoteMatchesTable;
import org.wirelens.tables.QuoteSpeakersBySourceTable;
import org.wirelens.tables.QuotesTable;

/**
 * Quotations and their speakers in every document ({@link QuoteExtractor} over the NLP stage's text
 * and sentences and the final, corpus-merged mentions, so speakers join {@code entities}); the same
 * quotation across documents, from an index of word shingles; and how often each outlet quotes each
 * speaker. Persons' gender hints come from the text's evidence summed over the corpus, through
 * {@link GenderHints}.
 */
public final class QuoteStage {
  private static final String MENTIONS = "quote_mentions";
  private static final String SHINGLE = "shingle";
  private static final String WORDS = "words";
  private static final String DF = "df";

  private static final StructType MENTION =
      new StructType()
          .add(Cols.BEGIN, DataTypes.IntegerType, false)
          .add(Cols.END, DataTypes.IntegerType, false)
          .add(Cols.ENTITY_ID, DataTypes.StringType, false)
          .add(EntitiesTable.TYPE, DataTypes.StringType, false)
          .add(MentionsTable.DESCRIPTOR, DataTypes.StringType, true);

  private static final String GENDER = "gender";
  private static final String GENDERS = "quote_genders";

  private static final StructType GENDER_ROWS =
      new StructType()
          .add(Cols.ENTITY_ID, DataTypes.StringType, false)
          .add(GENDER, DataTypes.StringType, false);

  private static final StructType VOTES =
      new StructType()
          .add(Cols.ENTITY_ID, DataTypes.StringType, false)
          .add("male", DataTypes.IntegerType, false)
          .add("female", DataTypes.IntegerType, false);

  private static final StructType QUOTE_WORDS =
      new StructType()
          .add(Cols.DOC_ID, DataTypes.StringType, false)
          .add(QuotesTable.QUOTE_IDX, DataTypes.IntegerType, false)
          .add(WORDS, DataTypes.createArrayType(DataTypes.StringType, false), false);

  private static final StructType POSTING =
      new StructType()
          .add(SHINGLE, DataTypes.LongType, false)
          .add(Cols.DOC_ID, DataTypes.StringType, false)
          .add(QuotesTable.QUOTE_IDX, DataTypes.IntegerType, false);

  private static final String POSTS = "posts";

  private static final StructType PAIR =
      new StructType()
          .add(DocOverlapTable.DOC_A, DataTypes.StringType, false)
          .add(QuoteMatchesTable.QUOTE_IDX_A, DataTypes.IntegerType, false)
          .add(DocOverlapTable.DOC_B, DataTypes.StringType, false)
          .add(QuoteMatchesTable.QUOTE_IDX_B, DataTypes.IntegerType, false);

  private static final StructType MEASURED =
      new StructType()
          .add(DocOverlapTable.DOC_A, DataTypes.StringType, false)
          .add(QuoteMatchesTable.QUOTE_IDX_A, DataTypes.IntegerType, false)
          .add(DocOverlapTable.DOC_B, DataTypes.StringType, false)
          .add(QuoteMatchesTable.QUOTE_IDX_B, DataTypes.IntegerType, false)
          .add(QuoteMatchesTable.WORDS_A, DataTypes.IntegerType, false)
          .add(QuoteMatchesTable.WORDS_B, DataTypes.IntegerType, false)
          .add(QuoteMatchesTable.SHARED_WORDS, DataTypes.IntegerType, false)
          .add(QuoteMatchesTable.COVERAGE_A, DataTypes.DoubleType, false)
          .add(QuoteMatchesTable.COVERAGE_B, DataTypes.DoubleType, false)
          .add("matched", DataTypes.BooleanType, false);

  private static final UserDefinedFunction FIRST =
      udf((UDF2<String, String, Integer>) Published::compare, DataTypes.IntegerType);

  private final GenderHints hints;
  private final int maxShingleDf;
  private final long maxStarDf;

  /**
   * @param hints persons' gender hints from the corpus's evidence (and, where plugged in, a name
   *     list)
   * @param maxShingleDf a shingle in up to this many quotations pairs every two of them; one in
   *     more pairs each with the earliest
   * @param maxStarDf shingles in more quotations than this are not indexed for matching
   */
  public QuoteStage(GenderHints hints, int maxShingleDf, long maxStarDf) {
    this.hints = hints;
    this.maxShingleDf = maxShingleDf;
    this.maxStarDf = maxStarDf;
  }

  /**
   * The quotes table.
   *
   * @param nlp the NLP stage's rows (doc_id, source, text, sentences)
   * @param mentions the mentions table (after corpus-wide merging)
   * @param entities the entities table
   */
  public Dataset<Row> quotes(Dataset<Row> nlp, Dataset<Row> mentions, Dataset<Row> entities) {
    SparkSession spark = nlp.sparkSession();
    // A mention's type is its entity's (the majority over the corpus, so one stray tag does not
    // make a person an organisation), except a demonym, which names no speaker.
    Dataset<Row> typed =
        mentions
            .join(entities.select(col(Cols.ENTITY_ID), col(EntitiesTable.TYPE)), Cols.ENTITY_ID)
            .select(
                col(Cols.DOC_ID),
                struct(
                        col(Cols.BEGIN),
                        col(Cols.END),
                        col(Cols.ENTITY_ID),
                        when(
                                col(MentionsTable.MENTION_TYPE).equalTo(EntityType.NORP.name()),
                                lit(EntityType.NORP.name()))
                            .otherwise(col(EntitiesTable.TYPE))
                            .as(EntitiesTable.TYPE),
                        col(MentionsTable.DESCRIPTOR))
                    .as("m"))
            .groupBy(col(Cols.DOC_ID))
            // In shuffle order: QuoteInput puts them in text order.
            .agg(collect_list(col("m")).as(MENTIONS));
    Dataset<Row> docs =
        nlp.select(col(Cols.DOC_ID), col(Cols.SOURCE), col(Cols.TEXT), col(NlpStage.SENTENCES))
            .join(typed, new String[] {Cols.DOC_ID}, "left");

    // Each document gets the hints of the persons it mentions: a join, not a corpus-wide map on
    // the driver (a corpus of millions of articles names millions of people).
    Dataset<Row> docGenders =
        mentions
            .select(col(Cols.DOC_ID), col(Cols.ENTITY_ID))
            .distinct()
            .join(genders(docs, entities), Cols.ENTITY_ID)
            .groupBy(col(Cols.DOC_ID))
            .agg(collect_list(struct(col(Cols.ENTITY_ID), col(GENDER))).as(GENDERS));
    StructType schema = QuotesTable.TABLE.schema();
    return docs.join(docGenders, new String[] {Cols.DOC_ID}, "left")
        .select(
            col(Cols.DOC_ID),
            col(Cols.SOURCE),
            col(Cols.TEXT),
            col(NlpStage.SENTENCES),
            col(MENTIONS),
            col(GENDERS))
        .flatMap(
            (FlatMapFunction<Row, Row>)
                r -> {
                  QuoteInput in = input(r, genderMap(r));
                  List<Quote> qs = QuoteExtractor.extract(in);
                  List<Row> out = new ArrayList<>(qs.size());
                  for (int i = 0; i < qs.size(); i++) {
                    Quote q = qs.get(i);
                    out.add(
                        RowFactory.create(
                            r.getString(0),
                            i,
                            r.getString(1),
                            q.begin(),
                            q.end(),
                            q.text(),
                            q.kind().label(),
                            q.cue(),
                            q.cueBegin(),
                            q.cueEnd(),
                            q.speaker(),
                            q.speakerBegin(),
                            q.speakerEnd(),
                            q.speakerEntityId(),
                            q.speakerMethod().label()));
                  }
                  return out.iterator();
                },
            Encoders.row(schema));
  }

  /**
   * Gender hints of the corpus's persons (entity_id, gender): each document's evidence summed per
   * person, then {@link #hints} for every person, with or without evidence (a given-name list needs
   * none). Persons without a hint are left out.
   */
  private Dataset<Row> genders(Dataset<Row> docs, Dataset<Row> entities) {
    Dataset<Row> votes =
        docs.flatMap(
                (FlatMapFunction<Row, Row>)
                    r -> {
                      List<Row> out = new ArrayList<>();
                      GenderEvidence.count(input(r, Map.of()))
                          .forEach((id, v) -> out.add(RowFactory.create(id, v.male(), v.female())));
                      return out.iterator();
                    },
                Encoders.row(VOTES))
            .groupBy(col(Cols.ENTITY_ID))
            .agg(sum(col("male")).as("male"), sum(col("female")).as("female"));
    GenderHints h = hints;
    return entities
        .filter(col(EntitiesTable.TYPE).equalTo(EntityType.PERSON.name()))
        .select(col(Cols.ENTITY_ID), col(EntitiesTable.NAME))
        .join(votes, new String[] {Cols.ENTITY_ID}, "left")
        .flatMap(
            (FlatMapFunction<Row, Row>)
                r -> {
                  Gender g =
                      h.hint(
                          r.getString(0),
                          r.getString(1),
                          new GenderEvidence.Votes(
                              r.isNullAt(2) ? 0 : (int) r.getLong(2),
                              r.isNullAt(3) ? 0 : (int) r.getLong(3)));
                  return g == Gender.UNKNOWN
                      ? List.<Row>of().iterator()
                      : List.of(RowFactory.create(r.getString(0), g.name())).iterator();
                },
            Encoders.row(GENDER_ROWS));
  }

  /** The gender hints of one document's persons, from its {@link #GENDERS} column. */
  private static Map<String, Gender> genderMap(Row r) {
    Map<String, Gender> out = new HashMap<>();
    if (!r.isNullAt(5)) {
      for (Row g : r.<Row>getList(5)) {
        out.put(g.getString(0), Gender.valueOf(g.getString(1)));
      }
    }
    return out;
  }

  /** One document's row (doc_id, source, text, sentences, mentions) as the extractor's input. */
  private static QuoteInput input(Row r, Map<String, Gender> genders) {
    List<Span> sentences = new ArrayList<>();
    for (Row s : r.<Row>getList(3)) {
      sentences.add(new Span(s.getInt(0), s.getInt(1)));
    }
    List<Mention> mentions = new ArrayList<>();
    if (!r.isNullAt(4)) {
      for (Row m : r.<Row>getList(4)) {
        String id = m.getString(2);
        String type = m.getString(3);
        Gender g =
            EntityType.PERSON.name().equals(type)
                ? genders.getOrDefault(id, Gender.UNKNOWN)
                : Gender.UNKNOWN;
        mentions.add(new Mention(m.getInt(0), m.getInt(1), id, type, g, m.getString(4)));
      }
    }
    return new QuoteInput(r.getString(2), sentences, mentions);
  }

  /**
   * The quote_matches table: pairs of quotations in different documents that share indexed shingles
   * (postings, never a cross join), kept when they match ({@link QuoteText#matches}).
   *
   * @param quotes the quotes table
   * @param documents the documents table (source, published)
   */
  public Dataset<Row> matches(Dataset<Row> quotes, Dataset<Row> documents) {
    Dataset<Row> words =
        quotes
            .filter(col(QuotesTable.KIND).notEqual(QuoteKind.INDIRECT.label()))
            .select(
                col(Cols.DOC_ID), col(QuotesTable.QUOTE_IDX), col(Cols.TEXT), col(QuotesTable.KIND))
            .map(
                (MapFunction<Row, Row>)
                    r ->
                        RowFactory.create(
                            r.getString(0),
                            r.getInt(1),
                            SparkRows.seq(
                                QuoteText.quotedWords(
                                    r.getString(2),
                                    QuoteKind.valueOf(
                                        r.getString(3).toUpperCase(java.util.Locale.ROOT))))),
                Encoders.row(QUOTE_WORDS));
    Dataset<Row> postings =
        words.flatMap(
            (FlatMapFunction<Row, Row>)
                r -> {
                  List<Row> out = new ArrayList<>();
                  for (long h : QuoteText.shingles(r.<String>getList(2))) {
                    out.add(RowFactory.create(h, r.getString(0), r.getInt(1)));
                  }
                  return out.iterator();
                },
            Encoders.row(POSTING));
    int maxDf = maxShingleDf;
    long maxStar = maxStarDf;
    Dataset<Row> candidates =
        postings
            .join(documents.select(col(Cols.DOC_ID), col(DocumentsTable.PUBLISHED)), Cols.DOC_ID)
            .groupBy(col(SHINGLE))
            .agg(
                collect_list(
                        struct(
                            Candidates.orderKey(col(DocumentsTable.PUBLISHED), col(Cols.DOC_ID)),
                            col(Cols.DOC_ID),
                            col(QuotesTable.QUOTE_IDX)))
                    .as(POSTS))
            .flatMap(
                (FlatMapFunction<Row, Row>) r -> pairs(r.getList(1), maxDf, maxStar).iterator(),
                Encoders.row(PAIR))
            .distinct();
    Dataset<Row> wa =
        words.select(
            col(Cols.DOC_ID).as(DocOverlapTable.DOC_A),
            col(QuotesTable.QUOTE_IDX).as(QuoteMatchesTable.QUOTE_IDX_A),
            col(WORDS).as("words_a_list"));
    Dataset<Row> wb =
        words.select(
            col(Cols.DOC_ID).as(DocOverlapTable.DOC_B),
            col(QuotesTable.QUOTE_IDX).as(QuoteMatchesTable.QUOTE_IDX_B),
            col(WORDS).as("words_b_list"));
    Dataset<Row> measured =
        candidates
            .join(wa, new String[] {DocOverlapTable.DOC_A, QuoteMatchesTable.QUOTE_IDX_A})
            .join(wb, new String[] {DocOverlapTable.DOC_B, QuoteMatchesTable.QUOTE_IDX_B})
            .select(
                col(DocOverlapTable.DOC_A),
                col(QuoteMatchesTable.QUOTE_IDX_A),
                col(DocOverlapTable.DOC_B),
                col(QuoteMatchesTable.QUOTE_IDX_B),
                col("words_a_list"),
                col("words_b_list"))
            .map((MapFunction<Row, Row>) QuoteStage::measure, Encoders.row(MEASURED))
            .filter(col("matched"))
            .drop("matched");

    Dataset<Row> speakers =
        quotes.select(
            col(Cols.DOC_ID), col(QuotesTable.QUOTE_IDX), col(QuotesTable.SPEAKER_ENTITY_ID));
    Dataset<Row> docs =
        documents.select(col(Cols.DOC_ID), col(Cols.SOURCE), col(DocumentsTable.PUBLISHED));
    Dataset<Row> joined =
        measured
            .join(
                speakers
                    .withColumnRenamed(Cols.DOC_ID, DocOverlapTable.DOC_A)
                    .withColumnRenamed(QuotesTable.QUOTE_IDX, QuoteMatchesTable.QUOTE_IDX_A)
                    .withColumnRenamed(
                        QuotesTable.SPEAKER_ENTITY_ID, QuoteMatchesTable.SPEAKER_ENTITY_A),
                new String[] {DocOverlapTable.DOC_A, QuoteMatchesTable.QUOTE_IDX_A})
            .join(
                speakers
                    .withColumnRenamed(Cols.DOC_ID, DocOverlapTable.DOC_B)
                    .withColumnRenamed(QuotesTable.QUOTE_IDX, QuoteMatchesTable.QUOTE_IDX_B)
                    .withColumnRenamed(
                        QuotesTable.SPEAKER_ENTITY_ID, QuoteMatchesTable.SPEAKER_ENTITY_B),
                new String[] {DocOverlapTable.DOC_B, QuoteMatchesTable.QUOTE_IDX_B})
            .join(
                docs.withColumnRenamed(Cols.DOC_ID, DocOverlapTable.DOC_A)
                    .withColumnRenamed(Cols.SOURCE, Cols.SOURCE_A)
                    .withColumnRenamed(DocumentsTable.PUBLISHED, "published_a"),
                DocOverlapTable.DOC_A)
            .join(
                docs.withColumnRenamed(Cols.DOC_ID, DocOverlapTable.DOC_B)
                    .withColumnRenamed(Cols.SOURCE, Cols.SOURCE_B)
                    .withColumnRenamed(DocumentsTable.PUBLISHED, "published_b"),
                DocOverlapTable.DOC_B)
            .withColumn("first", FIRST.apply(col("published_a"), col("published_b")));
    return joined
        .withColumn(
            QuoteMatchesTable.SAME_SPEAKER,
            when(
                col(QuoteMatchesTable.SPEAKER_ENTITY_A)
                    .isNotNull()
                    .and(col(QuoteMatchesTable.SPEAKER_ENTITY_B).isNotNull()),
                col(QuoteMatchesTable.SPEAKER_ENTITY_A)
                    .equalTo(col(QuoteMatchesTable.SPEAKER_ENTITY_B))))
        .withColumn(
            QuoteMatchesTable.FIRST_DOC,
            when(col("first").equalTo(-1), col(DocOverlapTable.DOC_A))
                .when(col("first").equalTo(1), col(DocOverlapTable.DOC_B)))
        .withColumn(
            QuoteMatchesTable.FIRST_SOURCE,
            when(col("first").equalTo(-1), col(Cols.SOURCE_A))
                .when(col("first").equalTo(1), col(Cols.SOURCE_B)))
        .select(QuoteMatchesTable.TABLE.selectColumns());
  }

  /**
   * The candidate pairs of quotations in different documents one shingle's postings (order key,
   * doc_id, quote_idx) yield, {@code doc_a < doc_b}. Up to {@code maxDf} quotations, every two of
   * them; a shingle in more (a quotation that ran in hundreds of outlets, or a stock phrase) pairs
   * each quotation with the earliest one only, so the cost stays linear in the quotations and a
   * widely carried quotation is still matched; above {@code maxStarDf}, none (the language, not a
   * quotation).
   */
  static List<Row> pairs(List<Row> posts, int maxDf, long maxStarDf) {
    // One entry per quotation, in a stable order whatever the shuffle delivered.
    TreeMap<String, Row> quotations = new TreeMap<>();
    for (Row p : posts) {
      quotations.put(
          p.getString(1) + "\u0000" + String.format(java.util.Locale.ROOT, "%09d", p.getInt(2)), p);
    }
    List<Row> qs = new ArrayList<>(quotations.values());
    List<Row> out = new ArrayList<>();
    if (qs.size() < 2 || qs.size() > maxStarDf) {
      return out;
    }
    if (qs.size() <= maxDf) {
      for (int x = 0; x < qs.size(); x++) {
        for (int y = x + 1; y < qs.size(); y++) {
          addPair(out, qs.get(x), qs.get(y));
        }
      }
      return out;
    }
    Row first = qs.get(0);
    for (Row q : qs) {
      int c = q.getString(0).compareTo(first.getString(0));
      if (c < 0 || c == 0 && q.getInt(2) < first.getInt(2)) {
        first = q;
      }
    }
    for (Row q : qs) {
      addPair(out, first, q);
    }
    return out;
  }

  /** The pair of two quotations ({@code doc_a < doc_b}), unless they are in one document. */
  private static void addPair(List<Row> out, Row x, Row y) {
    int c = x.getString(1).compareTo(y.getString(1));
    if (c != 0) {
      Row a = c < 0 ? x : y;
      Row b = c < 0 ? y : x;
      out.add(RowFactory.create(a.getString(1), a.getInt(2), b.getString(1), b.getInt(2)));
    }
  }

  /** Exact measures of one candidate pair (rounded, so the order of operations never shows). */
  private static Row measure(Row r) {
    List<String> a = r.getList(4);
    List<String> b = r.getList(5);
    int na = QuoteText.wordCount(a);
    int nb = QuoteText.wordCount(b);
    int ca = QuoteText.covered(a, b);
    int cb = QuoteText.covered(b, a);
    return RowFactory.create(
        r.getString(0),
        r.getInt(1),
        r.getString(2),
        r.getInt(3),
        na,
        nb,
        na <= nb ? ca : cb,
        na == 0 ? 0.0 : Math.round(1e12 * ca / na) / 1e12,
        nb == 0 ? 0.0 : Math.round(1e12 * cb / nb) / 1e12,
        QuoteText.matches(a, b));
  }

  /**
   * The quote_speakers_by_source table: quotations per outlet and resolved speaker.
   *
   * @param quotes the quotes table
   * @param entities the entities table (names and types)
   */
  public static Dataset<Row> speakersBySource(Dataset<Row> quotes, Dataset<Row> entities) {
    Dataset<Row> perSource =
        quotes
            .groupBy(col(Cols.SOURCE))
            .agg(count("*").as(QuoteSpeakersBySourceTable.SOURCE_QUOTES));
    Dataset<Row> names =
        entities.select(
            col(Cols.ENTITY_ID).as(QuotesTable.SPEAKER_ENTITY_ID),
            col(EntitiesTable.NAME).as(QuoteSpeakersBySourceTable.SPEAKER_NAME),
            col(EntitiesTable.TYPE).as(QuoteSpeakersBySourceTable.SPEAKER_TYPE));
    return quotes
        .filter(col(QuotesTable.SPEAKER_ENTITY_ID).isNotNull())
        .groupBy(col(Cols.SOURCE), col(QuotesTable.SPEAKER_ENTITY_ID))
        .agg(
            count("*").as(QuoteSpeakersBySourceTable.N_QUOTES),
            sum(when(col(QuotesTable.KIND).notEqual(QuoteKind.INDIRECT.label()), 1).otherwise(0))
                .cast(DataTypes.LongType)
                .as(QuoteSpeakersBySourceTable.N_DIRECT),
            countDistinct(col(Cols.DOC_ID)).as(Cols.N_DOCS))
        .join(broadcast(perSource), Cols.SOURCE)
        .join(names, QuotesTable.SPEAKER_ENTITY_ID)
        .withColumn(
            QuoteSpeakersBySourceTable.SHARE,
            round(
                col(QuoteSpeakersBySourceTable.N_QUOTES)
                    .divide(col(QuoteSpeakersBySourceTable.SOURCE_QUOTES)),
                12))
        .select(QuoteSpeakersBySourceTable.TABLE.selectColumns());
  }
}
