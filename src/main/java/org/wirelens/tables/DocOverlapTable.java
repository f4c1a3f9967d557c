package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code doc_overlap} table: document pairs that share text, with overlap measures. */
public final class DocOverlapTable {
  public static final String DOC_A = "doc_a";
  public static final String DOC_B = "doc_b";
  public static final String SHINGLES_A = "shingles_a";
  public static final String SHINGLES_B = "shingles_b";
  public static final String SHARED_SHINGLES = "shared_shingles";
  public static final String SHINGLE_JACCARD = "shingle_jaccard";
  public static final String CONTAINMENT_A_IN_B = "containment_a_in_b";
  public static final String CONTAINMENT_B_IN_A = "containment_b_in_a";
  public static final String ENTITY_JACCARD = "entity_jaccard";
  public static final String TFIDF_COSINE = "tfidf_cosine";

  public static final TableDef TABLE =
      TableDef.table(
              "doc_overlap",
              "One row per pair of different documents that share at least `--min-shared-shingles` indexed word shingles (shingles in more than `--max-shingle-df` documents are not indexed, so boilerplate alone does not make a pair).",
              DOC_A,
              DOC_B)
          .required(DOC_A, StringType, "First document (`doc_a < doc_b`).")
          .required(DOC_B, StringType, "Second document.")
          .required(Cols.SOURCE_A, StringType, "Outlet of `doc_a`.")
          .required(Cols.SOURCE_B, StringType, "Outlet of `doc_b`.")
          .required(
              SHINGLES_A,
              IntegerType,
              "Distinct word shingles (`--shingle-size` consecutive words, folded as text reuse reads them) in `doc_a`.")
          .required(SHINGLES_B, IntegerType, "Distinct word shingles in `doc_b`.")
          .required(
              SHARED_SHINGLES,
              IntegerType,
              "Shingles in both (exact, including unindexed frequent ones).")
          .required(SHINGLE_JACCARD, DoubleType, "shared / (shingles_a + shingles_b - shared).")
          .required(
              CONTAINMENT_A_IN_B,
              DoubleType,
              "shared / shingles_a: the share of `doc_a`'s text found in `doc_b`.")
          .required(CONTAINMENT_B_IN_A, DoubleType, "shared / shingles_b.")
          .required(
              ENTITY_JACCARD,
              DoubleType,
              "Jaccard similarity of the two documents' entity sets (0 when neither has entities).")
          .required(
              TFIDF_COSINE,
              DoubleType,
              "Cosine of the documents' TF-IDF vectors over normalised non-stop-word tokens (idf = ln((1+N)/(1+df)) + 1).")
          .build();

  private DocOverlapTable() {}
}
