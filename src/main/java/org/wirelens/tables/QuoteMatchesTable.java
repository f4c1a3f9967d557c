package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code quote_matches} table: the same quotation in two documents. */
public final class QuoteMatchesTable {
  public static final String QUOTE_IDX_A = "quote_idx_a";
  public static final String QUOTE_IDX_B = "quote_idx_b";
  public static final String WORDS_A = "words_a";
  public static final String WORDS_B = "words_b";
  public static final String SHARED_WORDS = "shared_words";
  public static final String COVERAGE_A = "coverage_a";
  public static final String COVERAGE_B = "coverage_b";
  public static final String SPEAKER_ENTITY_A = "speaker_entity_a";
  public static final String SPEAKER_ENTITY_B = "speaker_entity_b";
  public static final String SAME_SPEAKER = "same_speaker";
  public static final String FIRST_DOC = "first_doc";
  public static final String FIRST_SOURCE = "first_source";

  public static final TableDef TABLE =
      TableDef.table(
              "quote_matches",
              "One row per pair of quotations in different documents that quote the same words, whatever the quotation marks, case, whitespace, dashes or apostrophes, with words left out at an ellipsis, or quoted in part: the 4-word shingles of their quoted words (a `direct` quotation's words, the words in quotation marks of a `mixed` one; `indirect` speech is the outlet's own wording and is not matched) cover at least 5 words and half of the shorter one. Candidates come from an index of shingles, never from a cross join: every two quotations sharing a shingle in at most `--max-shingle-df` quotations; for a shingle in more (a quotation carried by hundreds of outlets), each quotation with the earliest one only, so such a quotation's matches form a star around its earliest appearance rather than every pair.",
              DocOverlapTable.DOC_A,
              QUOTE_IDX_A,
              DocOverlapTable.DOC_B,
              QUOTE_IDX_B)
          .required(DocOverlapTable.DOC_A, StringType, "First document (`doc_a < doc_b`).")
          .required(QUOTE_IDX_A, IntegerType, "The quotation in `doc_a` (`quotes.quote_idx`).")
          .required(DocOverlapTable.DOC_B, StringType, "Second document.")
          .required(QUOTE_IDX_B, IntegerType, "The quotation in `doc_b`.")
          .required(Cols.SOURCE_A, StringType, "Outlet of `doc_a`.")
          .required(Cols.SOURCE_B, StringType, "Outlet of `doc_b`.")
          .required(WORDS_A, IntegerType, "Quoted words of quotation a, folded as above.")
          .required(WORDS_B, IntegerType, "Quoted words of quotation b.")
          .required(
              SHARED_WORDS,
              IntegerType,
              "Words of the shorter quotation that lie in a shingle the other one has.")
          .required(COVERAGE_A, DoubleType, "Share of a's words that lie in a shingle b has.")
          .required(COVERAGE_B, DoubleType, "Share of b's words that lie in a shingle a has.")
          .optional(SPEAKER_ENTITY_A, StringType, "Speaker entity of quotation a, if resolved.")
          .optional(SPEAKER_ENTITY_B, StringType, "Speaker entity of quotation b, if resolved.")
          .optional(
              SAME_SPEAKER,
              BooleanType,
              "Whether the two outlets attribute it to the same speaker entity; null when either speaker is unresolved.")
          .optional(
              FIRST_DOC,
              StringType,
              "The document published first, by `documents.published` (dates, or times where both give them); null on a tie or when either date is missing or unreadable.")
          .optional(FIRST_SOURCE, StringType, "Outlet of `first_doc`.")
          .build();

  private QuoteMatchesTable() {}
}
