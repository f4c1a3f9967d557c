package org.wirelens.nlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.SparkRows;
import org.wirelens.clean.CleanStage;
import org.wirelens.entities.Candidate;
import org.wirelens.entities.EntityRecognizer;
import org.wirelens.entities.ResolvedMention;
import org.wirelens.entities.resolve.DocumentResolver;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.MentionsTable;
import org.wirelens.tables.TokensTable;

/**
 * Runs the Spark NLP pipeline over the folded text and flattens its annotations at once into
 * compact per-document arrays (sentences, tokens, resolved mentions). Annotation structs and their
 * metadata maps never leave this class.
 */
public final class NlpStage {
  public static final String SENTENCES = "sentences";
  public static final String TOKENS = "tokens";
  public static final String MENTIONS = "mentions";

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

  private final PipelineModel pipeline;
  private final List<EntityRecognizer> recognizers;

  public NlpStage(PipelineModel pipeline, List<EntityRecognizer> recognizers) {
    this.pipeline = pipeline;
    this.recognizers = List.copyOf(recognizers);
  }

  /** Annotates cleaned documents; one output row per document. */
  public Dataset<Row> apply(Dataset<Row> cleaned) {
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
            .add(MENTIONS, DataTypes.createArrayType(MENTION_STRUCT, false), false);
    List<String> chunkColumns = recognizers.stream().map(EntityRecognizer::chunkColumn).toList();
    List<Column> selected = new ArrayList<>();
    DOC_COLUMNS.forEach(c -> selected.add(col(c)));
    selected.add(col(NlpPipelineFactory.SENTENCE));
    selected.add(col(NlpPipelineFactory.TOKEN));
    chunkColumns.forEach(c -> selected.add(col(c)));
    int nDoc = DOC_COLUMNS.size();
    List<EntityRecognizer> recs = recognizers;
    return annotated
        .select(selected.toArray(Column[]::new))
        .map((MapFunction<Row, Row>) r -> flatten(r, nDoc, recs), Encoders.row(out));
  }

  private static Row flatten(Row r, int nDoc, List<EntityRecognizer> recognizers) {
    Object[] values = new Object[nDoc + 3];
    for (int i = 0; i < nDoc; i++) {
      values[i] = r.get(i);
    }
    List<Row> sentenceAnns = r.getList(nDoc);
    List<Row> tokenAnns = r.getList(nDoc + 1);

    // The text is read here already: sentences split after an abbreviation are mended first.
    String text = r.getString(DOC_COLUMNS.indexOf(Cols.TEXT));
    List<Row> sentences = new ArrayList<>(sentenceAnns.size());
    int[] merged = new int[sentenceAnns.size()];
    for (int i = 0; i < sentenceAnns.size(); i++) {
      Row a = sentenceAnns.get(i);
      int last = sentences.size() - 1;
      if (last >= 0
          && Abbreviations.joins(
              text, sentences.get(last).getInt(0), sentences.get(last).getInt(1), begin(a))) {
        sentences.set(last, RowFactory.create(sentences.get(last).getInt(0), end(a)));
      } else {
        sentences.add(RowFactory.create(begin(a), end(a)));
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
    for (int i = 0; i < recognizers.size(); i++) {
      EntityRecognizer rec = recognizers.get(i);
      for (Row a : r.<Row>getList(nDoc + 2 + i)) {
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
            o -> sentences.isEmpty() ? 0 : sentences.get(sentenceAt(sentences, o)).getInt(0));
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
    values[nDoc] = SparkRows.seq(sentences);
    values[nDoc + 1] = SparkRows.seq(tokens);
    values[nDoc + 2] = SparkRows.seq(mentions);
    return RowFactory.create(values);
  }

  /**
   * The Spark NLP sentence containing an offset. Recognisers outside Spark NLP split sentences
   * their own way, so their chunks are placed by offset rather than by their own numbering.
   */
  private static int sentenceAt(List<Row> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).getInt(0) <= offset) {
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
