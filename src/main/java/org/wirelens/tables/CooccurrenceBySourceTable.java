package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code cooccurrence_by_source} table: co-occurrence counts per outlet. */
public final class CooccurrenceBySourceTable {
  public static final TableDef TABLE =
      TableDef.table(
              "cooccurrence_by_source",
              "One row per scope, outlet and entity pair.",
              Cols.SCOPE,
              Cols.SOURCE,
              Cols.ENTITY_A,
              Cols.ENTITY_B)
          .required(Cols.SCOPE, StringType, "`sentence` or `document`.")
          .required(Cols.SOURCE, StringType, "Outlet.")
          .required(Cols.ENTITY_A, StringType, "First entity id (`entity_a < entity_b`).")
          .required(Cols.ENTITY_B, StringType, "Second entity id.")
          .required(Cols.N_UNITS, LongType, "Units of this outlet mentioning both.")
          .required(Cols.N_DOCS, LongType, "Documents of this outlet in which they share a unit.")
          .build();

  private CooccurrenceBySourceTable() {}
}
