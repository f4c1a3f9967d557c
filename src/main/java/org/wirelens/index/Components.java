package org.wirelens.index;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirelens.SparkPlans;

/**
 * Connected components of a graph given as an edge list, with joins only (nothing corpus-sized on
 * the driver): minimum-label propagation with pointer jumping, a few rounds of Spark joins. Reuse
 * clusters and stories are components of their graphs.
 */
public final class Components {
  private static final Logger LOG = LoggerFactory.getLogger(Components.class);

  /** Rounds before giving up: pointer jumping halves a path each round, so this is plenty. */
  private static final int MAX_ROUNDS = 60;

  /** A node of the output. */
  public static final String NODE = "node";

  /** Its component: the smallest node it is connected to. */
  public static final String LABEL = "label";

  /** The two ends of an edge in the input. */
  public static final String NODE_A = "node_a";

  public static final String NODE_B = "node_b";

  private Components() {}

  /**
   * Connected components of the edge list ({@link #NODE_A}, {@link #NODE_B}: nodes of any
   * comparable type): one row per node with a {@link #LABEL}, the smallest node it is connected to.
   * Each round takes the smallest label among neighbours, then the label of the label (pointer
   * jumping), until no label changes.
   */
  public static Dataset<Row> of(Dataset<Row> edges, String what) {
    return of(edges, what, null);
  }

  /**
   * As {@link #of(Dataset, String)}, each round's labels written to {@code scratch/round-N} and
   * read back when a scratch folder is given: a graph of long chains (a story followed for weeks)
   * takes many rounds, and each cached round's plan keeps the one before it, until serialising a
   * task overflows the stack; read from files, a round's plan starts afresh.
   *
   * @param scratch a folder this run owns, or null to keep rounds in memory only
   */
  public static Dataset<Row> of(Dataset<Row> edges, String what, String scratch) {
    Dataset<Row> both =
        edges
            .select(col(NODE_A).as("src"), col(NODE_B).as("dst"))
            .unionByName(edges.select(col(NODE_B).as("src"), col(NODE_A).as("dst")))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> labels =
        SparkPlans.fresh(
            both.groupBy(col("src"))
                .agg(min(col("dst")).as("smallest_neighbour"))
                .select(
                    col("src").as(NODE), least(col("smallest_neighbour"), col("src")).as(LABEL)));
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      Dataset<Row> fromNeighbours =
          both.join(labels.withColumnRenamed(NODE, "src"), "src")
              .groupBy(col("dst").as(NODE))
              .agg(min(col(LABEL)).as("neighbour"));
      Dataset<Row> stepped =
          SparkPlans.fresh(
              labels
                  .join(fromNeighbours, NODE)
                  .select(col(NODE), least(col(LABEL), col("neighbour")).as(LABEL)));
      Dataset<Row> jumped =
          SparkPlans.fresh(
              stepped
                  .join(
                      stepped.select(col(NODE).as(LABEL), col(LABEL).as("label_of_label")),
                      new String[] {LABEL},
                      "left")
                  .select(
                      col(NODE),
                      least(
                              col(LABEL),
                              org.apache.spark.sql.functions.coalesce(
                                  col("label_of_label"), col(LABEL)))
                          .as(LABEL)));
      long changed =
          jumped
              .join(labels.withColumnRenamed(LABEL, "old"), NODE)
              .filter(col(LABEL).notEqual(col("old")))
              .count();
      stepped.unpersist();
      labels.unpersist();
      if (scratch != null) {
        String dir = scratch + "/round-" + round;
        jumped.write().mode(org.apache.spark.sql.SaveMode.ErrorIfExists).parquet(dir);
        jumped.unpersist();
        jumped = jumped.sparkSession().read().parquet(dir);
      }
      labels = jumped;
      LOG.info("{}: round {}, {} labels changed", what, round, changed);
      if (changed == 0) {
        both.unpersist();
        return labels;
      }
    }
    throw new IllegalStateException(what + " did not converge in " + MAX_ROUNDS + " rounds");
  }
}
