package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code reuse_passages} table: passages two documents share, aligned word by word. */
public final class ReusePassagesTable {
  public static final String DOC_A = DocOverlapTable.DOC_A;
  public static final String DOC_B = DocOverlapTable.DOC_B;
  public static final String BEGIN_A = "begin_a";
  public static final String END_A = "end_a";
  public static final String BEGIN_B = "begin_b";
  public static final String END_B = "end_b";
  public static final String PUBLISHED_A = "published_a";
  public static final String PUBLISHED_B = "published_b";
  public static final String WORDS_A = "words_a";
  public static final String WORDS_B = "words_b";
  public static final String MATCHED_WORDS = "matched_words";
  public static final String IDENTITY = "identity";
  public static final String FIRST_DOC = "first_doc";
  public static final String CLUSTER_ID = "cluster_id";
  public static final String FOUND_BY = "found_by";

  public static final String BY_SHARED_SHINGLES = "shared_shingles";
  public static final String BY_SYNDICATION = "syndication";

  public static final TableDef TABLE =
      TableDef.table(
              "reuse_passages",
              "One row per passage two different documents share, aligned word by word: a copied or echoed paragraph, quote or sentence run, edits and all (words substituted, inserted or deleted, sentences trimmed; each reordered paragraph is a passage of its own). Words are compared folded (case, diacritics, quote and dash styles) with hyphenated and line-broken words joined. Text heavily shared (shingles in more than `--max-shingle-df` documents, a syndicated story) is aligned against its earliest document only, so a story in n outlets gives n - 1 rows, not n(n-1)/2; `reuse_clusters` groups them.",
              DOC_A,
              BEGIN_A,
              DOC_B,
              BEGIN_B)
          .required(DOC_A, StringType, "First document (`doc_a < doc_b`).")
          .required(
              BEGIN_A,
              IntegerType,
              "Start of the passage in `doc_a`'s `documents.text` (UTF-16 offset, inclusive).")
          .required(END_A, IntegerType, "End of the passage in `doc_a` (exclusive).")
          .required(DOC_B, StringType, "Second document.")
          .required(BEGIN_B, IntegerType, "Start of the passage in `doc_b` (inclusive).")
          .required(END_B, IntegerType, "End of the passage in `doc_b` (exclusive).")
          .required(Cols.SOURCE_A, StringType, "Outlet of `doc_a`.")
          .required(Cols.SOURCE_B, StringType, "Outlet of `doc_b`.")
          .optional(PUBLISHED_A, StringType, "`documents.published` of `doc_a`.")
          .optional(PUBLISHED_B, StringType, "`documents.published` of `doc_b`.")
          .required(WORDS_A, IntegerType, "Words of the passage in `doc_a`.")
          .required(WORDS_B, IntegerType, "Words of the passage in `doc_b`.")
          .required(
              MATCHED_WORDS, IntegerType, "Aligned words that are equal on both sides (folded).")
          .required(
              IDENTITY,
              DoubleType,
              "Share of the alignment's columns (matches, substitutions, insertions, deletions) whose two words are equal: 1 for a verbatim copy.")
          .optional(
              FIRST_DOC,
              StringType,
              "The document published first (`doc_a` or `doc_b`), from `published` compared at the coarser precision of the two (a date against a date-time compares days); null on a tie or when either is unknown. Never guessed from ids or input order.")
          .required(
              CLUSTER_ID,
              StringType,
              "The reuse cluster both spans belong to (`reuse_clusters.cluster_id`).")
          .required(
              FOUND_BY,
              StringType,
              "`shared_shingles` (the pair shares shingles in at most `--max-shingle-df` documents) or `syndication` (the pair links a document to the earliest document of heavily shared text).")
          .build();

  private ReusePassagesTable() {}
}
