package org.wirelens.entities;

import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.SparkRows;

/** Spark NLP's annotation layout, for recognisers outside Spark NLP that emit CHUNK columns. */
public final class ChunkColumns {
  public static final StructType ANNOTATION =
      new StructType()
          .add("annotatorType", DataTypes.StringType)
          .add("begin", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("result", DataTypes.StringType)
          .add("metadata", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))
          .add("embeddings", DataTypes.createArrayType(DataTypes.FloatType));

  public static final ArrayType ANNOTATIONS = DataTypes.createArrayType(ANNOTATION);

  private ChunkColumns() {}

  /** A chunk annotation; {@code endExclusive} becomes Spark NLP's inclusive end. */
  public static Row chunk(int begin, int endExclusive, String result, String entity) {
    return RowFactory.create(
        "chunk",
        begin,
        endExclusive - 1,
        result,
        scala.collection.JavaConverters.mapAsScalaMap(Map.of("entity", entity)),
        SparkRows.seq(java.util.List.<Float>of()));
  }
}
