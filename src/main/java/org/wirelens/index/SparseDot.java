package org.wirelens.index;

import org.apache.spark.sql.api.java.UDF4;
import scala.collection.Seq;

/**
 * Dot product of two sparse vectors, each given as its terms in ascending order and the weights in
 * the same order: one merge pass, O(|a| + |b|).
 *
 * <p>Why a UDF: Spark SQL maps look keys up by a linear scan, so a dot product written with {@code
 * element_at} over a map costs |a| × |b| per pair; at 100k articles and two million candidate pairs
 * that kept the overlap stage busy for over half an hour before it was stopped.
 */
public final class SparseDot
    implements UDF4<Seq<String>, Seq<Double>, Seq<String>, Seq<Double>, Double> {
  private static final long serialVersionUID = 1L;

  @Override
  public Double call(
      Seq<String> termsA, Seq<Double> weightsA, Seq<String> termsB, Seq<Double> weightsB) {
    return dot(termsA, weightsA, termsB, weightsB);
  }

  public static double dot(
      Seq<String> termsA, Seq<Double> weightsA, Seq<String> termsB, Seq<Double> weightsB) {
    int i = 0;
    int j = 0;
    int na = termsA.length();
    int nb = termsB.length();
    double sum = 0.0;
    while (i < na && j < nb) {
      // Spark sorts strings by their UTF-8 bytes; String.compareTo orders by UTF-16 units, which
      // differs only above U+FFFF vs U+E000-U+FFFF. Comparing the same way Spark sorted is what the
      // merge needs, so compare code points.
      int c = compareCodePoints(termsA.apply(i), termsB.apply(j));
      if (c == 0) {
        sum += weightsA.apply(i) * weightsB.apply(j);
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** Code point order, which is the order of UTF-8 bytes, the order Spark's array_sort uses. */
  public static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
