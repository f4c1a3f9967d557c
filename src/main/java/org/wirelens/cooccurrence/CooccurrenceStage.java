package org.wirelens.cooccurrence;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wirelens.tables.Cols;
import org.wirelens.tables.CooccurrenceBySourceTable;
import org.wirelens.tables.CooccurrenceTable;
import org.wirelens.tables.EntitiesTable;

/**
 * Pairs of distinct entities sharing a sentence or a document, with counts and PMI, NPMI and G²
 * computed over that scope's unit.
 */
public final class CooccurrenceStage {
  private static final String UNIT = "unit";

  /** The computed tables of one run. */
  public record Result(Dataset<Row> cooccurrence, Dataset<Row> bySource) {}

  private CooccurrenceStage() {}

  /**
   * @param mentions the mentions table
   * @param entities the entities table (for names)
   * @param nSentences sentences in the corpus
   * @param nDocuments documents in the corpus
   */
  public static Result run(
      Dataset<Row> mentions, Dataset<Row> entities, long nSentences, long nDocuments) {
    // A unit is (doc, sentence) for the sentence scope and (doc, -1) for the document scope.
    Dataset<Row> sentenceUnits =
        mentions.select(
            lit(CooccurrenceTable.SCOPE_SENTENCE).as(Cols.SCOPE),
            col(Cols.DOC_ID),
            col(Cols.SENTENCE_IDX).as(UNIT),
            col(Cols.SOURCE),
            col(Cols.ENTITY_ID));
    Dataset<Row> documentUnits =
        mentions.select(
            lit(CooccurrenceTable.SCOPE_DOCUMENT).as(Cols.SCOPE),
            col(Cols.DOC_ID),
            lit(-1).as(UNIT),
            col(Cols.SOURCE),
            col(Cols.ENTITY_ID));
    Dataset<Row> units = sentenceUnits.unionByName(documentUnits).distinct();

    Dataset<Row> a = units.as("a");
    Dataset<Row> b =
        units.select(col(Cols.SCOPE), col(Cols.DOC_ID), col(UNIT), col(Cols.ENTITY_ID)).as("b");
    Dataset<Row> pairs =
        a.join(
                b,
                col("a." + Cols.SCOPE)
                    .equalTo(col("b." + Cols.SCOPE))
                    .and(col("a." + Cols.DOC_ID).equalTo(col("b." + Cols.DOC_ID)))
                    .and(col("a." + UNIT).equalTo(col("b." + UNIT)))
                    .and(col("a." + Cols.ENTITY_ID).lt(col("b." + Cols.ENTITY_ID))))
            .select(
                col("a." + Cols.SCOPE).as(Cols.SCOPE),
                col("a." + Cols.DOC_ID).as(Cols.DOC_ID),
                col("a." + UNIT).as(UNIT),
                col("a." + Cols.SOURCE).as(Cols.SOURCE),
                col("a." + Cols.ENTITY_ID).as(Cols.ENTITY_A),
                col("b." + Cols.ENTITY_ID).as(Cols.ENTITY_B));

    Dataset<Row> bySource =
        pairs
            .groupBy(col(Cols.SCOPE), col(Cols.SOURCE), col(Cols.ENTITY_A), col(Cols.ENTITY_B))
            .agg(count("*").as(Cols.N_UNITS), countDistinct(col(Cols.DOC_ID)).as(Cols.N_DOCS))
            .select(CooccurrenceBySourceTable.TABLE.selectColumns());

    Dataset<Row> marginals =
        units.groupBy(col(Cols.SCOPE), col(Cols.ENTITY_ID)).agg(count("*").as("n"));
    Dataset<Row> names = entities.select(col(Cols.ENTITY_ID), col(EntitiesTable.NAME));
    Column total =
        org.apache
            .spark
            .sql
            .functions
            .when(col(Cols.SCOPE).equalTo(CooccurrenceTable.SCOPE_SENTENCE), lit(nSentences))
            .otherwise(lit(nDocuments));
    Dataset<Row> counted =
        pairs
            .groupBy(col(Cols.SCOPE), col(Cols.ENTITY_A), col(Cols.ENTITY_B))
            .agg(
                count("*").as(Cols.N_UNITS),
                countDistinct(col(Cols.DOC_ID)).as(Cols.N_DOCS),
                countDistinct(col(Cols.SOURCE)).as(CooccurrenceTable.N_SOURCES))
            .withColumn(CooccurrenceTable.N_TOTAL, total);
    Dataset<Row> withA =
        counted
            .join(
                marginals
                    .withColumnRenamed(Cols.ENTITY_ID, Cols.ENTITY_A)
                    .withColumnRenamed("n", CooccurrenceTable.N_A),
                new String[] {Cols.SCOPE, Cols.ENTITY_A})
            .toDF();
    Dataset<Row> withB =
        withA
            .join(
                marginals
                    .withColumnRenamed(Cols.ENTITY_ID, Cols.ENTITY_B)
                    .withColumnRenamed("n", CooccurrenceTable.N_B),
                new String[] {Cols.SCOPE, Cols.ENTITY_B})
            .toDF();
    Column nab = col(Cols.N_UNITS);
    Column na = col(CooccurrenceTable.N_A);
    Column nb = col(CooccurrenceTable.N_B);
    Column n = col(CooccurrenceTable.N_TOTAL);
    Dataset<Row> cooccurrence =
        withB
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
    return new Result(cooccurrence, bySource);
  }
}
