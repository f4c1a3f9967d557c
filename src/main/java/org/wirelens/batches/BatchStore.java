package org.wirelens.batches;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.tables.Cols;
import org.wirelens.tables.RejectsTable;

/**
 * Articles stored per batch ({@code --batch-id}), so a scheduled run takes only the day's articles
 * through ingest, cleaning and Spark NLP, while the corpus-wide tables are recomputed over every
 * stored batch. A batch is its documents' NLP output, its removed lines, its rejects and its input
 * count. A run writes its batch into a new folder ({@code OUTPUT/batches/ID/RUN_ID}); the version
 * it publishes names that folder as the batch's content (see {@code OutputWriter}), so rerunning a
 * batch replaces it and a failed run leaves the stored batches as they were.
 */
public final class BatchStore {
  public static final String DIR = "batch";
  public static final String NLP = "nlp";
  static final String REMOVED_LINES = "removed_lines";
  static final String REJECTS = "rejects";
  static final String INFO = "batch_info";
  static final String INPUT_RECORDS = "input_records";
  static final String NO_MANIFEST_ROW = "files_without_manifest_row";

  private static final StructType INFO_SCHEMA =
      new StructType()
          .add(Cols.BATCH_ID, DataTypes.StringType, true)
          .add(INPUT_RECORDS, DataTypes.LongType, false)
          .add(NO_MANIFEST_ROW, DataTypes.LongType, false);

  /**
   * What the corpus-wide stages need from a set of documents: the NLP output (one row per
   * document), removed lines and rejects (each with a batch_id column), and the input counts.
   */
  public record Batch(
      Dataset<Row> nlp,
      Dataset<Row> removedLines,
      Dataset<Row> rejects,
      long inputRecords,
      long filesWithoutManifestRow,
      List<String> batchIds) {}

  private final SparkSession spark;
  private final Path output;
  private final Map<String, String> stored;

  /**
   * @param output the output folder
   * @param stored the stored batches: id -> folder relative to the output, as the output's current
   *     version names them
   */
  public BatchStore(SparkSession spark, Path output, Map<String, String> stored) {
    this.spark = spark;
    this.output = output;
    this.stored = new TreeMap<>(stored);
  }

  /**
   * Writes one batch (its datasets already carry the batch id) into its new folder, but for its NLP
   * output, which the NLP stage wrote there itself ({@code dir/nlp}), so it is written once.
   */
  public void writeAllButNlp(Path dir, String batchId, Batch batch) {
    batch
        .removedLines()
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(new Path(dir, REMOVED_LINES).toString());
    batch.rejects().write().mode(SaveMode.ErrorIfExists).parquet(new Path(dir, REJECTS).toString());
    spark
        .createDataFrame(
            List.of(
                RowFactory.create(batchId, batch.inputRecords(), batch.filesWithoutManifestRow())),
            INFO_SCHEMA)
        .coalesce(1)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(new Path(dir, INFO).toString());
  }

  /**
   * Every stored batch, with batch {@code batchId} read from {@code staged} instead of the store
   * (the run's new version of it). A document id stored by more than one batch is kept in the first
   * batch (by batch id order) and rejected as {@code duplicate_id} in the others, so input_records
   * = documents + rejects holds over the union.
   */
  public Batch union(String batchId, Path staged) {
    List<String> ids = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    for (Map.Entry<String, String> b : stored.entrySet()) {
      if (!b.getKey().equals(batchId)) {
        ids.add(b.getKey());
        dirs.add(new Path(output, b.getValue()));
      }
    }
    if (batchId != null) {
      ids.add(batchId);
      dirs.add(staged);
    }
    // Sorted so that the first batch of an id, and every listing, does not depend on run order.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> ids.get(a).compareTo(ids.get(b)));
    List<String> sortedIds = order.stream().map(ids::get).toList();
    List<Path> sortedDirs = order.stream().map(dirs::get).toList();

    Dataset<Row> nlp = read(sortedDirs, NLP);
    Dataset<Row> removed = read(sortedDirs, REMOVED_LINES);
    Dataset<Row> rejects = read(sortedDirs, REJECTS);
    long inputRecords = 0;
    long noManifest = 0;
    for (Row r : read(sortedDirs, INFO).collectAsList()) {
      inputRecords += r.getLong(r.fieldIndex(INPUT_RECORDS));
      noManifest += r.getLong(r.fieldIndex(NO_MANIFEST_ROW));
    }

    WindowSpec byId = Window.partitionBy(col(Cols.DOC_ID)).orderBy(col(Cols.BATCH_ID));
    Dataset<Row> later =
        nlp.select(col(Cols.DOC_ID), col(Cols.SOURCE), col(Cols.INPUT), col(Cols.BATCH_ID))
            .withColumn("_rank", row_number().over(byId))
            .withColumn("_kept_by", first(col(Cols.BATCH_ID)).over(byId))
            .filter(col("_rank").gt(1))
            // Read twice below (keys and rejects): the window over every document runs once.
            .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    // Usually few or none: adaptive execution broadcasts them when they are small, and a week of
    // re-scraped articles, not small, is joined without filling the driver.
    Dataset<Row> laterKeys = later.select(col(Cols.DOC_ID), col(Cols.BATCH_ID));
    String[] key = {Cols.DOC_ID, Cols.BATCH_ID};
    Dataset<Row> duplicateRejects =
        later.select(
            col(Cols.INPUT),
            col(Cols.DOC_ID),
            col(Cols.SOURCE),
            lit(RejectsTable.DUPLICATE_ID).as(Cols.REASON),
            concat(lit("id already stored by batch "), col("_kept_by")).as(RejectsTable.DETAIL),
            col(Cols.BATCH_ID));
    return new Batch(
        nlp.join(laterKeys, key, "left_anti"),
        removed.join(laterKeys, key, "left_anti"),
        rejects.select(RejectsTable.TABLE.selectColumns()).unionByName(duplicateRejects),
        inputRecords,
        noManifest,
        sortedIds);
  }

  /**
   * One batch written by {@link #writeAllButNlp} (and its NLP output), read back on its own: a run
   * without --batch-id stores its documents this way in its work folder.
   */
  public Batch read(Path dir) {
    List<Path> dirs = List.of(dir);
    Row info = read(dirs, INFO).first();
    return new Batch(
        read(dirs, NLP),
        read(dirs, REMOVED_LINES),
        read(dirs, REJECTS).select(RejectsTable.TABLE.selectColumns()),
        info.getLong(info.fieldIndex(INPUT_RECORDS)),
        info.getLong(info.fieldIndex(NO_MANIFEST_ROW)),
        List.of());
  }

  private Dataset<Row> read(List<Path> dirs, String part) {
    // Batches stored by an older job lack columns added since (mentions.honorific): merged, they
    // read as null there rather than failing or taking one batch's schema for all.
    return spark
        .read()
        .option("mergeSchema", "true")
        .parquet(dirs.stream().map(d -> new Path(d, part).toString()).toArray(String[]::new));
  }
}
