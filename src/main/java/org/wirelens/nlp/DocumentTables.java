package org.wirelens.nlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.MentionsTable;
import org.wirelens.tables.TokensTable;

/**
 * The per-document tables (documents, sentences, tokens, mentions) cut from {@link NlpStage}'s
 * rows.
 */
public final class DocumentTables {
  private DocumentTables() {}

  public static Dataset<Row> documents(Dataset<Row> nlp) {
    return nlp.withColumn(
            DocumentsTable.N_CHARS, org.apache.spark.sql.functions.length(col(Cols.TEXT)))
        .withColumn(DocumentsTable.N_SENTENCES, size(col(NlpStage.SENTENCES)))
        .withColumn(DocumentsTable.N_TOKENS, size(col(NlpStage.TOKENS)))
        .select(DocumentsTable.TABLE.selectColumns());
  }

  public static Dataset<Row> sentences(Dataset<Row> nlp) {
    return nlp.select(
            col(Cols.DOC_ID),
            col(Cols.TEXT),
            posexplode(col(NlpStage.SENTENCES)).as(new String[] {"pos", "s"}))
        .select(
            col(Cols.DOC_ID),
            col("pos").as(Cols.SENTENCE_IDX),
            col("s." + Cols.BEGIN).as(Cols.BEGIN),
            col("s." + Cols.END).as(Cols.END),
            span(col("s")).as(Cols.TEXT));
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
    return nlp.select(
            col(Cols.DOC_ID),
            col(Cols.SOURCE),
            col(Cols.TEXT),
            col(DocumentsTable.PUBLISHED),
            posexplode(col(NlpStage.MENTIONS)).as(new String[] {"pos", "m"}))
        .select(
            col(Cols.DOC_ID),
            col("pos").as(MentionsTable.MENTION_IDX),
            col(Cols.SOURCE),
            col("m." + Cols.SENTENCE_IDX).as(Cols.SENTENCE_IDX),
            col("m." + Cols.BEGIN).as(Cols.BEGIN),
            col("m." + Cols.END).as(Cols.END),
            span(col("m")).as(MentionsTable.SURFACE),
            col("m." + Cols.ENTITY_ID).as(Cols.ENTITY_ID),
            col("m." + MentionsTable.MENTION_TYPE).as(MentionsTable.MENTION_TYPE),
            col("m." + MentionsTable.MATCH_KIND).as(MentionsTable.MATCH_KIND),
            col("m." + MentionsTable.RECOGNIZER).as(MentionsTable.RECOGNIZER),
            col("m." + MentionsTable.DESCRIPTOR).as(MentionsTable.DESCRIPTOR),
            col("m." + MentionsTable.HONORIFIC).as(MentionsTable.HONORIFIC),
            col("m." + MentionsTable.AMBIGUOUS).as(MentionsTable.AMBIGUOUS),
            // Not a mentions column: the corpus resolver's month window (the writer drops it).
            col(DocumentsTable.PUBLISHED));
  }

  /** text[begin:end] of a struct with begin and end (exclusive) fields. */
  private static Column span(Column s) {
    Column begin = s.getField(Cols.BEGIN);
    return col(Cols.TEXT).substr(begin.plus(1), s.getField(Cols.END).minus(begin));
  }
}
