package org.wirelens.entities;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.wirelens.SparkRows;
import scala.collection.Seq;

/**
 * A Spark ML stage that runs {@link CoreNlpNer} over a text column and writes a CHUNK column in
 * Spark NLP's annotation layout, so it sits in the same pipeline as the Spark NLP annotators. A UDF
 * because no built-in runs a CRF; the model lives in a per-JVM holder, not in the closure.
 */
public final class CoreNlpNerTransformer extends Transformer {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final String inputCol;
  private final String outputCol;

  public CoreNlpNerTransformer(String inputCol, String outputCol) {
    this(Identifiable.randomUID("corenlp_ner"), inputCol, outputCol);
  }

  private CoreNlpNerTransformer(String uid, String inputCol, String outputCol) {
    this.uid = uid;
    this.inputCol = inputCol;
    this.outputCol = outputCol;
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    UserDefinedFunction ner =
        functions.udf(
            (UDF1<String, Seq<Row>>)
                text -> {
                  List<Row> chunks = new ArrayList<>();
                  if (text != null) {
                    for (CoreNlpNer.Span s : CoreNlpNer.find(text)) {
                      chunks.add(
                          ChunkColumns.chunk(
                              s.begin(), s.end(), text.substring(s.begin(), s.end()), s.label()));
                    }
                  }
                  return SparkRows.seq(chunks);
                },
            ChunkColumns.ANNOTATIONS);
    return dataset.withColumn(outputCol, ner.apply(col(inputCol)));
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return schema.add(outputCol, ChunkColumns.ANNOTATIONS);
  }

  @Override
  public CoreNlpNerTransformer copy(ParamMap extra) {
    return new CoreNlpNerTransformer(uid, inputCol, outputCol);
  }
}
