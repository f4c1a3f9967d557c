package org.wirelens.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.wirelens.SparkRows;
import org.wirelens.batches.BatchStore;
import org.wirelens.clean.CleanedText;
import org.wirelens.clean.DocumentCleaner;
import org.wirelens.clean.LineRules;
import org.wirelens.entities.EntityType;
import org.wirelens.entities.names.GivenNames;
import org.wirelens.entities.names.NameKeys;
import org.wirelens.nlp.NlpStage;
import org.wirelens.nlp.TokenNorms;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.OutputLayout;
import org.wirelens.tables.OutputWriter;
import org.wirelens.tables.RejectsTable;
import org.wirelens.tables.RemovedLinesTable;
import org.wirelens.text.Languages;

/**
 * Writes a generated corpus straight into a wirelens output's batch store, as the NLP stage would
 * have stored it, so that the stages after NLP can be measured at a million articles ({@code
 * --recompute}) without hours of Spark NLP and CoreNLP first.
 *
 * <p>The text is the generated corpus's own (jobs/make_corpus.py: Reuters-trained phrasing and
 * vocabulary, planted reuse and syndication, so shingles and reuse are real), cleaned by the job's
 * own cleaner. Sentences end at ". ", "? " or "! " before a capital or a quote, or at a paragraph
 * break; tokens are runs of letters and digits (with inner apostrophes and hyphens) and single
 * punctuation marks, normalised and stop-worded as the job does. Mentions stand in for the
 * recognisers: every run of capitalised words that does not open a sentence (names and places of
 * the Reuters vocabulary, so their frequencies follow the corpus's own Zipf curve and their number
 * grows with it as real entities do), keyed as model names are ({@link NameKeys}), typed PERSON
 * when it starts with a known given name, GPE for one word, ORG otherwise. The documents are split
 * into batches by a hash of their id. Run with the job's classpath:
 *
 * <pre>
 * SyntheticBatches CORPUS.jsonl OUTPUT BATCHES
 * </pre>
 */
public final class SyntheticBatches {
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.?!][\"”’']?)\\s+(?=[\"“‘']?\\p{Lu})|\\n\\s*\\n");
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");
  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}");

  private SyntheticBatches() {}

  public static void main(String[] args) throws java.io.IOException {
    if (args.length != 3) {
      System.err.println("usage: SyntheticBatches CORPUS.jsonl OUTPUT BATCHES");
      System.exit(2);
    }
    int batches = Integer.parseInt(args[2]);
    SparkSession spark = SparkSession.builder().appName("wirelens-synthetic-batches").getOrCreate();
    long t0 = System.nanoTime();
    LineRules rules = LineRules.load(Path.of("data/cleaning/line_rules.tsv"));
    Dataset<Row> corpus =
        spark
            .read()
            .json(args[0])
            .select(
                col("id").as(Cols.DOC_ID),
                col(Cols.SOURCE),
                col(Cols.TITLE),
                col(DocumentsTable.PUBLISHED),
                col(Cols.TEXT))
            .withColumn(
                "batch",
                pmod(xxhash64(col(Cols.DOC_ID)), lit(batches)).cast(DataTypes.IntegerType));
    StructType schema =
        new StructType()
            .add(Cols.DOC_ID, DataTypes.StringType, false)
            .add(Cols.SOURCE, DataTypes.StringType, true)
            .add(Cols.TITLE, DataTypes.StringType, true)
            .add(DocumentsTable.PUBLISHED, DataTypes.StringType, true)
            .add(DocumentsTable.LANGUAGE, DataTypes.StringType, true)
            .add(DocumentsTable.TRANSLATED_FROM, DataTypes.StringType, true)
            .add(DocumentsTable.URL, DataTypes.StringType, true)
            .add(Cols.INPUT, DataTypes.StringType, false)
            .add(Cols.TEXT, DataTypes.StringType, false)
            .add(DocumentsTable.N_REMOVED_LINES, DataTypes.IntegerType, false)
            .add(NlpStage.SENTENCES, DataTypes.createArrayType(NlpStage.SENTENCE_STRUCT, false))
            .add(NlpStage.TOKENS, DataTypes.createArrayType(NlpStage.TOKEN_STRUCT, false))
            .add(NlpStage.MENTIONS, DataTypes.createArrayType(NlpStage.MENTION_STRUCT, false))
            .add(DocumentsTable.DETECTED_LANGUAGE, DataTypes.StringType, true)
            .add("batch", DataTypes.IntegerType, false);
    DocumentCleaner cleaner = new DocumentCleaner(rules);
    String input = args[0];
    Dataset<Row> nlp =
        corpus.map((MapFunction<Row, Row>) r -> document(r, cleaner, input), Encoders.row(schema));

    String runId = OutputLayout.newRunId(Instant.now());
    OutputWriter writer = OutputWriter.open(spark, args[1], runId, 2);
    StructType removed =
        new StructType()
            .add(Cols.DOC_ID, DataTypes.StringType)
            .add(RemovedLinesTable.LINE_NO, DataTypes.IntegerType)
            .add(Cols.REASON, DataTypes.StringType)
            .add(RemovedLinesTable.RULE, DataTypes.StringType)
            .add(Cols.TEXT, DataTypes.StringType)
            .add(Cols.BATCH_ID, DataTypes.StringType);
    BatchStore store = new BatchStore(spark, writer.output(), java.util.Map.of());
    // One pass over the corpus for all batches: written partitioned by batch into the run's work
    // folder, then each partition's folder moved to its batch as that batch's NLP output (a
    // filter per batch read, cleaned and tokenised the whole corpus once per batch).
    org.apache.hadoop.fs.Path staged = writer.workFolder("synthetic-nlp");
    Dataset<Row> withIds =
        nlp.withColumn(
            Cols.BATCH_ID,
            format_string("synthetic-%03d", col("batch")).cast(DataTypes.StringType));
    withIds.write().partitionBy("batch").parquet(staged.toString());
    StructType stored = withIds.drop("batch").schema();
    FileSystem fs = staged.getFileSystem(spark.sparkContext().hadoopConfiguration());
    for (int b = 0; b < batches; b++) {
      String batchId = String.format(Locale.ROOT, "synthetic-%03d", b);
      org.apache.hadoop.fs.Path dir = writer.batchFolder(batchId);
      org.apache.hadoop.fs.Path nlpDir = new org.apache.hadoop.fs.Path(dir, BatchStore.NLP);
      org.apache.hadoop.fs.Path part = new org.apache.hadoop.fs.Path(staged, "batch=" + b);
      fs.mkdirs(dir);
      if (!fs.exists(part)) {
        // No document hashed to this batch (a tiny corpus): an empty NLP output, as a filter gave.
        spark.createDataFrame(List.of(), stored).write().parquet(nlpDir.toString());
      } else if (!fs.rename(part, nlpDir)) {
        throw new IllegalStateException("could not move " + part + " to " + nlpDir);
      }
      long records = spark.read().parquet(nlpDir.toString()).count();
      store.writeAllButNlp(
          dir,
          batchId,
          new BatchStore.Batch(
              null,
              spark.createDataFrame(List.of(), removed),
              spark.createDataFrame(List.of(), RejectsTable.TABLE.schema()),
              records,
              0,
              List.of()));
    }
    writer.publish();
    System.out.printf(
        Locale.ROOT,
        "synthetic batches: %d batches written to %s in %.1f s%n",
        batches,
        args[1],
        (System.nanoTime() - t0) / 1e9);
    spark.stop();
  }

  private static Row document(Row r, DocumentCleaner cleaner, String input) {
    CleanedText c = cleaner.clean(r.getString(4), r.getString(2));
    String text = c.text();
    List<Row> sentences = new ArrayList<>();
    int start = 0;
    Matcher end = SENTENCE_END.matcher(text);
    while (end.find()) {
      if (end.start() > start) {
        sentences.add(RowFactory.create(start, end.start()));
      }
      start = end.end();
    }
    if (start < text.length()) {
      sentences.add(RowFactory.create(start, text.length()));
    }
    List<Row> tokens = new ArrayList<>();
    Matcher t = TOKEN.matcher(text);
    int s = 0;
    while (t.find()) {
      while (s < sentences.size() - 1 && t.start() >= sentences.get(s).getInt(1)) {
        s++;
      }
      String token = t.group();
      String norm = TokenNorms.normalized(token);
      tokens.add(RowFactory.create(t.start(), t.end(), s, token, norm, TokenNorms.isStop(norm)));
    }
    List<Row> mentions = new ArrayList<>();
    Matcher n = NAME.matcher(text);
    s = 0;
    while (n.find()) {
      while (s < sentences.size() - 1 && n.start() >= sentences.get(s).getInt(1)) {
        s++;
      }
      String name = n.group();
      boolean opensSentence = n.start() == sentences.get(s).getInt(0);
      if (opensSentence && !name.contains(" ")) {
        continue;
      }
      String key = NameKeys.key(name);
      if (key.length() < 2) {
        continue;
      }
      String first = name.split("\\s+")[0];
      EntityType type =
          name.contains(" ") && GivenNames.isGivenName(first)
              ? EntityType.PERSON
              : name.contains(" ") ? EntityType.ORG : EntityType.GPE;
      mentions.add(
          RowFactory.create(
              n.start(),
              n.end(),
              s,
              NameKeys.entityId(key),
              type.name(),
              "model",
              "synthetic",
              null,
              null,
              false));
    }
    return RowFactory.create(
        r.getString(0),
        r.getString(1),
        c.title(),
        r.getString(3),
        null,
        null,
        null,
        input + "#" + r.getString(0),
        text,
        c.removed().size(),
        SparkRows.seq(sentences),
        SparkRows.seq(tokens),
        SparkRows.seq(mentions),
        Languages.detect(Languages.documentText(c.title(), text)),
        r.getInt(5));
  }
}
