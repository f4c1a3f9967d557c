package org.wirelens.index;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.TokensTable;

/**
 * What overlap and reuse compare, per document, computed once and shared by both: its words (as
 * {@link IndexedText} reads them: hashes with UTF-16 offsets), its word shingles in text order, and
 * its TF-IDF terms (normalised non-stop-word tokens).
 */
public final class TextFeatures {
  public static final String PUBLISHED = DocumentsTable.PUBLISHED;
  public static final String WORDS = "words";
  public static final String BEGINS = "word_begins";
  public static final String ENDS = "word_ends";
  public static final String SHINGLE_SEQ = "shingle_seq";
  public static final String TERMS = "terms";

  private static final String PARTS = "parts";

  private static final StructType PARTS_TYPE =
      new StructType()
          .add(WORDS, DataTypes.createArrayType(DataTypes.LongType, false), false)
          .add(BEGINS, DataTypes.createArrayType(DataTypes.IntegerType, false), false)
          .add(ENDS, DataTypes.createArrayType(DataTypes.IntegerType, false), false)
          .add(SHINGLE_SEQ, DataTypes.createArrayType(DataTypes.LongType, false), false);

  private TextFeatures() {}

  /** One row per document: doc_id, source, published, words, word offsets, shingles, terms. */
  public static Dataset<Row> of(Dataset<Row> nlp, int shingleSize) {
    UserDefinedFunction parts = udf(new Parts(shingleSize), PARTS_TYPE).asNonNullable();
    Column tokens = col(Cols.NLP_TOKENS);
    return nlp.select(
            col(Cols.DOC_ID),
            col(Cols.SOURCE),
            col(PUBLISHED),
            parts.apply(col(Cols.TEXT)).as(PARTS),
            transform(
                    filter(tokens, t -> t.getField(TokensTable.IS_STOP).unary_$bang()),
                    t -> t.getField(TokensTable.NORMALIZED))
                .as(TERMS))
        .select(
            col(Cols.DOC_ID),
            col(Cols.SOURCE),
            col(PUBLISHED),
            col(PARTS + "." + WORDS).as(WORDS),
            col(PARTS + "." + BEGINS).as(BEGINS),
            col(PARTS + "." + ENDS).as(ENDS),
            col(PARTS + "." + SHINGLE_SEQ).as(SHINGLE_SEQ),
            col(TERMS));
  }

  /** Words, offsets and shingles of one text, in Java: one pass, linear in its length. */
  private static final class Parts implements UDF1<String, Row> {
    private static final long serialVersionUID = 1L;
    private final int k;

    Parts(int k) {
      this.k = k;
    }

    @Override
    public Row call(String text) {
      IndexedText.Words w = IndexedText.words(text);
      return RowFactory.create(
          w.hashes(), w.begins(), w.ends(), IndexedText.shingles(w.hashes(), k));
    }
  }
}
