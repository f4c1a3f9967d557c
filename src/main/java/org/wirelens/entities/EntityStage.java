package org.wirelens.entities;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.tables.Cols;
import org.wirelens.tables.EntitiesTable;
import org.wirelens.tables.MentionsTable;

/** Builds the entities table from mentions and the catalog's canonical names and types. */
public final class EntityStage {
  private EntityStage() {}

  /** Catalog names and types as a small dataset, for joins. */
  public static Dataset<Row> names(SparkSession spark, List<CatalogEntry> entries) {
    List<Row> rows = new ArrayList<>();
    for (CatalogEntry e : entries) {
      rows.add(RowFactory.create(e.id(), e.name(), e.type().name()));
    }
    StructType schema =
        new StructType()
            .add(Cols.ENTITY_ID, DataTypes.StringType, false)
            .add(EntitiesTable.NAME, DataTypes.StringType, false)
            .add(EntitiesTable.TYPE, DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema);
  }

  public static Dataset<Row> entities(Dataset<Row> mentions, Dataset<Row> names) {
    Dataset<Row> perSource =
        mentions
            .groupBy(col(Cols.ENTITY_ID), col(Cols.SOURCE))
            .agg(count("*").as(EntitiesTable.N_MENTIONS))
            .groupBy(col(Cols.ENTITY_ID))
            .agg(
                map_from_entries(
                        array_sort(
                            org.apache.spark.sql.functions.collect_list(
                                struct(col(Cols.SOURCE), col(EntitiesTable.N_MENTIONS)))))
                    .as(EntitiesTable.MENTIONS_BY_SOURCE),
                sum(col(EntitiesTable.N_MENTIONS)).as(EntitiesTable.N_MENTIONS),
                count("*").as(EntitiesTable.N_SOURCES));
    Dataset<Row> perEntity =
        mentions
            .groupBy(col(Cols.ENTITY_ID))
            .agg(
                countDistinct(col(Cols.DOC_ID)).as(Cols.N_DOCS),
                array_sort(collect_set(col(MentionsTable.SURFACE))).as(EntitiesTable.SURFACE_FORMS),
                array_sort(collect_set(col(MentionsTable.RECOGNIZER)))
                    .as(EntitiesTable.RECOGNIZERS));
    return perSource
        .join(perEntity, Cols.ENTITY_ID)
        .join(names, Cols.ENTITY_ID)
        .select(EntitiesTable.TABLE.selectColumns());
  }
}
