package org.wirelens.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.wirelens.WirelensException;
import org.wirelens.cli.InputFormat;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.RejectsTable;
import scala.Tuple2;

/**
 * Reads a corpus in any supported format into {@link RawRecords} rows: one per input record, with
 * undecodable, malformed and orphan records already marked as rejects.
 */
public final class CorpusReader {
  private static final String ID = "id";
  private static final String MANIFEST_FILE = "file";
  private static final String FILE_NAME = "file_name";

  private final SparkSession spark;
  private final int maxDocChars;

  /**
   * @param maxDocChars the --max-doc-chars limit, which bounds how long a JSON line may be
   */
  public CorpusReader(SparkSession spark, int maxDocChars) {
    this.spark = spark;
    this.maxDocChars = maxDocChars;
  }

  /** Reads {@code input} in {@code format} (already resolved, never AUTO). */
  public Dataset<Row> read(String input, InputFormat format) {
    return switch (format) {
      case TEXT -> textFiles(input, false);
      case TREE -> textFiles(input, true);
      case JSONL -> jsonLines(input);
      case PARQUET -> parquet(input);
      case AUTO -> throw new IllegalArgumentException("format must be resolved before reading");
    };
  }

  /** Text files, decoded strictly; joined with manifest.csv when the directory has one. */
  private Dataset<Row> textFiles(String dir, boolean tree) {
    StructType decodedSchema =
        new StructType()
            .add(Cols.INPUT, DataTypes.StringType, false)
            .add(FILE_NAME, DataTypes.StringType, false)
            .add("parent", DataTypes.StringType, true)
            .add(Cols.TEXT, DataTypes.StringType, true)
            .add(Cols.REASON, DataTypes.StringType, true)
            .add(RejectsTable.DETAIL, DataTypes.StringType, true);
    Dataset<Row> files =
        spark
            .read()
            .format("binaryFile")
            .option("recursiveFileLookup", Boolean.toString(tree))
            .load(dir)
            .filter(col("path").endsWith("/" + FormatDetector.MANIFEST).unary_$bang());
    // Qualified, as the listed paths are: a relative --input must give the same ids.
    String root = qualified(new Path(dir)).toUri().getPath().replaceAll("/+$", "");
    Dataset<Row> decoded =
        files
            .select(col("path"), col("content"))
            .map(
                (org.apache.spark.api.java.function.MapFunction<Row, Row>)
                    r -> {
                      String path = r.getString(0);
                      Path p = new Path(path);
                      String parentPath = p.getParent().toUri().getPath();
                      String parent = parentPath.equals(root) ? null : p.getParent().getName();
                      Decoded d = TextDecoder.decode((byte[]) r.get(1));
                      return RowFactory.create(
                          path, p.getName(), parent, d.text(), d.reason(), d.detail());
                    },
                Encoders.row(decodedSchema));

    Column baseName = regexp_replace(col(FILE_NAME), "\\.[^.]*$", "");
    if (tree) {
      Column source = coalesce(col("parent"), lit(RawRecords.UNKNOWN_SOURCE));
      Column docId =
          when(col("parent").isNull(), baseName)
              .otherwise(concat(col("parent"), lit("/"), baseName));
      return RawRecords.conform(
          decoded
              .withColumn(RawRecords.ORDER_KEY, col(Cols.INPUT))
              .withColumn(Cols.DOC_ID, docId)
              .withColumn(Cols.SOURCE, source)
              .withColumn(RawRecords.NO_MANIFEST_ROW, lit(false)));
    }

    Path manifestPath = new Path(dir, FormatDetector.MANIFEST);
    if (!exists(manifestPath)) {
      return RawRecords.conform(
          decoded
              .withColumn(RawRecords.ORDER_KEY, col(Cols.INPUT))
              .withColumn(Cols.DOC_ID, baseName)
              .withColumn(Cols.SOURCE, lit(RawRecords.UNKNOWN_SOURCE))
              .withColumn(RawRecords.NO_MANIFEST_ROW, lit(true)));
    }
    Dataset<Row> manifest = readManifest(manifestPath);
    Dataset<Row> joined =
        decoded.join(manifest, decoded.col(FILE_NAME).equalTo(manifest.col(MANIFEST_FILE)), "full");
    Column missingFile = decoded.col(FILE_NAME).isNull();
    String manifestRef = manifestPath.toString() + "#";
    return RawRecords.conform(
        joined.select(
            when(missingFile, concat(lit(manifestRef), manifest.col(MANIFEST_FILE)))
                .otherwise(decoded.col(Cols.INPUT))
                .as(Cols.INPUT),
            when(missingFile, concat(lit(manifestRef), manifest.col(MANIFEST_FILE)))
                .otherwise(decoded.col(Cols.INPUT))
                .as(RawRecords.ORDER_KEY),
            coalesce(manifest.col(Cols.DOC_ID), baseName).as(Cols.DOC_ID),
            coalesce(manifest.col(Cols.SOURCE), lit(RawRecords.UNKNOWN_SOURCE)).as(Cols.SOURCE),
            manifest.col(DocumentsTable.PUBLISHED),
            manifest.col(DocumentsTable.LANGUAGE),
            manifest.col(DocumentsTable.TRANSLATED_FROM),
            manifest.col(DocumentsTable.URL),
            decoded.col(Cols.TEXT),
            manifest.col(MANIFEST_FILE).isNull().as(RawRecords.NO_MANIFEST_ROW),
            when(missingFile, lit(RejectsTable.MISSING_FILE))
                .otherwise(decoded.col(Cols.REASON))
                .as(Cols.REASON),
            when(
                    missingFile,
                    concat(
                        lit("manifest names a file that is not in the input: "),
                        manifest.col(MANIFEST_FILE)))
                .otherwise(decoded.col(RejectsTable.DETAIL))
                .as(RejectsTable.DETAIL)));
  }

  private Dataset<Row> readManifest(Path manifestPath) {
    Dataset<Row> manifest =
        spark
            .read()
            .option("header", "true")
            .option("mode", "PERMISSIVE")
            .csv(manifestPath.toString());
    List<String> columns = Arrays.asList(manifest.columns());
    for (String required : List.of(Cols.DOC_ID, MANIFEST_FILE)) {
      if (!columns.contains(required)) {
        throw new WirelensException(
            manifestPath
                + " lacks the column '"
                + required
                + "' (header: "
                + String.join(",", columns)
                + ")");
      }
    }
    List<Column> cols = new ArrayList<>();
    for (String c :
        List.of(
            Cols.DOC_ID,
            MANIFEST_FILE,
            Cols.SOURCE,
            DocumentsTable.PUBLISHED,
            DocumentsTable.LANGUAGE,
            DocumentsTable.TRANSLATED_FROM,
            DocumentsTable.URL)) {
      Column value = columns.contains(c) ? col(c) : lit(null).cast(DataTypes.StringType);
      cols.add(value.as(c));
    }
    return manifest.select(cols.toArray(Column[]::new)).filter(col(MANIFEST_FILE).isNotNull());
  }

  /**
   * JSON Lines through Hadoop's TextInputFormat, so each record keeps its file and byte offset: a
   * stable reference for rejects and a stable order for duplicates, whatever the partitioning. Each
   * split is read as a stream (a gzip file is one split, so it must not be held in memory), each
   * line parsed strictly by {@link JsonRecordParser}. A binary file is one reject, not one per
   * "line" its bytes happen to hold.
   */
  private Dataset<Row> jsonLines(String input) {
    StructType schema = RawRecords.SCHEMA;
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = new Configuration(jsc.hadoopConfiguration());
    conf.set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> lines =
        (JavaNewHadoopRDD<LongWritable, Text>)
            jsc.newAPIHadoopFile(
                input, TextInputFormat.class, LongWritable.class, Text.class, conf);
    JsonRecordParser parser = new JsonRecordParser(maxLineBytes());
    SerializableConfiguration sconf = new SerializableConfiguration(conf);
    boolean inDirectory = isDirectory(new Path(input));
    JavaRDD<Row> rows =
        lines.mapPartitionsWithInputSplit(
            (InputSplit split, Iterator<Tuple2<LongWritable, Text>> it) -> {
              FileSplit fileSplit = (FileSplit) split;
              String file = fileSplit.getPath().toString();
              String[] problem =
                  JsonLinesFiles.problem(fileSplit.getPath(), sconf.value(), inDirectory);
              if (problem != null) {
                // The whole file is one record: the split at its start reports it.
                List<Row> one = new ArrayList<>();
                if (fileSplit.getStart() == 0) {
                  one.add(rejectRow(file, file, problem[0], problem[1]));
                }
                return one.iterator();
              }
              return new JsonLinesFiles.LineRows<Tuple2<LongWritable, Text>>(
                  it,
                  t -> jsonLine(file, t._1().get(), t._2(), parser),
                  (offset, e) ->
                      rejectRow(
                          file + "@" + offset,
                          file + "@" + String.format("%019d", offset),
                          RejectsTable.BINARY,
                          "the rest of the file cannot be read: " + e));
            },
            true);
    return spark.createDataFrame(rows, schema);
  }

  /** One JSON line as a raw record row, or null for a blank line. */
  private static Row jsonLine(String file, long offset, Text text, JsonRecordParser parser) {
    byte[] bytes = Arrays.copyOf(text.getBytes(), text.getLength());
    if (isBlank(bytes)) {
      return null;
    }
    String ref = file + "@" + offset;
    String key = file + "@" + String.format("%019d", offset);
    Decoded d = TextDecoder.decode(bytes);
    if (d.reason() != null) {
      return rejectRow(ref, key, d.reason(), d.detail());
    }
    JsonRecordParser.Result r = parser.parse(d.text(), bytes.length);
    if (r.rejected()) {
      return RowFactory.create(
          ref,
          key,
          r.fields().get(Cols.DOC_ID),
          RawRecords.UNKNOWN_SOURCE,
          null,
          null,
          null,
          null,
          null,
          null,
          false,
          r.reason(),
          r.detail());
    }
    Map<String, String> f = r.fields();
    return RowFactory.create(
        ref,
        key,
        f.get(Cols.DOC_ID),
        f.getOrDefault(Cols.SOURCE, RawRecords.UNKNOWN_SOURCE),
        f.get(Cols.TITLE),
        f.get(DocumentsTable.PUBLISHED),
        f.get(DocumentsTable.LANGUAGE),
        f.get(DocumentsTable.TRANSLATED_FROM),
        f.get(DocumentsTable.URL),
        f.get(Cols.TEXT),
        false,
        null,
        null);
  }

  private static Row rejectRow(String ref, String key, String reason, String detail) {
    return RowFactory.create(
        ref,
        key,
        null,
        RawRecords.UNKNOWN_SOURCE,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        reason,
        detail);
  }

  /** Longest line that can hold a text within --max-doc-chars, with room for other fields. */
  private long maxLineBytes() {
    return 6L * maxDocChars + (1 << 20);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Parquet with id and text columns; other columns are optional. */
  private Dataset<Row> parquet(String input) {
    Dataset<Row> df = spark.read().parquet(input);
    List<String> columns = Arrays.asList(df.columns());
    for (String required : List.of(ID, Cols.TEXT)) {
      if (!columns.contains(required)) {
        throw new WirelensException(
            "Parquet input "
                + input
                + " lacks the column '"
                + required
                + "' (has: "
                + String.join(", ", columns)
                + ")");
      }
    }
    // A Parquet column has one type for every row: a text column that is not a string is a
    // mistake in the whole input, reported before any work rather than cast to "[a, b]" text.
    for (org.apache.spark.sql.types.StructField f : df.schema().fields()) {
      boolean known = f.name().equals(ID) || JsonRecordParser.FIELDS.contains(f.name());
      boolean ok =
          f.dataType() instanceof org.apache.spark.sql.types.StringType
              || (f.name().equals(ID)
                  && (f.dataType() instanceof org.apache.spark.sql.types.IntegerType
                      || f.dataType() instanceof org.apache.spark.sql.types.LongType));
      if (known && !f.name().equals(Cols.DOC_ID) && !ok) {
        throw new WirelensException(
            "Parquet input "
                + input
                + ": column '"
                + f.name()
                + "' is "
                + f.dataType().simpleString()
                + ", expected string");
      }
    }
    Column file = col("_metadata.file_path");
    Column row = col("_metadata.row_index").cast(DataTypes.StringType);
    List<Column> cols = new ArrayList<>();
    cols.add(concat(file, lit("#"), row).as(Cols.INPUT));
    cols.add(concat(file, lit("#"), lpad(row, 19, "0")).as(RawRecords.ORDER_KEY));
    cols.add(col(ID).cast(DataTypes.StringType).as(Cols.DOC_ID));
    cols.add(
        (columns.contains(Cols.SOURCE)
                ? coalesce(col(Cols.SOURCE), lit(RawRecords.UNKNOWN_SOURCE))
                : lit(RawRecords.UNKNOWN_SOURCE))
            .as(Cols.SOURCE));
    for (String c :
        List.of(
            Cols.TITLE,
            DocumentsTable.PUBLISHED,
            DocumentsTable.LANGUAGE,
            DocumentsTable.TRANSLATED_FROM,
            DocumentsTable.URL)) {
      if (columns.contains(c)) {
        cols.add(col(c).cast(DataTypes.StringType).as(c));
      }
    }
    cols.add(col(Cols.TEXT).cast(DataTypes.StringType).as(Cols.TEXT));
    Dataset<Row> selected = df.select(cols.toArray(Column[]::new));
    return RawRecords.conform(
        selected
            .withColumn(Cols.REASON, when(col(Cols.DOC_ID).isNull(), lit(RejectsTable.MISSING_ID)))
            .withColumn(
                RejectsTable.DETAIL, when(col(Cols.DOC_ID).isNull(), lit("record has no id"))));
  }

  private Path qualified(Path path) {
    try {
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path);
    } catch (IOException e) {
      throw new WirelensException("cannot read " + path + ": " + e.getMessage());
    }
  }

  private boolean isDirectory(Path path) {
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.getFileStatus(path).isDirectory();
    } catch (IOException e) {
      throw new WirelensException("cannot read " + path + ": " + e.getMessage());
    }
  }

  private boolean exists(Path path) {
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(path);
    } catch (IOException e) {
      throw new WirelensException("cannot read " + path + ": " + e.getMessage());
    }
  }
}
