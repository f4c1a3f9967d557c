package org.wirelens.nlp;

import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.wirelens.index.Published;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.MentionsTable;
import org.wirelens.tables.TokensTable;
import org.wirelens.text.Languages;
import org.wirelens.text.Utf16;

/**
 * The per-document tables (documents, sentences, tokens, mentions) cut from {@link NlpStage}'s
 * rows.
 */
public final class DocumentTables {
  private static final String SPAN_TEXTS = "span_texts";

  private static final UserDefinedFunction CUT =
      udf(new SpanTexts(), DataTypes.createArrayType(DataTypes.StringType, false)).asNonNullable();

  private static final UserDefinedFunction DISAGREE =
      udf((UDF2<String, String, Boolean>) Languages::disagree, DataTypes.BooleanType)
          .asNonNullable();

  private DocumentTables() {}

  /**
   * True for a row of {@code documents} whose input language (read as ISO 639-1) names another
   * language than the detector found: the rows counted as {@code language_disagreement}.
   */
  public static Column languageDisagrees() {
    return col(DocumentsTable.LANGUAGE_SOURCE)
        .equalTo(Languages.INPUT)
        .and(DISAGREE.apply(col(DocumentsTable.LANGUAGE), col(DocumentsTable.DETECTED_LANGUAGE)));
  }

  public static Dataset<Row> documents(Dataset<Row> nlp) {
    // The input's language wins where it gives one; a blank value is none.
    Column given = trim(col(DocumentsTable.LANGUAGE)).notEqual("");
    Column detected = col(DocumentsTable.DETECTED_LANGUAGE);
    // Batches stored by a job before the detector have no detected language (read as null when
    // merged with newer ones; added as null when every batch is older).
    Dataset<Row> in =
        java.util.Arrays.asList(nlp.columns()).contains(DocumentsTable.DETECTED_LANGUAGE)
            ? nlp
            : nlp.withColumn(
                DocumentsTable.DETECTED_LANGUAGE, lit(null).cast(DataTypes.StringType));
    return in.withColumn(
            DocumentsTable.LANGUAGE_SOURCE,
            when(given, lit(Languages.INPUT)).when(detected.isNotNull(), lit(Languages.DETECTED)))
        .withColumn(
            DocumentsTable.LANGUAGE, when(given, col(DocumentsTable.LANGUAGE)).otherwise(detected))
        .withColumn(DocumentsTable.N_CHARS, Utf16.length(col(Cols.TEXT)))
        .withColumn(DocumentsTable.N_SENTENCES, size(col(NlpStage.SENTENCES)))
        .withColumn(DocumentsTable.N_TOKENS, size(col(NlpStage.TOKENS)))
        .withColumn(DocumentsTable.PUBLISHED_DAY, Published.day(col(DocumentsTable.PUBLISHED)))
        .withColumn(DocumentsTable.PUBLISHED_AT, Published.instant(col(DocumentsTable.PUBLISHED)))
        .select(DocumentsTable.TABLE.selectColumns());
  }

  public static Dataset<Row> sentences(Dataset<Row> nlp) {
    String s = NlpStage.SENTENCES;
    return withTexts(nlp, s)
        .select(
            col(Cols.DOC_ID),
            posexplode(arrays_zip(col(s), col(SPAN_TEXTS))).as(new String[] {"pos", "z"}))
        .select(
            col(Cols.DOC_ID),
            col("pos").as(Cols.SENTENCE_IDX),
            col("z." + s + "." + Cols.BEGIN).as(Cols.BEGIN),
            col("z." + s + "." + Cols.END).as(Cols.END),
            col("z." + SPAN_TEXTS).as(Cols.TEXT));
  }

  public static Dataset<Row> tokens(Dataset<Row> nlp) {
    return nlp.select(
            col(Cols.DOC_ID), posexplode(col(NlpStage.TOKENS)).as(new String[] {"pos", "t"}))
        .select(
            col(Cols.DOC_ID),
            col("pos").as(TokensTable.TOKEN_IDX),
            col("t." + Cols.SENTENCE_IDX).as(Cols.SENTENCE_IDX),
            col("t." + Cols.BEGIN).as(Cols.BEGIN),
            col("t." + Cols.END).as(Cols.END),
            col("t." + TokensTable.TOKEN).as(TokensTable.TOKEN),
            col("t." + TokensTable.NORMALIZED).as(TokensTable.NORMALIZED),
            col("t." + TokensTable.IS_STOP).as(TokensTable.IS_STOP));
  }

  public static Dataset<Row> mentions(Dataset<Row> nlp) {
    String m = NlpStage.MENTIONS;
    String f = "z." + m + ".";
    return withTexts(nlp, m)
        .select(
            col(Cols.DOC_ID),
            col(Cols.SOURCE),
            col(DocumentsTable.PUBLISHED),
            posexplode(arrays_zip(col(m), col(SPAN_TEXTS))).as(new String[] {"pos", "z"}))
        .select(
            col(Cols.DOC_ID),
            col("pos").as(MentionsTable.MENTION_IDX),
            col(Cols.SOURCE),
            col(f + Cols.SENTENCE_IDX).as(Cols.SENTENCE_IDX),
            col(f + Cols.BEGIN).as(Cols.BEGIN),
            col(f + Cols.END).as(Cols.END),
            col("z." + SPAN_TEXTS).as(MentionsTable.SURFACE),
            col(f + Cols.ENTITY_ID).as(Cols.ENTITY_ID),
            col(f + MentionsTable.MENTION_TYPE).as(MentionsTable.MENTION_TYPE),
            col(f + MentionsTable.MATCH_KIND).as(MentionsTable.MATCH_KIND),
            col(f + MentionsTable.RECOGNIZER).as(MentionsTable.RECOGNIZER),
            col(f + MentionsTable.DESCRIPTOR).as(MentionsTable.DESCRIPTOR),
            col(f + MentionsTable.HONORIFIC).as(MentionsTable.HONORIFIC),
            col(f + MentionsTable.AMBIGUOUS).as(MentionsTable.AMBIGUOUS),
            // Not a mentions column: the corpus resolver's month window (the writer drops it).
            col(DocumentsTable.PUBLISHED));
  }

  /**
   * The document's rows with the text of each span of the array column {@code spans} beside it, cut
   * in Java at UTF-16 offsets ({@link SpanTexts}); the text itself is dropped before the spans are
   * exploded, so no exploded row carries more than its own span's text.
   */
  private static Dataset<Row> withTexts(Dataset<Row> nlp, String spans) {
    return nlp.select(
        col(Cols.DOC_ID),
        col(Cols.SOURCE),
        col(DocumentsTable.PUBLISHED),
        col(spans),
        CUT.apply(col(Cols.TEXT), col(spans)).as(SPAN_TEXTS));
  }
}
