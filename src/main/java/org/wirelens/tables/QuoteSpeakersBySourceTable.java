package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code quote_speakers_by_source} table: how often each outlet quotes each speaker. */
public final class QuoteSpeakersBySourceTable {
  public static final String SPEAKER_NAME = "speaker_name";
  public static final String SPEAKER_TYPE = "speaker_type";
  public static final String N_QUOTES = "n_quotes";
  public static final String N_DIRECT = "n_direct";
  public static final String SOURCE_QUOTES = "source_quotes";
  public static final String SHARE = "share";

  public static final TableDef TABLE =
      TableDef.table(
              "quote_speakers_by_source",
              "One row per outlet and resolved speaker entity: how often the outlet quotes them (quotations whose speaker is unresolved are counted in `source_quotes` only). The speakers x outlets matrix of the notebooks.",
              Cols.SOURCE,
              QuotesTable.SPEAKER_ENTITY_ID)
          .required(Cols.SOURCE, StringType, "Outlet.")
          .required(
              QuotesTable.SPEAKER_ENTITY_ID, StringType, "Speaker entity (`entities.entity_id`).")
          .required(SPEAKER_NAME, StringType, "The entity's name (`entities.name`).")
          .required(SPEAKER_TYPE, StringType, "The entity's type (`entities.type`).")
          .required(N_QUOTES, LongType, "Quotations of this speaker in this outlet.")
          .required(N_DIRECT, LongType, "Of those, in quotation marks (`direct` or `mixed`).")
          .required(Cols.N_DOCS, LongType, "Documents of this outlet quoting this speaker.")
          .required(SOURCE_QUOTES, LongType, "All quotations of this outlet.")
          .required(SHARE, DoubleType, "n_quotes / source_quotes.")
          .build();

  private QuoteSpeakersBySourceTable() {}
}
