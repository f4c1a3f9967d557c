package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code tokens} table: tokens with their normalised form and stop-word flag. */
public final class TokensTable {
  public static final String TOKEN_IDX = "token_idx";
  public static final String TOKEN = "token";
  public static final String NORMALIZED = "normalized";
  public static final String IS_STOP = "is_stop";

  public static final TableDef TABLE =
      TableDef.table("tokens", "One row per token.", Cols.DOC_ID, TOKEN_IDX)
          .required(Cols.DOC_ID, StringType, "Document.")
          .required(TOKEN_IDX, IntegerType, "0-based token number in the document.")
          .required(Cols.SENTENCE_IDX, IntegerType, "Sentence the token is in.")
          .required(Cols.BEGIN, IntegerType, "Start offset in `documents.text` (inclusive).")
          .required(Cols.END, IntegerType, "End offset in `documents.text` (exclusive).")
          .required(TOKEN, StringType, "The token as in `documents.text`.")
          .optional(
              NORMALIZED,
              StringType,
              "Normalised form: the folded token (diacritics, quotes and dashes folded) in lower case with every char that is not a letter or a digit removed; null for a token that is only punctuation.")
          .required(
              IS_STOP,
              BooleanType,
              "True when the normalised form is in Spark ML's English stop-word list, or there is none.")
          .build();

  private TokensTable() {}
}
