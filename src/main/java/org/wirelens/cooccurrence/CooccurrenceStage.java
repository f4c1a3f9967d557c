package org.wirelens.cooccurrence;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.wirelens.stage.Stage;
import org.wirelens.stage.StageResult;
import org.wirelens.stage.TableOutput;
import org.wirelens.stage.Tables;
import org.wirelens.tables.Cols;
import org.wirelens.tables.CooccurrenceBySourceTable;
import org.wirelens.tables.CooccurrenceTable;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.EntitiesTable;

/**
 * Pairs of distinct entities sharing a sentence or a document, with counts and PMI, NPMI and G²
 * computed over that scope's unit.
 *
 * <p>Pairs come from each document's own mentions, in one pass over the mentions grouped by
 * document (no self-join of mentions through a shuffle): per document, the distinct entities of
 * each unit and the pairs among them. {@code cooccurrence_by_source} sums them per outlet, and
 * {@code cooccurrence} sums that, so each is computed once. A document longer than {@link
 * #SECTION_CHARS} characters counts one document-scope unit per section of that length: the pairs
 * of a live blog or a transcript would otherwise grow with the square of its entities, and its
 * first and last sections are as far apart as two articles.
 */
public final class CooccurrenceStage
    implements Stage<CooccurrenceStage.Input, CooccurrenceStage.Result> {
  /** Characters of one document-scope unit of a long document (few news articles are longer). */
  public static final int SECTION_CHARS = 10_000;

  private static final String KIND = "kind";
  private static final String UNITS = "units";
  private static final String PAIR = "pair";
  private static final String ENTITY = "entity";
  private static final String MENTIONS = "doc_mentions";

  private static final StructType PER_DOCUMENT =
      new StructType()
          .add(KIND, DataTypes.StringType, false)
          .add(Cols.SCOPE, DataTypes.StringType, false)
          .add(Cols.SOURCE, DataTypes.StringType, false)
          .add(Cols.ENTITY_A, DataTypes.StringType, false)
          .add(Cols.ENTITY_B, DataTypes.StringType, true)
          .add(UNITS, DataTypes.LongType, false);

  private final int minUnits;

  /**
   * @param mentions the mentions table
   * @param entities the entities table (for names)
   * @param documents the documents table: its lengths give the document-scope units (documents,
   *     long ones counted per section)
   * @param nSentences sentences in the corpus
   */
  public record Input(
      Dataset<Row> mentions, Dataset<Row> entities, Dataset<Row> documents, long nSentences) {}

  /**
   * The two tables, and the per-outlet pairs before the minimum (to count what it left out).
   *
   * @param perDocument what the pairs were counted from; it and bySourceAll are persisted until the
   *     result is closed
   */
  public record Result(
      Dataset<Row> cooccurrence,
      Dataset<Row> bySource,
      Dataset<Row> bySourceAll,
      Dataset<Row> perDocument,
      int minUnits)
      implements StageResult {

    @Override
    public List<TableOutput> tables() {
      return List.of(
          TableOutput.whole(CooccurrenceTable.TABLE, cooccurrence),
          TableOutput.whole(CooccurrenceBySourceTable.TABLE, bySource));
    }

    @Override
    public Map<String, Long> omitted(Tables written) {
      return omitted(
          minUnits,
          written.rows(CooccurrenceTable.TABLE),
          written.rows(CooccurrenceBySourceTable.TABLE));
    }

    @Override
    public void close() {
      bySourceAll.unpersist();
      perDocument.unpersist();
    }

    /** Rows the minimum left out of each table, given the rows written. */
    public Map<String, Long> omitted(int minUnits, long cooccurrenceRows, long bySourceRows) {
      Map<String, Long> out = new java.util.LinkedHashMap<>();
      if (minUnits <= 1) {
        out.put(CooccurrenceTable.TABLE.name(), 0L);
        out.put(CooccurrenceBySourceTable.TABLE.name(), 0L);
        return out;
      }
      long pairs =
          bySourceAll
              .select(col(Cols.SCOPE), col(Cols.ENTITY_A), col(Cols.ENTITY_B))
              .distinct()
              .count();
      out.put(CooccurrenceTable.TABLE.name(), pairs - cooccurrenceRows);
      out.put(CooccurrenceBySourceTable.TABLE.name(), bySourceAll.count() - bySourceRows);
      return out;
    }
  }

  /**
   * @param minUnits pairs sharing fewer units (in the corpus for {@code cooccurrence}, in one
   *     outlet for {@code cooccurrence_by_source}) are left out of the tables
   */
  public CooccurrenceStage(int minUnits) {
    if (minUnits < 1) {
      throw new IllegalArgumentException("min pair units must be at least 1: " + minUnits);
    }
    this.minUnits = minUnits;
  }

  @Override
  public String name() {
    return "cooccurrence";
  }

  @Override
  public String description() {
    return "entity co-occurrence in sentences and documents";
  }

  @Override
  public Result run(Input input) {
    Dataset<Row> mentions = input.mentions();
    Dataset<Row> entities = input.entities();
    long nSentences = input.nSentences();
    long nDocumentUnits =
        input
            .documents()
            .agg(coalesce(sum(documentUnits(col(DocumentsTable.N_CHARS))), lit(0L)))
            .first()
            .getLong(0);
    Dataset<Row> perDocument =
        mentions
            .groupBy(col(Cols.DOC_ID), col(Cols.SOURCE))
            .agg(
                collect_list(struct(col(Cols.SENTENCE_IDX), col(Cols.BEGIN), col(Cols.ENTITY_ID)))
                    .as(MENTIONS))
            .flatMap(
                (FlatMapFunction<Row, Row>)
                    r -> units(r.getAs(Cols.SOURCE), r.getList(r.fieldIndex(MENTIONS))),
                Encoders.row(PER_DOCUMENT))
            .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> bySourceAll =
        perDocument
            .filter(col(KIND).equalTo(PAIR))
            .groupBy(col(Cols.SCOPE), col(Cols.SOURCE), col(Cols.ENTITY_A), col(Cols.ENTITY_B))
            .agg(sum(col(UNITS)).as(Cols.N_UNITS), count("*").as(Cols.N_DOCS))
            // Read by both tables and by the count of what the minimum left out.
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> bySource =
        bySourceAll
            .filter(col(Cols.N_UNITS).geq(minUnits))
            .select(CooccurrenceBySourceTable.TABLE.selectColumns());

    Dataset<Row> marginals =
        perDocument
            .filter(col(KIND).equalTo(ENTITY))
            .groupBy(col(Cols.SCOPE), col(Cols.ENTITY_A).as(Cols.ENTITY_ID))
            .agg(sum(col(UNITS)).as("n"));
    Column total =
        when(col(Cols.SCOPE).equalTo(CooccurrenceTable.SCOPE_SENTENCE), lit(nSentences))
            .otherwise(lit(nDocumentUnits));
    // Summed from the per-outlet counts: a document is in one outlet, so units and documents add
    // up, and the outlets are the per-outlet rows. The joins below are on pairs already summed
    // (one row per pair), so an entity in every document (the United States) adds one row per
    // partner, not per mention; adaptive execution splits what skew remains.
    Dataset<Row> counted =
        bySourceAll
            .groupBy(col(Cols.SCOPE), col(Cols.ENTITY_A), col(Cols.ENTITY_B))
            .agg(
                sum(col(Cols.N_UNITS)).as(Cols.N_UNITS),
                sum(col(Cols.N_DOCS)).as(Cols.N_DOCS),
                count("*").as(CooccurrenceTable.N_SOURCES))
            .filter(col(Cols.N_UNITS).geq(minUnits))
            .withColumn(CooccurrenceTable.N_TOTAL, total);
    Dataset<Row> names = entities.select(col(Cols.ENTITY_ID), col(EntitiesTable.NAME));
    Dataset<Row> withMarginals =
        counted
            .join(
                marginals
                    .withColumnRenamed(Cols.ENTITY_ID, Cols.ENTITY_A)
                    .withColumnRenamed("n", CooccurrenceTable.N_A),
                new String[] {Cols.SCOPE, Cols.ENTITY_A})
            .join(
                marginals
                    .withColumnRenamed(Cols.ENTITY_ID, Cols.ENTITY_B)
                    .withColumnRenamed("n", CooccurrenceTable.N_B),
                new String[] {Cols.SCOPE, Cols.ENTITY_B});
    Column nab = col(Cols.N_UNITS);
    Column na = col(CooccurrenceTable.N_A);
    Column nb = col(CooccurrenceTable.N_B);
    Column n = col(CooccurrenceTable.N_TOTAL);
    Dataset<Row> cooccurrence =
        withMarginals
            .join(
                names
                    .withColumnRenamed(Cols.ENTITY_ID, Cols.ENTITY_A)
                    .withColumnRenamed(EntitiesTable.NAME, CooccurrenceTable.NAME_A),
                Cols.ENTITY_A)
            .join(
                names
                    .withColumnRenamed(Cols.ENTITY_ID, Cols.ENTITY_B)
                    .withColumnRenamed(EntitiesTable.NAME, CooccurrenceTable.NAME_B),
                Cols.ENTITY_B)
            .withColumn(CooccurrenceTable.PMI, Association.pmi(nab, na, nb, n))
            .withColumn(CooccurrenceTable.NPMI, Association.npmi(nab, na, nb, n))
            .withColumn(CooccurrenceTable.LLR, Association.llr(nab, na, nb, n))
            .select(CooccurrenceTable.TABLE.selectColumns());
    return new Result(cooccurrence, bySource, bySourceAll, perDocument, minUnits);
  }

  /** Document-scope units of a document of {@code chars} characters. */
  public static Column documentUnits(Column chars) {
    return org.apache
        .spark
        .sql
        .functions
        .ceil(chars.cast("double").divide(SECTION_CHARS))
        .cast("long");
  }

  /**
   * One document's rows: per scope, each distinct pair (entity_a < entity_b) with the units of this
   * document holding both, and each entity with the units holding it.
   */
  static Iterator<Row> units(String source, List<Row> mentions) {
    Map<Integer, TreeSet<String>> bySentence = new TreeMap<>();
    Map<Integer, TreeSet<String>> bySection = new TreeMap<>();
    for (Row m : mentions) {
      String entity = m.getAs(Cols.ENTITY_ID);
      bySentence
          .computeIfAbsent(m.<Integer>getAs(Cols.SENTENCE_IDX), k -> new TreeSet<>())
          .add(entity);
      bySection
          .computeIfAbsent(m.<Integer>getAs(Cols.BEGIN) / SECTION_CHARS, k -> new TreeSet<>())
          .add(entity);
    }
    List<Row> out = new ArrayList<>();
    emit(out, CooccurrenceTable.SCOPE_SENTENCE, source, bySentence);
    emit(out, CooccurrenceTable.SCOPE_DOCUMENT, source, bySection);
    return out.iterator();
  }

  private static void emit(
      List<Row> out, String scope, String source, Map<Integer, TreeSet<String>> units) {
    Map<String, Long> pairs = new TreeMap<>();
    Map<String, Long> entities = new TreeMap<>();
    for (TreeSet<String> unit : units.values()) {
      List<String> ids = new ArrayList<>(unit);
      for (int i = 0; i < ids.size(); i++) {
        entities.merge(ids.get(i), 1L, Long::sum);
        for (int j = i + 1; j < ids.size(); j++) {
          pairs.merge(ids.get(i) + "\u0000" + ids.get(j), 1L, Long::sum);
        }
      }
    }
    entities.forEach((e, n) -> out.add(RowFactory.create(ENTITY, scope, source, e, null, n)));
    pairs.forEach(
        (p, n) -> {
          int cut = p.indexOf('\u0000');
          out.add(
              RowFactory.create(PAIR, scope, source, p.substring(0, cut), p.substring(cut + 1), n));
        });
  }
}
