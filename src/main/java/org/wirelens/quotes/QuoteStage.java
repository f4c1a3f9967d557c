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
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.entities.EntityType;
import org.wirelens.index.PairPlan;
import org.wirelens.nlp.NlpStage;
import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.QuoteInput.Span;
import org.wirelens.stage.Stage;
import org.wirelens.stage.StageResult;
import org.wirelens.stage.TableOutput;
import org.wirelens.tables.Cols;
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
public final class QuoteStage implements Stage<QuoteStage.Input, QuoteStage.Result> {
  private static final String MENTIONS = "quote_mentions";

  private static final StructType MENTION =
      new StructType()
          .add(Cols.BEGIN, DataTypes.IntegerType, false)
          .add(Cols.END, DataTypes.IntegerType, false)
          .add(Cols.ENTITY_ID, DataTypes.StringType, false)
          .add(EntitiesTable.TYPE, DataTypes.StringType, false)
          .add(MentionsTable.DESCRIPTOR, DataTypes.StringType, true);

  private static final String GENDER = "gender";
  private static final String MALE = "male";
  private static final String FEMALE = "female";
  private static final String GENDERS = "quote_genders";

  private static final StructType GENDER_ROWS =
      new StructType()
          .add(Cols.ENTITY_ID, DataTypes.StringType, false)
          .add(GENDER, DataTypes.StringType, false);

  private static final StructType VOTES =
      new StructType()
          .add(Cols.ENTITY_ID, DataTypes.StringType, false)
          .add(MALE, DataTypes.IntegerType, false)
          .add(FEMALE, DataTypes.IntegerType, false);

  private final GenderHints hints;
  private final int maxShingleDf;

  /**
   * @param nlp the NLP stage's rows (doc_id, source, text, sentences)
   * @param mentions the mentions table (after corpus-wide merging)
   * @param entities the entities table
   * @param documents the documents table (source, published)
   */
  public record Input(
      Dataset<Row> nlp, Dataset<Row> mentions, Dataset<Row> entities, Dataset<Row> documents) {}

  /**
   * The quotes table; quote_matches and quote_speakers_by_source are built from it as written.
   *
   * @param matching how quote_matches is found
   */
  public record Result(QuoteMatches matching, Dataset<Row> quotes, Input input)
      implements StageResult {
    @Override
    public List<TableOutput> tables() {
      return List.of(
          TableOutput.whole(QuotesTable.TABLE, quotes),
          TableOutput.whole(
              QuoteMatchesTable.TABLE,
              written -> matching.matches(written.table(QuotesTable.TABLE), input.documents())),
          TableOutput.whole(
              QuoteSpeakersBySourceTable.TABLE,
              written -> speakersBySource(written.table(QuotesTable.TABLE), input.entities())));
    }
  }

  /**
   * @param hints persons' gender hints from the corpus's evidence (and, where plugged in, a name
   *     list)
   * @param maxShingleDf a shingle in up to this many quotations pairs every two of them; one in
   *     more pairs each with the earliest ({@link PairPlan})
   */
  public QuoteStage(GenderHints hints, int maxShingleDf) {
    if (maxShingleDf < 1) {
      throw new IllegalArgumentException("max shingle df must be at least 1: " + maxShingleDf);
    }
    this.hints = hints;
    this.maxShingleDf = maxShingleDf;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public String description() {
    return "quotations and speakers; the same quotation across documents";
  }

  @Override
  public Result run(Input input) {
    return new Result(
        new QuoteMatches(maxShingleDf),
        quotes(input.nlp(), input.mentions(), input.entities()),
        input);
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
                  String docId = r.getAs(Cols.DOC_ID);
                  String source = r.getAs(Cols.SOURCE);
                  List<Quote> qs = QuoteExtractor.extract(in);
                  List<Row> out = new ArrayList<>(qs.size());
                  for (int i = 0; i < qs.size(); i++) {
                    Quote q = qs.get(i);
                    out.add(
                        RowFactory.create(
                            docId,
                            i,
                            source,
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
            .agg(sum(col(MALE)).as(MALE), sum(col(FEMALE)).as(FEMALE));
    GenderHints h = hints;
    return entities
        .filter(col(EntitiesTable.TYPE).equalTo(EntityType.PERSON.name()))
        .select(col(Cols.ENTITY_ID), col(EntitiesTable.NAME))
        .join(votes, new String[] {Cols.ENTITY_ID}, "left")
        .flatMap(
            (FlatMapFunction<Row, Row>)
                r -> {
                  String id = r.getAs(Cols.ENTITY_ID);
                  Gender g =
                      h.hint(
                          id,
                          r.getAs(EntitiesTable.NAME),
                          new GenderEvidence.Votes(votes(r, MALE), votes(r, FEMALE)));
                  return g == Gender.UNKNOWN
                      ? List.<Row>of().iterator()
                      : List.of(RowFactory.create(id, g.name())).iterator();
                },
            Encoders.row(GENDER_ROWS));
  }

  /** A person's summed votes of one kind; 0 without evidence. */
  private static int votes(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? 0 : (int) r.getLong(i);
  }

  /** The gender hints of one document's persons, from its {@link #GENDERS} column. */
  private static Map<String, Gender> genderMap(Row r) {
    Map<String, Gender> out = new HashMap<>();
    int i = r.fieldIndex(GENDERS);
    if (!r.isNullAt(i)) {
      for (Row g : r.<Row>getList(i)) {
        out.put(g.getAs(Cols.ENTITY_ID), Gender.valueOf(g.getAs(GENDER)));
      }
    }
    return out;
  }

  /** One document's row (doc_id, source, text, sentences, mentions) as the extractor's input. */
  private static QuoteInput input(Row r, Map<String, Gender> genders) {
    List<Span> sentences = new ArrayList<>();
    for (Row s : r.<Row>getList(r.fieldIndex(NlpStage.SENTENCES))) {
      sentences.add(new Span(s.getAs(Cols.BEGIN), s.getAs(Cols.END)));
    }
    List<Mention> mentions = new ArrayList<>();
    int m = r.fieldIndex(MENTIONS);
    if (!r.isNullAt(m)) {
      for (Row x : r.<Row>getList(m)) {
        String id = x.getAs(Cols.ENTITY_ID);
        String type = x.getAs(EntitiesTable.TYPE);
        Gender g =
            EntityType.PERSON.name().equals(type)
                ? genders.getOrDefault(id, Gender.UNKNOWN)
                : Gender.UNKNOWN;
        mentions.add(
            new Mention(
                x.getAs(Cols.BEGIN),
                x.getAs(Cols.END),
                id,
                type,
                g,
                x.getAs(MentionsTable.DESCRIPTOR)));
      }
    }
    return new QuoteInput(r.getAs(Cols.TEXT), sentences, mentions);
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
