package org.wirelens;

import java.util.List;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/** Small bridges for building Spark rows from Java collections. */
public final class SparkRows {
  private SparkRows() {}

  /** Spark's row encoder wants a Scala Seq for an array column, not a java.util.List. */
  public static <T> Seq<T> seq(List<T> list) {
    return JavaConverters.asScalaBuffer(list).toSeq();
  }
}
