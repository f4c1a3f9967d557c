package org.wirelens;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirelens.batches.BatchStore;
import org.wirelens.clean.CleanStage;
import org.wirelens.clean.LineRules;
import org.wirelens.cli.Defaults;
import org.wirelens.cli.InputFormat;
import org.wirelens.cli.JobOptions;
import org.wirelens.cli.WirelensVersion;
import org.wirelens.cooccurrence.CooccurrenceStage;
import org.wirelens.entities.Catalog;
import org.wirelens.entities.CatalogRecognizer;
import org.wirelens.entities.CoreNlpRecognizer;
import org.wirelens.entities.EntityRecognizer;
import org.wirelens.entities.EntityStage;
import org.wirelens.entities.SavedPipelineRecognizer;
import org.wirelens.ingest.CorpusReader;
import org.wirelens.ingest.FormatDetector;
import org.wirelens.ingest.IngestStage;
import org.wirelens.ingest.RawRecords;
import org.wirelens.nlp.DocumentTables;
import org.wirelens.nlp.NlpPipelineFactory;
import org.wirelens.nlp.NlpStage;
import org.wirelens.overlap.OverlapStage;
import org.wirelens.quotes.GenderHints;
import org.wirelens.quotes.QuoteStage;
import org.wirelens.report.RunCounts;
import org.wirelens.report.RunSummary;
import org.wirelens.tables.Cols;
import org.wirelens.tables.CooccurrenceBySourceTable;
import org.wirelens.tables.CooccurrenceTable;
import org.wirelens.tables.DocOverlapTable;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.EntitiesTable;
import org.wirelens.tables.MentionsTable;
import org.wirelens.tables.OutputWriter;
import org.wirelens.tables.QuoteMatchesTable;
import org.wirelens.tables.QuoteSpeakersBySourceTable;
import org.wirelens.tables.QuotesTable;
import org.wirelens.tables.RejectsTable;
import org.wirelens.tables.RemovedLinesTable;
import org.wirelens.tables.RunInfoTable;
import org.wirelens.tables.SentencesTable;
import org.wirelens.tables.SourceOverlapTable;
import org.wirelens.tables.TokensTable;

/**
 * One run of the job: ingest, clean, NLP, entities, co-occurrence, overlap, quotes, each timed and
 * labelled in the Spark UI, then the tables are published and the summary printed.
 */
public final class WirelensRun {
  private static final Logger LOG = LoggerFactory.getLogger(WirelensRun.class);

  private final SparkSession spark;
  private final JobOptions options;
  private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
  private final List<Dataset<Row>> persisted = new ArrayList<>();

  private final java.io.PrintWriter out;
  private java.util.function.Consumer<String> afterStage = name -> {};

  public WirelensRun(SparkSession spark, JobOptions options, java.io.PrintWriter out) {
    this.spark = spark;
    this.options = options;
    this.out = out;
  }

  /** Test seam: called after each stage succeeds (a test throws to simulate a killed run). */
  WirelensRun afterStage(java.util.function.Consumer<String> hook) {
    this.afterStage = hook;
    return this;
  }

  /** The run's batch id as a column value; null without --batch-id. */
  private Column batchIdColumn() {
    return lit(options.batchId).cast(DataTypes.StringType);
  }

  /** Runs the job; returns the counts that run_info records. */
  public RunCounts run() {
    String runId = UUID.randomUUID().toString();
    Instant started = Instant.now();
    InputFormat format =
        FormatDetector.detect(
            options.input, options.format, spark.sparkContext().hadoopConfiguration());
    Catalog catalog = Catalog.load(Defaults.catalog(options.catalog));
    LineRules rules = LineRules.load(Defaults.lineRules(options.lineRules));
    OutputWriter.checkWritable(options.output, spark.sparkContext().hadoopConfiguration());
    OutputWriter.recover(options.output, spark.sparkContext().hadoopConfiguration());
    if (options.batchId == null && !new BatchStore(spark, options.output).storedIds().isEmpty()) {
      // Its tables would cover this input alone while the stored batches stay: a mixed output.
      throw new WirelensException(
          "output "
              + options.output
              + " stores batches ("
              + BatchStore.DIR
              + "/): pass --batch-id to add or replace one, or write to another output");
    }
    OutputWriter writer = new OutputWriter(spark, options.output, runId);
    LOG.info("wirelens run {}: {} input {} -> {}", runId, format, options.input, options.output);
    try {
      RunCounts counts = stages(runId, started, format, catalog, rules, writer);
      writer.publish();
      return counts;
    } catch (RuntimeException e) {
      writer.abort();
      throw e;
    } finally {
      persisted.forEach(Dataset::unpersist);
    }
  }

  private RunCounts stages(
      String runId,
      Instant started,
      InputFormat format,
      Catalog catalog,
      LineRules rules,
      OutputWriter writer) {
    Dataset<Row> checked =
        stage(
            "ingest",
            "read and check input records",
            () -> {
              Dataset<Row> raw = new CorpusReader(spark).read(options.input, format);
              Dataset<Row> c = persist(new IngestStage(options.maxDocChars).check(raw));
              c.count();
              return c;
            });
    long inputRecords = checked.count();

    Dataset<Row> cleaned =
        stage(
            "clean",
            "clean text: chrome lines, titles",
            () -> {
              Dataset<Row> c = persist(new CleanStage(rules).apply(IngestStage.accepted(checked)));
              c.count();
              return c;
            });

    Broadcast<Catalog> catalogBroadcast =
        spark
            .sparkContext()
            .broadcast(catalog, scala.reflect.ClassTag$.MODULE$.apply(Catalog.class));
    Dataset<Row> batchNlp =
        stage(
            "nlp",
            "Spark NLP: sentences, tokens, catalog matching",
            () -> {
              var tokenizer = NlpPipelineFactory.tokenizer(spark);
              List<EntityRecognizer> recognizers =
                  recognizers(catalogBroadcast, tokenizer, workDir(runId));
              var pipeline =
                  NlpPipelineFactory.build(spark, CleanStage.MATCH_TEXT, tokenizer, recognizers);
              Dataset<Row> n =
                  persist(
                      new NlpStage(pipeline, recognizers)
                          .apply(CleanStage.nonEmpty(cleaned))
                          .withColumn(Cols.BATCH_ID, batchIdColumn()));
              n.count();
              return n;
            });

    BatchStore.Batch thisRun =
        new BatchStore.Batch(
            batchNlp,
            CleanStage.removedLines(cleaned).withColumn(Cols.BATCH_ID, batchIdColumn()),
            IngestStage.rejects(checked)
                .unionByName(CleanStage.emptyAfterCleaning(cleaned))
                .withColumn(Cols.BATCH_ID, batchIdColumn()),
            inputRecords,
            IngestStage.accepted(checked).filter(col(RawRecords.NO_MANIFEST_ROW)).count(),
            List.of());
    BatchStore.Batch corpus =
        options.batchId == null
            ? thisRun
            : stage(
                "batches",
                "store the batch, read every stored batch",
                () -> {
                  BatchStore store = new BatchStore(spark, options.output);
                  org.apache.hadoop.fs.Path staged =
                      writer.stagedFolder(BatchStore.folder(options.batchId));
                  store.write(staged, options.batchId, thisRun);
                  BatchStore.Batch all = store.union(options.batchId, staged);
                  LOG.info(
                      "batch {} stored; tables cover batches {}", options.batchId, all.batchIds());
                  return new BatchStore.Batch(
                      persist(all.nlp()),
                      all.removedLines(),
                      all.rejects(),
                      all.inputRecords(),
                      all.filesWithoutManifestRow(),
                      all.batchIds());
                });
    Dataset<Row> nlp = corpus.nlp();

    stage(
        "write documents",
        "write documents, sentences, tokens, removed lines, rejects",
        () -> {
          writer.write(DocumentsTable.TABLE, DocumentTables.documents(nlp));
          writer.write(RemovedLinesTable.TABLE, corpus.removedLines());
          writer.write(RejectsTable.TABLE, corpus.rejects());
          writer.write(SentencesTable.TABLE, DocumentTables.sentences(nlp));
          writer.write(TokensTable.TABLE, DocumentTables.tokens(nlp));
          return null;
        });

    stage(
        "entities",
        "mentions and entities",
        () -> {
          writer.write(
              MentionsTable.TABLE,
              EntityStage.mergeAcrossCorpus(spark, DocumentTables.mentions(nlp)));
          Dataset<Row> names = EntityStage.names(spark, catalog.entries());
          writer.write(
              EntitiesTable.TABLE, EntityStage.entities(writer.staged(MentionsTable.TABLE), names));
          return null;
        });
    Dataset<Row> mentions = writer.staged(MentionsTable.TABLE);

    stage(
        "cooccurrence",
        "entity co-occurrence in sentences and documents",
        () -> {
          CooccurrenceStage.Result r =
              CooccurrenceStage.run(
                  mentions,
                  writer.staged(EntitiesTable.TABLE),
                  writer.rows(SentencesTable.TABLE),
                  writer.rows(DocumentsTable.TABLE));
          writer.write(CooccurrenceTable.TABLE, r.cooccurrence());
          writer.write(CooccurrenceBySourceTable.TABLE, r.bySource());
          return null;
        });

    stage(
        "overlap",
        "source overlap: shingle index, candidate pairs, measures",
        () -> {
          OverlapStage overlap =
              new OverlapStage(
                  options.shingleSize, options.maxShingleDf, options.minSharedShingles);
          Dataset<Row> features = persist(overlap.docFeatures(nlp));
          // Persisted because the write's sort evaluates its input twice (sample, then write),
          // and the pair measures are the costly part of this stage.
          writer.write(
              DocOverlapTable.TABLE,
              persist(overlap.docOverlap(features, mentions, writer.rows(DocumentsTable.TABLE))));
          writer.write(
              SourceOverlapTable.TABLE,
              OverlapStage.sourceOverlap(writer.staged(DocOverlapTable.TABLE), features));
          return null;
        });

    stage(
        "quotes",
        "quotations and speakers; the same quotation across documents",
        () -> {
          QuoteStage quotes = new QuoteStage(GenderHints.fromText(), options.maxShingleDf);
          writer.write(
              QuotesTable.TABLE, quotes.quotes(nlp, mentions, writer.staged(EntitiesTable.TABLE)));
          Dataset<Row> staged = writer.staged(QuotesTable.TABLE);
          writer.write(
              QuoteMatchesTable.TABLE, quotes.matches(staged, writer.staged(DocumentsTable.TABLE)));
          writer.write(
              QuoteSpeakersBySourceTable.TABLE,
              QuoteStage.speakersBySource(staged, writer.staged(EntitiesTable.TABLE)));
          return null;
        });

    Dataset<Row> rejects = writer.staged(RejectsTable.TABLE);
    Map<String, Long> byReason = new LinkedHashMap<>();
    for (Row r :
        rejects
            .groupBy(col(Cols.REASON))
            .agg(count("*"))
            .orderBy(col(Cols.REASON))
            .collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    long noManifest = corpus.filesWithoutManifestRow();
    Map<String, Long> warnings = new LinkedHashMap<>();
    warnings.put("file_without_manifest_row", noManifest);
    RunCounts counts =
        new RunCounts(
            corpus.inputRecords(),
            writer.rows(DocumentsTable.TABLE),
            writer.rows(RejectsTable.TABLE),
            warnings,
            byReason,
            writer.rowCounts(),
            corpus.batchIds());
    if (!counts.reconciled()) {
      throw new IllegalStateException(
          "input records "
              + counts.inputRecords()
              + " != documents "
              + counts.documents()
              + " + rejects "
              + counts.rejects()
              + ": records were lost; output not published");
    }
    if (noManifest > 0) {
      LOG.warn(
          "{} text files had no manifest row and were read with source '{}'",
          noManifest,
          RawRecords.UNKNOWN_SOURCE);
    }
    writer.write(RunInfoTable.TABLE, runInfo(runId, started, format, counts));

    RunSummary.print(
        out,
        counts,
        stageSeconds,
        writer.staged(EntitiesTable.TABLE),
        writer.staged(CooccurrenceTable.TABLE),
        writer.staged(SourceOverlapTable.TABLE),
        writer.staged(DocOverlapTable.TABLE),
        writer.staged(QuoteSpeakersBySourceTable.TABLE),
        rejects,
        options.top,
        options.output);
    return counts;
  }

  private Dataset<Row> runInfo(String runId, Instant started, InputFormat format, RunCounts c) {
    Row row =
        RowFactory.create(
            runId,
            started.toString(),
            Instant.now().toString(),
            WirelensVersion.get(),
            spark.version(),
            options.input,
            format.name().toLowerCase(java.util.Locale.ROOT),
            scala.collection.JavaConverters.mapAsScalaMap(options.asMap()),
            c.inputRecords(),
            c.documents(),
            c.rejects(),
            c.reconciled(),
            scala.collection.JavaConverters.mapAsScalaMap(c.warnings()),
            scala.collection.JavaConverters.mapAsScalaMap(c.rejectsByReason()),
            scala.collection.JavaConverters.mapAsScalaMap(c.rows()),
            scala.collection.JavaConverters.mapAsScalaMap(stageSeconds),
            scala.collection.JavaConverters.asScalaBuffer(c.batches()).toSeq());
    return spark.createDataFrame(List.of(row), RunInfoTable.TABLE.schema());
  }

  /** The catalog first, then the statistical recognisers the options ask for. */
  private List<EntityRecognizer> recognizers(
      Broadcast<Catalog> catalog,
      com.johnsnowlabs.nlp.annotators.TokenizerModel tokenizer,
      Path workDir) {
    List<EntityRecognizer> list = new ArrayList<>();
    list.add(new CatalogRecognizer(catalog, tokenizer, workDir));
    if (options.ner.equals("corenlp")) {
      list.add(new CoreNlpRecognizer(catalog, Cols.TEXT));
    }
    if (options.nerPipeline != null) {
      list.add(
          new SavedPipelineRecognizer(catalog, options.nerPipeline, options.nerPipelineColumn));
    }
    return list;
  }

  private <T> T stage(String name, String description, Supplier<T> body) {
    spark.sparkContext().setJobGroup(name, description, false);
    long t0 = System.nanoTime();
    try {
      T result = body.get();
      afterStage.accept(name);
      return result;
    } finally {
      double seconds = (System.nanoTime() - t0) / 1e9;
      stageSeconds.put(name, Math.round(seconds * 100) / 100.0);
      LOG.info(
          "stage {} finished in {} s", name, String.format(java.util.Locale.ROOT, "%.1f", seconds));
      spark.sparkContext().clearJobGroup();
    }
  }

  private Dataset<Row> persist(Dataset<Row> df) {
    Dataset<Row> p = df.persist(StorageLevel.MEMORY_AND_DISK());
    persisted.add(p);
    return p;
  }

  private static Path workDir(String runId) {
    try {
      return Files.createTempDirectory("wirelens-" + runId);
    } catch (java.io.IOException e) {
      throw new WirelensException("cannot create a temporary directory: " + e.getMessage());
    }
  }
}
