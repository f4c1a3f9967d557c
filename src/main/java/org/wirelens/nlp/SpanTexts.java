package org.wirelens.nlp;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.wirelens.SparkRows;
import org.wirelens.tables.Cols;
import scala.collection.Seq;

/**
 * The text of each span of a document, cut in Java: offsets are UTF-16 code units (Java's string
 * indices, and Spark NLP's), whereas Spark SQL's {@code substr} counts code points, so after an
 * emoji or any character outside the Basic Multilingual Plane it would cut every later span a
 * character off. One call per document: exploding the spans with the text beside them would copy
 * the whole text into every span's row.
 */
final class SpanTexts implements UDF2<String, Seq<Row>, Seq<String>> {
  private static final long serialVersionUID = 1L;

  @Override
  public Seq<String> call(String text, Seq<Row> spans) {
    List<String> out = new ArrayList<>(spans.length());
    for (int i = 0; i < spans.length(); i++) {
      Row s = spans.apply(i);
      out.add(text.substring(s.<Integer>getAs(Cols.BEGIN), s.<Integer>getAs(Cols.END)));
    }
    return SparkRows.seq(out);
  }
}
