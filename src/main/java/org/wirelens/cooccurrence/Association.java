package org.wirelens.cooccurrence;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * Association measures of a pair from its 2×2 contingency table, as Spark columns: both, a, b and
 * total unit counts in, natural logs throughout.
 */
public final class Association {
  private Association() {}

  /** PMI = ln(n_ab · N / (n_a · n_b)). */
  public static Column pmi(Column nab, Column na, Column nb, Column n) {
    return log(d(nab).multiply(d(n)).divide(d(na).multiply(d(nb))));
  }

  /** NPMI = PMI / -ln(n_ab / N), defined as 1 when the pair is in every unit. */
  public static Column npmi(Column nab, Column na, Column nb, Column n) {
    return when(nab.equalTo(n), lit(1.0))
        .otherwise(pmi(nab, na, nb, n).divide(log(d(nab).divide(d(n))).multiply(-1.0)));
  }

  /** Dunning's G² = 2 Σ k ln(k · N / (row · col)) over the four cells (0 · ln 0 = 0). */
  public static Column llr(Column nab, Column na, Column nb, Column n) {
    Column k11 = d(nab);
    Column k12 = d(na).minus(d(nab));
    Column k21 = d(nb).minus(d(nab));
    Column k22 = d(n).minus(d(na)).minus(d(nb)).plus(d(nab));
    Column notA = d(n).minus(d(na));
    Column notB = d(n).minus(d(nb));
    Column sum =
        cell(k11, d(na), d(nb), d(n))
            .plus(cell(k12, d(na), notB, d(n)))
            .plus(cell(k21, notA, d(nb), d(n)))
            .plus(cell(k22, notA, notB, d(n)));
    // Rounding can leave -1e-15 for independent pairs; G² is never negative.
    return org.apache.spark.sql.functions.greatest(sum.multiply(2.0), lit(0.0));
  }

  private static Column cell(Column k, Column row, Column column, Column n) {
    return when(k.gt(0), k.multiply(log(k.multiply(n).divide(row.multiply(column)))))
        .otherwise(lit(0.0));
  }

  private static Column d(Column c) {
    return c.cast("double");
  }
}
