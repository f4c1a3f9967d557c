package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code sentences} table: sentences from Spark NLP's SentenceDetector. */
public final class SentencesTable {
  public static final TableDef TABLE =
      TableDef.table("sentences", "One row per sentence.", Cols.DOC_ID, Cols.SENTENCE_IDX)
          .required(Cols.DOC_ID, StringType, "Document.")
          .required(Cols.SENTENCE_IDX, IntegerType, "0-based sentence number in the document.")
          .required(Cols.BEGIN, IntegerType, "Start offset in `documents.text` (inclusive).")
          .required(
              Cols.END,
              IntegerType,
              "End offset in `documents.text` (exclusive): `text[begin:end]` is the sentence.")
          .required(Cols.TEXT, StringType, "The sentence, as in `documents.text`.")
          .build();

  private SentencesTable() {}
}
