package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

/** The {@code entities} table: one row per entity mentioned at least once. */
public final class EntitiesTable {
  public static final String NAME = "name";
  public static final String TYPE = "type";
  public static final String N_MENTIONS = "n_mentions";
  public static final String N_SOURCES = "n_sources";
  public static final String SURFACE_FORMS = "surface_forms";
  public static final String MENTIONS_BY_SOURCE = "mentions_by_source";
  public static final String RECOGNIZERS = "recognizers";

  public static final TableDef TABLE =
      TableDef.table("entities", "One row per entity with at least one mention.", Cols.ENTITY_ID)
          .required(
              Cols.ENTITY_ID,
              StringType,
              "Catalog id (e.g. `person:khalifa-haftar`, `gpe:ae`, `gpe:us-ga`); for a name found by a model `ent:` and its folded key, whatever type the model guessed, given names in one spelling of each name so spellings meet (e.g. `ent:khalid-al-mashri` for Khaled and Khalid al-Mashri); for a group named by nationalities `norp:` and its key (`norp:african-american`).")
          .required(
              NAME,
              StringType,
              "Canonical name from the catalog; for a model-found entity its most frequent surface of more than one word once a leading `the` and a company's legal form are set aside (`Khalifa Haftar`, not `Haftar`; `Reuters`, not `Reuters Inc`), else its most frequent surface; without a leading `the`.")
          .required(
              TYPE,
              StringType,
              "`PERSON`, `ORG`, `LOC`, `GPE` or `NORP`: the catalog's, or the majority type of the entity's mentions.")
          .required(N_MENTIONS, LongType, "Mentions in the corpus.")
          .required(Cols.N_DOCS, LongType, "Documents with at least one mention.")
          .required(N_SOURCES, LongType, "Outlets with at least one mention.")
          .required(
              SURFACE_FORMS,
              createArrayType(StringType, false),
              "Distinct ways the corpus writes it, sorted, a line break or run of spaces inside a name read as one space (e.g. `Cavusoglu`, `Çavuşoğlu`).")
          .required(
              MENTIONS_BY_SOURCE,
              createMapType(StringType, LongType, false),
              "Mentions per outlet.")
          .required(
              RECOGNIZERS, createArrayType(StringType, false), "Recognisers that found it, sorted.")
          .build();

  private EntitiesTable() {}
}
