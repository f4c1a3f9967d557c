package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code cooccurrence} table: entity pairs with counts and association measures. */
public final class CooccurrenceTable {
  public static final String NAME_A = "name_a";
  public static final String NAME_B = "name_b";
  public static final String N_SOURCES = "n_sources";
  public static final String N_A = "n_a";
  public static final String N_B = "n_b";
  public static final String N_TOTAL = "n_total";
  public static final String PMI = "pmi";
  public static final String NPMI = "npmi";
  public static final String LLR = "llr";

  public static final String SCOPE_SENTENCE = "sentence";
  public static final String SCOPE_DOCUMENT = "document";

  public static final TableDef TABLE =
      TableDef.table(
              "cooccurrence",
              "One row per unordered pair of distinct entities that share a unit, per scope. Measures are computed over the scope's unit (sentences or documents).",
              Cols.SCOPE,
              Cols.ENTITY_A,
              Cols.ENTITY_B)
          .required(Cols.SCOPE, StringType, "`sentence` or `document`: the unit of co-occurrence.")
          .required(Cols.ENTITY_A, StringType, "First entity id (`entity_a < entity_b`).")
          .required(Cols.ENTITY_B, StringType, "Second entity id.")
          .required(NAME_A, StringType, "Canonical name of `entity_a`.")
          .required(NAME_B, StringType, "Canonical name of `entity_b`.")
          .required(Cols.N_UNITS, LongType, "Units (sentences or documents) mentioning both.")
          .required(Cols.N_DOCS, LongType, "Documents in which they share a unit.")
          .required(N_SOURCES, LongType, "Outlets in which they share a unit.")
          .required(N_A, LongType, "Units mentioning `entity_a`.")
          .required(N_B, LongType, "Units mentioning `entity_b`.")
          .required(
              N_TOTAL, LongType, "All units of the scope in the corpus (sentences or documents).")
          .required(
              PMI,
              DoubleType,
              "Pointwise mutual information, natural log: ln(n_units·n_total / (n_a·n_b)).")
          .required(
              NPMI,
              DoubleType,
              "PMI normalised to [-1, 1]: pmi / -ln(n_units / n_total); 1 when the pair is in every unit.")
          .required(
              LLR,
              DoubleType,
              "Dunning's log-likelihood ratio G² of the 2×2 contingency table (larger: stronger evidence of association).")
          .build();

  private CooccurrenceTable() {}
}
