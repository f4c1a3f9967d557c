package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/**
 * The {@code source_overlap} table: {@code doc_overlap} and {@code reuse_passages} aggregated per
 * pair of outlets.
 */
public final class SourceOverlapTable {
  public static final String DOCS_A = "docs_a";
  public static final String DOCS_B = "docs_b";
  public static final String DOC_PAIRS = "doc_pairs";
  public static final String SHARED_SHINGLES = "shared_shingles";
  public static final String MAX_SHINGLE_JACCARD = "max_shingle_jaccard";
  public static final String MEAN_SHINGLE_JACCARD = "mean_shingle_jaccard";
  public static final String MAX_CONTAINMENT_A_IN_B = "max_containment_a_in_b";
  public static final String MAX_CONTAINMENT_B_IN_A = "max_containment_b_in_a";
  public static final String MEAN_ENTITY_JACCARD = "mean_entity_jaccard";
  public static final String MEAN_TFIDF_COSINE = "mean_tfidf_cosine";
  public static final String PASSAGES = "passages";
  public static final String PASSAGES_A_TO_B = "passages_a_to_b";
  public static final String PASSAGES_B_TO_A = "passages_b_to_a";

  public static final TableDef TABLE =
      TableDef.table(
              "source_overlap",
              "One row per pair of outlets (`source_a <= source_b`; equal for two documents of one outlet) with at least one overlapping document pair or reuse passage.",
              Cols.SOURCE_A,
              Cols.SOURCE_B)
          .required(Cols.SOURCE_A, StringType, "First outlet.")
          .required(Cols.SOURCE_B, StringType, "Second outlet.")
          .required(DOCS_A, LongType, "Documents of `source_a` in the corpus.")
          .required(DOCS_B, LongType, "Documents of `source_b` in the corpus.")
          .required(
              DOC_PAIRS,
              LongType,
              "Overlapping document pairs between the two outlets (rows of `doc_overlap`).")
          .required(SHARED_SHINGLES, LongType, "Sum of `shared_shingles` over those pairs.")
          .optional(
              MAX_SHINGLE_JACCARD,
              DoubleType,
              "Largest shingle Jaccard of a pair; null without document pairs (outlets linked only through syndicated text, whose shingles are not indexed).")
          .optional(MEAN_SHINGLE_JACCARD, DoubleType, "Mean shingle Jaccard over the pairs.")
          .optional(
              MAX_CONTAINMENT_A_IN_B,
              DoubleType,
              "Largest share of a `source_a` document found in a `source_b` document.")
          .optional(
              MAX_CONTAINMENT_B_IN_A,
              DoubleType,
              "Largest share of a `source_b` document found in a `source_a` document.")
          .optional(MEAN_ENTITY_JACCARD, DoubleType, "Mean entity-set Jaccard over the pairs.")
          .optional(MEAN_TFIDF_COSINE, DoubleType, "Mean TF-IDF cosine over the pairs.")
          .required(
              PASSAGES, LongType, "Reuse passages between the two outlets (`reuse_passages` rows).")
          .required(
              PASSAGES_A_TO_B,
              LongType,
              "Passages whose `source_a` document was published first: text `source_b` carried after `source_a` (for one outlet with itself, every passage with a known direction).")
          .required(
              PASSAGES_B_TO_A,
              LongType,
              "Passages whose `source_b` document was published first (0 for one outlet with itself). Passages of unknown direction are in neither count.")
          .build();

  private SourceOverlapTable() {}
}
