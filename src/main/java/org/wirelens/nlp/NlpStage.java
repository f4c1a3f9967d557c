package org.wirelens.nlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.SparkRows;
import org.wirelens.clean.CleanStage;
import org.wirelens.entities.Candidate;
import org.wirelens.entities.Catalog;
import org.wirelens.entities.CatalogRecognizer;
import org.wirelens.entities.CoreNlpRecognizer;
import org.wirelens.entities.EntityRecognizer;
import org.wirelens.entities.ResolvedMention;
import org.wirelens.entities.SavedPipelineRecognizer;
import org.wirelens.entities.resolve.DocumentResolver;
import org.wirelens.stage.Stage;
import org.wirelens.stage.StageResult;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.MentionsTable;
import org.wirelens.tables.TokensTable;
import org.wirelens.text.Languages;

/**
 * Runs the Spark NLP pipeline over the folded text and flattens its annotations at once into
 * compact per-document arrays (sentences, tokens, resolved mentions), beside the detected language
 * of the cleaned text ({@link Languages}). Annotation structs and their metadata maps never leave
 * this class.
 */
public final class NlpStage implements Stage<NlpStage.Input, NlpStage.Result> {
  public static final String SENTENCES = Cols.NLP_SENTENCES;
  public static final String TOKENS = Cols.NLP_TOKENS;
  public static final String MENTIONS = Cols.NLP_MENTIONS;

  private static final String META_SENTENCE = "sentence";

  public static final StructType SENTENCE_STRUCT =
      new StructType()
          .add(Cols.BEGIN, DataTypes.IntegerType, false)
          .add(Cols.END, DataTypes.IntegerType, false);

  public static final StructType TOKEN_STRUCT =
      new StructType()
          .add(Cols.BEGIN, DataTypes.IntegerType, false)
          .add(Cols.END, DataTypes.IntegerType, false)
          .add(Cols.SENTENCE_IDX, DataTypes.IntegerType, false)
          .add(TokensTable.TOKEN, DataTypes.StringType, false)
          .add(TokensTable.NORMALIZED, DataTypes.StringType, true)
          .add(TokensTable.IS_STOP, DataTypes.BooleanType, false);

  public static final StructType MENTION_STRUCT =
      new StructType()
          .add(Cols.BEGIN, DataTypes.IntegerType, false)
          .add(Cols.END, DataTypes.IntegerType, false)
          .add(Cols.SENTENCE_IDX, DataTypes.IntegerType, false)
          .add(Cols.ENTITY_ID, DataTypes.StringType, false)
          .add(MentionsTable.MENTION_TYPE, DataTypes.StringType, false)
          .add(MentionsTable.MATCH_KIND, DataTypes.StringType, false)
          .add(MentionsTable.RECOGNIZER, DataTypes.StringType, false)
          .add(MentionsTable.DESCRIPTOR, DataTypes.StringType, true)
          .add(MentionsTable.HONORIFIC, DataTypes.StringType, true)
          .add(MentionsTable.AMBIGUOUS, DataTypes.BooleanType, false);

  /** Document columns carried through the stage. */
  private static final List<String> DOC_COLUMNS =
      List.of(
          Cols.DOC_ID,
          Cols.SOURCE,
          Cols.TITLE,
          DocumentsTable.PUBLISHED,
          DocumentsTable.LANGUAGE,
          DocumentsTable.TRANSLATED_FROM,
          DocumentsTable.URL,
          Cols.INPUT,
          Cols.TEXT,
          DocumentsTable.N_REMOVED_LINES);

  /**
   * Which recognisers run besides the catalog.
   *
   * @param catalog the catalog, broadcast once
   * @param ner "corenlp" for CoreNLP's statistical recogniser, "none" for the catalog alone
   * @param nerPipeline a saved Spark NLP pipeline whose chunks are mentions too, or null
   * @param nerPipelineColumn that pipeline's chunk column
   * @param workDir a local folder for the catalog matcher's files
   */
  public record Options(
      Broadcast<Catalog> catalog,
      String ner,
      String nerPipeline,
      String nerPipelineColumn,
      java.nio.file.Path workDir) {
    public Options {
      if (!ner.equals("corenlp") && !ner.equals("none")) {
        throw new IllegalArgumentException("ner must be corenlp or none: " + ner);
      }
    }
  }

  /**
   * @param cleaned cleaned documents with text left ({@code CleanStage.Result#nonEmpty})
   * @param target where the annotated documents are stored (the batch store's NLP folder of this
   *     run's batch): every later stage reads them back from there
   * @param batchId the batch they belong to, or null
   */
  public record Input(Dataset<Row> cleaned, String target, String batchId) {}

  /** The annotated documents are in the input's target folder; nothing is cached. */
  public record Result(String target) implements StageResult {}

  private final Options options;

  public NlpStage(Options options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public String description() {
    return "Spark NLP: sentences, tokens, catalog matching";
  }

  /**
   * Annotates and stores the documents. Stored as Parquet, and read back by every later stage: a
   * plan that starts from files is small, where one that carried the whole Spark NLP pipeline made
   * every later query's plan (printed at each adaptive re-plan) huge; and a lost executor rereads
   * files instead of recomputing Spark NLP.
   */
  @Override
  public Result run(Input input) {
    SparkSession spark = input.cleaned().sparkSession();
    TokenizerModel tokenizer = NlpPipelineFactory.tokenizer(spark);
    List<EntityRecognizer> recognizers = recognizers(tokenizer);
    PipelineModel pipeline =
        NlpPipelineFactory.build(spark, CleanStage.MATCH_TEXT, tokenizer, recognizers);
    annotate(pipeline, recognizers, input.cleaned())
        .withColumn(Cols.BATCH_ID, lit(input.batchId()).cast(DataTypes.StringType))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(input.target());
    return new Result(input.target());
  }

  /** The catalog first, then the statistical recognisers the options ask for. */
  private List<EntityRecognizer> recognizers(TokenizerModel tokenizer) {
    List<EntityRecognizer> list = new ArrayList<>();
    list.add(new CatalogRecognizer(options.catalog(), tokenizer, options.workDir()));
    if (options.ner().equals("corenlp")) {
      list.add(new CoreNlpRecognizer(options.catalog(), Cols.TEXT));
    }
    if (options.nerPipeline() != null) {
      list.add(
          new SavedPipelineRecognizer(
              options.catalog(), options.nerPipeline(), options.nerPipelineColumn()));
    }
    return list;
  }

  /** Annotates cleaned documents; one output row per document. */
  static Dataset<Row> annotate(
      PipelineModel pipeline, List<EntityRecognizer> recognizers, Dataset<Row> cleaned) {
    List<Column> in = new ArrayList<>();
    for (String c : DOC_COLUMNS) {
      in.add(
          c.equals(DocumentsTable.N_REMOVED_LINES) ? size(col(CleanStage.REMOVED)).as(c) : col(c));
    }
    in.add(col(CleanStage.MATCH_TEXT));
    Dataset<Row> annotated = pipeline.transform(cleaned.select(in.toArray(Column[]::new)));

    StructType out = new StructType();
    for (String c : DOC_COLUMNS) {
      out = out.add(annotated.schema().apply(c));
    }
    out =
        out.add(SENTENCES, DataTypes.createArrayType(SENTENCE_STRUCT, false), false)
            .add(TOKENS, DataTypes.createArrayType(TOKEN_STRUCT, false), false)
            .add(MENTIONS, DataTypes.createArrayType(MENTION_STRUCT, false), false)
            .add(DocumentsTable.DETECTED_LANGUAGE, DataTypes.StringType, true);
    List<String> chunkColumns = recognizers.stream().map(EntityRecognizer::chunkColumn).toList();
    List<Column> selected = new ArrayList<>();
    DOC_COLUMNS.forEach(c -> selected.add(col(c)));
    selected.add(col(NlpPipelineFactory.SENTENCE));
    selected.add(col(NlpPipelineFactory.TOKEN));
    chunkColumns.forEach(c -> selected.add(col(c)));
    List<EntityRecognizer> recs = List.copyOf(recognizers);
    return annotated
        .select(selected.toArray(Column[]::new))
        .map((MapFunction<Row, Row>) r -> flatten(r, recs), Encoders.row(out));
  }

  /** A sentence's span while sentences are mended: [begin, end). */
  private record Span(int begin, int end) {}

  private static Row flatten(Row r, List<EntityRecognizer> recognizers) {
    int nDoc = DOC_COLUMNS.size();
    Object[] values = new Object[nDoc + 4];
    for (int i = 0; i < nDoc; i++) {
      values[i] = r.getAs(DOC_COLUMNS.get(i));
    }
    List<Row> sentenceAnns = r.getList(r.fieldIndex(NlpPipelineFactory.SENTENCE));
    List<Row> tokenAnns = r.getList(r.fieldIndex(NlpPipelineFactory.TOKEN));

    // The text is read here already: sentences split after an abbreviation are mended first.
    String text = r.getAs(Cols.TEXT);
    List<Span> sentences = new ArrayList<>(sentenceAnns.size());
    int[] merged = new int[sentenceAnns.size()];
    for (int i = 0; i < sentenceAnns.size(); i++) {
      Row a = sentenceAnns.get(i);
      int last = sentences.size() - 1;
      if (last >= 0
          && Abbreviations.joins(
              text, sentences.get(last).begin(), sentences.get(last).end(), begin(a))) {
        sentences.set(last, new Span(sentences.get(last).begin(), end(a)));
      } else {
        sentences.add(new Span(begin(a), end(a)));
      }
      merged[i] = sentences.size() - 1;
    }
    // The token's surface is cut here, once per document: exploding tokens with the text
    // column beside them would copy the whole text into every token row.
    List<Row> tokens = new ArrayList<>(tokenAnns.size());
    for (Row a : tokenAnns) {
      int b = begin(a);
      int e = end(a);
      String norm = TokenNorms.normalized(a.getAs("result"));
      tokens.add(
          RowFactory.create(
              b,
              e,
              merged[Math.min(sentence(a), merged.length - 1)],
              text.substring(b, e),
              norm,
              TokenNorms.isStop(norm)));
    }

    List<Candidate> candidates = new ArrayList<>();
    for (EntityRecognizer rec : recognizers) {
      for (Row a : r.<Row>getList(r.fieldIndex(rec.chunkColumn()))) {
        Candidate c =
            rec.candidate(
                begin(a),
                end(a),
                sentenceAt(sentences, begin(a)),
                a.getAs("result"),
                a.getJavaMap(a.fieldIndex("metadata")));
        if (c != null) {
          candidates.add(c);
        }
      }
    }
    List<Row> mentions = new ArrayList<>();
    List<ResolvedMention> resolved =
        DocumentResolver.resolve(
            text,
            candidates,
            o -> sentenceAt(sentences, o),
            o -> sentences.isEmpty() ? 0 : sentences.get(sentenceAt(sentences, o)).begin());
    for (ResolvedMention m : resolved) {
      mentions.add(
          RowFactory.create(
              m.begin(),
              m.end(),
              m.sentence(),
              m.entityId(),
              m.mentionType().name(),
              m.matchKind(),
              m.recognizer(),
              m.descriptor(),
              m.honorific(),
              m.ambiguous()));
    }
    values[nDoc] =
        SparkRows.seq(sentences.stream().map(x -> RowFactory.create(x.begin(), x.end())).toList());
    values[nDoc + 1] = SparkRows.seq(tokens);
    values[nDoc + 2] = SparkRows.seq(mentions);
    // Detected here, where the text is final, once per document and stored with its batch.
    values[nDoc + 3] = Languages.detect(Languages.documentText(r.getAs(Cols.TITLE), text));
    return RowFactory.create(values);
  }

  /**
   * The Spark NLP sentence containing an offset. Recognisers outside Spark NLP split sentences
   * their own way, so their chunks are placed by offset rather than by their own numbering.
   */
  private static int sentenceAt(List<Span> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).begin() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private static int begin(Row annotation) {
    return annotation.<Integer>getAs("begin");
  }

  /** Spark NLP ends are inclusive; wirelens stores exclusive ends. */
  private static int end(Row annotation) {
    return annotation.<Integer>getAs("end") + 1;
  }

  private static int sentence(Row annotation) {
    Map<String, String> meta = annotation.getJavaMap(annotation.fieldIndex("metadata"));
    String s = meta.get(META_SENTENCE);
    return s == null ? 0 : Integer.parseInt(s);
  }
}
