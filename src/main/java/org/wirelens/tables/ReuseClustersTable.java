package org.wirelens.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The {@code reuse_clusters} table: the same passage across any number of documents. */
public final class ReuseClustersTable {
  public static final String CLUSTER_ID = ReusePassagesTable.CLUSTER_ID;
  public static final String PUBLISHED = DocumentsTable.PUBLISHED;
  public static final String TIME_RANK = "time_rank";
  public static final String WORDS = "words";
  public static final String IS_ORIGIN = "is_origin";
  public static final String N_DOCS = Cols.N_DOCS;
  public static final String N_SOURCES = "n_sources";
  public static final String ORIGIN_DOC = "origin_doc";
  public static final String FIRST_PUBLISHED = "first_published";
  public static final String LAST_PUBLISHED = "last_published";
  public static final String N_LINKS = "n_links";
  public static final String WITHIN_SOURCE_SHARE = "within_source_share";
  public static final String BOILERPLATE = "boilerplate";

  public static final TableDef TABLE =
      TableDef.table(
              "reuse_clusters",
              "One row per member of a reuse cluster: a span of a document, with its cluster's figures beside it. A cluster is a connected component of `reuse_passages` (spans of one document that overlap by at least half of the shorter are one member), so a passage carried by any number of outlets is one cluster.",
              CLUSTER_ID,
              Cols.DOC_ID,
              Cols.BEGIN)
          .required(
              CLUSTER_ID,
              StringType,
              "Cluster id: `rc-` and a hash of its first member (by document id and offset), the same from run to run for the same members.")
          .required(Cols.DOC_ID, StringType, "Document holding this member.")
          .required(
              Cols.BEGIN, IntegerType, "Start in `documents.text` (UTF-16 offset, inclusive).")
          .required(Cols.END, IntegerType, "End (exclusive).")
          .required(Cols.SOURCE, StringType, "Outlet of the document.")
          .optional(PUBLISHED, StringType, "`documents.published` of the document.")
          .optional(
              TIME_RANK,
              IntegerType,
              "1 for the earliest members, 2 for the next (dense rank over `published`, by days when any dated member has a date without a time); null when the document has no readable date.")
          .required(WORDS, IntegerType, "Words in the member's span.")
          .required(IS_ORIGIN, BooleanType, "True for the member in `origin_doc`.")
          .required(N_DOCS, LongType, "Documents in the cluster.")
          .required(N_SOURCES, LongType, "Outlets in the cluster.")
          .optional(
              ORIGIN_DOC,
              StringType,
              "The origin candidate: the one document published before every other member; null when the earliest date is shared by several documents or a member has no date (it could have come first).")
          .optional(FIRST_PUBLISHED, StringType, "Earliest `published` in the cluster.")
          .optional(LAST_PUBLISHED, StringType, "Latest `published` in the cluster.")
          .required(
              N_LINKS, LongType, "Aligned passages (`reuse_passages` rows) inside the cluster.")
          .required(
              WITHIN_SOURCE_SHARE,
              DoubleType,
              "Share of those passages whose two documents are of the same outlet (passim's boilerplate measure).")
          .required(
              BOILERPLATE,
              BooleanType,
              "True when most links are within one outlet (`within_source_share` > 0.5): an outlet repeating its own chrome, sign-offs, corrections or recurring reports, not text echoed between outlets.")
          .build();

  private ReuseClustersTable() {}
}
