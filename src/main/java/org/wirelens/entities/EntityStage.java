package org.wirelens.entities;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.entities.names.NameKeys;
import org.wirelens.entities.resolve.CorpusResolver;
import org.wirelens.stage.Stage;
import org.wirelens.stage.StageResult;
import org.wirelens.stage.TableOutput;
import org.wirelens.tables.Cols;
import org.wirelens.tables.EntitiesTable;
import org.wirelens.tables.MentionsTable;

/**
 * Mentions and entities: the document-level mentions the NLP stage resolved, merged across the
 * corpus ({@link CorpusResolver}), and one row per entity with the catalog's canonical names and
 * types.
 */
public final class EntityStage implements Stage<EntityStage.Input, EntityStage.Result> {
  /**
   * @param mentions each document's resolved mentions, one row per mention (the NLP stage's, as
   *     {@code DocumentTables.mentions} flattens them)
   */
  public record Input(Dataset<Row> mentions) {}

  /**
   * The mentions merged across the corpus (their caches released on close), and the entities table,
   * which is built from the mentions as written.
   */
  public record Result(CorpusResolver.Result resolved, Dataset<Row> catalogNames)
      implements StageResult {
    @Override
    public List<TableOutput> tables() {
      return List.of(
          TableOutput.whole(MentionsTable.TABLE, resolved.mentions()),
          TableOutput.whole(
              EntitiesTable.TABLE,
              written -> entities(written.table(MentionsTable.TABLE), catalogNames)));
    }

    @Override
    public void close() {
      resolved.release();
    }
  }

  private final List<CatalogEntry> catalog;

  /**
   * @param catalog the catalog's entries, whose names and types catalog entities take
   */
  public EntityStage(List<CatalogEntry> catalog) {
    this.catalog = List.copyOf(catalog);
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public String description() {
    return "mentions and entities";
  }

  /**
   * Applies {@link CorpusResolver} to the mentions: spans that end with a person's full name, lone
   * surnames and first names weighed by the corpus's evidence, bare acronyms and the definitions
   * they meet. Joins and aggregations only.
   */
  @Override
  public Result run(Input input) {
    return new Result(
        CorpusResolver.apply(input.mentions()), names(input.mentions().sparkSession(), catalog));
  }

  /** Catalog names and types as a small dataset, for joins. */
  static Dataset<Row> names(SparkSession spark, List<CatalogEntry> entries) {
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

  /**
   * One row per mentioned entity. Catalog entities take the catalog's name and type; entities a
   * model found take their most frequent surface form as name and the majority type of their
   * mentions, so a stray LOCATION tag does not split a person in two.
   */
  public static Dataset<Row> entities(Dataset<Row> mentions, Dataset<Row> names) {
    Dataset<Row> perSource =
        mentions
            .groupBy(col(Cols.ENTITY_ID), col(Cols.SOURCE))
            .agg(count("*").as(EntitiesTable.N_MENTIONS))
            .groupBy(col(Cols.ENTITY_ID))
            .agg(
                map_from_entries(
                        array_sort(
                            collect_list(struct(col(Cols.SOURCE), col(EntitiesTable.N_MENTIONS)))))
                    .as(EntitiesTable.MENTIONS_BY_SOURCE),
                sum(col(EntitiesTable.N_MENTIONS)).as(EntitiesTable.N_MENTIONS),
                count("*").as(EntitiesTable.N_SOURCES));
    Dataset<Row> perEntity =
        mentions
            .groupBy(col(Cols.ENTITY_ID))
            .agg(
                countDistinct(col(Cols.DOC_ID)).as(Cols.N_DOCS),
                array_sort(collect_set(oneLine(col(MentionsTable.SURFACE))))
                    .as(EntitiesTable.SURFACE_FORMS),
                array_sort(collect_set(col(MentionsTable.RECOGNIZER)))
                    .as(EntitiesTable.RECOGNIZERS));
    Dataset<Row> commonest =
        mostFrequentName(mentions)
            .join(
                mostFrequent(
                    mentions.filter(
                        col(MentionsTable.MENTION_TYPE).notEqual(EntityType.NORP.name())),
                    MentionsTable.MENTION_TYPE,
                    MODEL_TYPE),
                new String[] {Cols.ENTITY_ID},
                "left")
            .toDF();
    return perSource
        .join(perEntity, Cols.ENTITY_ID)
        .join(commonest, Cols.ENTITY_ID)
        .join(names, new String[] {Cols.ENTITY_ID}, "left")
        .withColumn(EntitiesTable.NAME, coalesce(col(EntitiesTable.NAME), col(MODEL_NAME)))
        .withColumn(
            EntitiesTable.TYPE,
            coalesce(col(EntitiesTable.TYPE), col(MODEL_TYPE), lit(EntityType.NORP.name())))
        .select(EntitiesTable.TABLE.selectColumns());
  }

  private static final String MODEL_NAME = "model_name";
  private static final String MODEL_TYPE = "model_type";
  private static final String NAME_SURFACE = "name_surface";

  /**
   * Per entity, the name to show: the most frequent full name ("Khalifa Haftar" rather than
   * "Haftar"), else the most frequent surface. A leading article is not part of the name: "the
   * Treasury" and "Treasury" are one entity (their keys drop it too), named "Treasury".
   */
  private static Dataset<Row> mostFrequentName(Dataset<Row> mentions) {
    Column surface = col(NAME_SURFACE);
    return mentions
        .withColumn(
            NAME_SURFACE, regexp_replace(oneLine(col(MentionsTable.SURFACE)), "^[Tt]he ", ""))
        .groupBy(col(Cols.ENTITY_ID), surface)
        .agg(count("*").as("n"))
        .groupBy(col(Cols.ENTITY_ID))
        .agg(max_by(surface, struct(FULL_NAME.apply(surface), col("n"), surface)).as(MODEL_NAME));
  }

  /**
   * Whether a surface is a full name: more than one word in its key, so that neither an article nor
   * a legal form makes one ("Reuters Inc" is not fuller than "Reuters"; "Khalifa Haftar" is fuller
   * than "Haftar"). Applied to distinct surfaces only, after the grouping.
   */
  private static final UserDefinedFunction FULL_NAME =
      udf((UDF1<String, Boolean>) s -> NameKeys.key(s).contains(" "), DataTypes.BooleanType);

  /**
   * A surface on one line: wire copy wraps lines inside names ("Federal\nReserve"), which are one
   * name to a reader. Mentions keep the text as written, so offsets stay exact.
   */
  private static Column oneLine(Column surface) {
    return regexp_replace(surface, "\\s+", " ");
  }

  /** Per entity, the most frequent value of a column; ties go to the greatest value. */
  private static Dataset<Row> mostFrequent(Dataset<Row> mentions, String column, String as) {
    return mentions
        .groupBy(col(Cols.ENTITY_ID), col(column))
        .agg(count("*").as("n"))
        .groupBy(col(Cols.ENTITY_ID))
        .agg(max_by(col(column), struct(col("n"), col(column))).as(as));
  }
}
