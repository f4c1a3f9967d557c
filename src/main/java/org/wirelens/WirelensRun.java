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
import org.wirelens.entities.resolve.CorpusResolver;
import org.wirelens.ingest.CorpusReader;
import org.wirelens.ingest.FormatDetector;
import org.wirelens.ingest.IngestStage;
import org.wirelens.ingest.RawRecords;
import org.wirelens.nlp.DocumentTables;
import org.wirelens.nlp.NlpPipelineFactory;
import org.wirelens.nlp.NlpStage;
import org.wirelens.overlap.Candidates;
import org.wirelens.overlap.OverlapStage;
import org.wirelens.overlap.TextFeatures;
import org.wirelens.quotes.GenderHints;
import org.wirelens.quotes.QuoteStage;
import org.wirelens.report.RunCounts;
import org.wirelens.report.RunSummary;
import org.wirelens.reuse.ReuseClusters;
import org.wirelens.reuse.ReuseStage;
import org.wirelens.tables.Cols;
import org.wirelens.tables.CooccurrenceBySourceTable;
import org.wirelens.tables.CooccurrenceTable;
import org.wirelens.tables.DocOverlapTable;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.EntitiesTable;
import org.wirelens.tables.MentionsTable;
import org.wirelens.tables.OutputLayout;
import org.wirelens.tables.OutputWriter;
import org.wirelens.tables.QuoteMatchesTable;
import org.wirelens.tables.QuoteSpeakersBySourceTable;
import org.wirelens.tables.QuotesTable;
import org.wirelens.tables.RejectsTable;
import org.wirelens.tables.RemovedLinesTable;
import org.wirelens.tables.ReuseClustersTable;
import org.wirelens.tables.ReusePassagesTable;
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
  private final Map<String, Long> omitted = new LinkedHashMap<>();

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
    Instant started = Instant.now();
    String runId = OutputLayout.newRunId(started);
    InputFormat format =
        options.recompute
            ? null
            : FormatDetector.detect(
                options.input, options.format, spark.sparkContext().hadoopConfiguration());
    Catalog catalog = Catalog.load(Defaults.catalog(options.catalog));
    LineRules rules = LineRules.load(Defaults.lineRules(options.lineRules));
    OutputWriter writer = OutputWriter.open(spark, options.output, runId, options.keepVersions);
    Map<String, String> storedBatches =
        writer.base().map(OutputLayout.Version::batches).orElse(Map.of());
    if (options.recompute && storedBatches.isEmpty()) {
      throw new WirelensException(
          "--recompute needs an output that stores batches (--batch-id runs); "
              + options.output
              + " stores none");
    }
    if (options.batchId == null && !options.recompute && !storedBatches.isEmpty()) {
      // Its tables would cover this input alone while the stored batches stay: a mixed output.
      throw new WirelensException(
          "output "
              + options.output
              + " stores batches ("
              + String.join(", ", storedBatches.keySet())
              + "): pass --batch-id to add or replace one, or write to another output");
    }
    LOG.info(
        "wirelens run {}: {} -> {}",
        runId,
        options.recompute
            ? "stored batches " + storedBatches.keySet()
            : format + " " + options.input,
        options.output);
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
    Map<String, String> stored = writer.base().map(OutputLayout.Version::batches).orElse(Map.of());
    BatchStore store = new BatchStore(spark, writer.output(), stored);
    BatchStore.Batch corpus =
        options.recompute
            ? stage("batches", "read every stored batch", () -> persistNlp(store.union(null, null)))
            : newCorpus(runId, format, catalog, rules, writer, store);
    return tables(corpus, runId, started, format, catalog, writer);
  }

  /**
   * This run's input through ingest, cleaning and Spark NLP, stored as a batch (in the batch store
   * with --batch-id, else in the run's work folder), and the corpus the tables cover: this batch
   * alone, or every stored batch with it.
   */
  private BatchStore.Batch newCorpus(
      String runId,
      InputFormat format,
      Catalog catalog,
      LineRules rules,
      OutputWriter writer,
      BatchStore store) {
    Dataset<Row> checked =
        stage(
            "ingest",
            "read and check input records",
            () -> {
              Dataset<Row> raw =
                  new CorpusReader(spark, options.maxDocChars).read(options.input, format);
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
    // This run's batch goes to Parquet (the batch store's folder, or this run's work folder) and
    // every later stage reads it back: a plan that starts from files is small, where one that
    // carried the whole ingest and Spark NLP pipeline made every later query's plan (printed by
    // Spark at each adaptive re-plan) huge; and a lost executor rereads files instead of
    // recomputing Spark NLP.
    org.apache.hadoop.fs.Path batchDir =
        options.batchId == null
            ? writer.workFolder(BatchStore.DIR)
            : writer.batchFolder(options.batchId);
    stage(
        "nlp",
        "Spark NLP: sentences, tokens, catalog matching",
        () -> {
          var tokenizer = NlpPipelineFactory.tokenizer(spark);
          List<EntityRecognizer> recognizers =
              recognizers(catalogBroadcast, tokenizer, workDir(runId));
          var pipeline =
              NlpPipelineFactory.build(spark, CleanStage.MATCH_TEXT, tokenizer, recognizers);
          new NlpStage(pipeline, recognizers)
              .apply(CleanStage.nonEmpty(cleaned))
              .withColumn(Cols.BATCH_ID, batchIdColumn())
              .write()
              .mode(org.apache.spark.sql.SaveMode.ErrorIfExists)
              .parquet(new org.apache.hadoop.fs.Path(batchDir, BatchStore.NLP).toString());
          return null;
        });
    store.writeAllButNlp(
        batchDir,
        options.batchId,
        new BatchStore.Batch(
            null,
            CleanStage.removedLines(cleaned).withColumn(Cols.BATCH_ID, batchIdColumn()),
            IngestStage.rejects(checked)
                .unionByName(CleanStage.emptyAfterCleaning(cleaned))
                .withColumn(Cols.BATCH_ID, batchIdColumn()),
            inputRecords,
            IngestStage.accepted(checked).filter(col(RawRecords.NO_MANIFEST_ROW)).count(),
            List.of()));
    // Raw and cleaned records have had their last readers: free their memory.
    release(checked);
    release(cleaned);
    if (options.batchId == null) {
      return persistNlp(store.read(batchDir));
    }
    return stage(
        "batches",
        "store the batch, read every stored batch",
        () -> {
          BatchStore.Batch all = store.union(options.batchId, batchDir);
          LOG.info("batch {} stored; tables cover batches {}", options.batchId, all.batchIds());
          return persistNlp(all);
        });
  }

  /** The corpus with its NLP output cached: every table stage reads it. */
  private BatchStore.Batch persistNlp(BatchStore.Batch b) {
    return new BatchStore.Batch(
        persist(b.nlp()),
        b.removedLines(),
        b.rejects(),
        b.inputRecords(),
        b.filesWithoutManifestRow(),
        b.batchIds());
  }

  /** Every table of the corpus, written into the run's folder; the counts run_info records. */
  private RunCounts tables(
      BatchStore.Batch corpus,
      String runId,
      Instant started,
      InputFormat format,
      Catalog catalog,
      OutputWriter writer) {
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
          CorpusResolver.Result resolved =
              EntityStage.mergeAcrossCorpus(DocumentTables.mentions(nlp));
          writer.write(MentionsTable.TABLE, resolved.mentions());
          resolved.release();
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
          long documents = writer.rows(DocumentsTable.TABLE);
          int minUnits = options.minPairUnits(documents);
          long documentUnits =
              writer
                  .staged(DocumentsTable.TABLE)
                  .agg(
                      org.apache.spark.sql.functions.coalesce(
                          org.apache.spark.sql.functions.sum(
                              CooccurrenceStage.documentUnits(col(DocumentsTable.N_CHARS))),
                          lit(0L)))
                  .first()
                  .getLong(0);
          CooccurrenceStage.Result r =
              new CooccurrenceStage(minUnits)
                  .run(
                      mentions,
                      writer.staged(EntitiesTable.TABLE),
                      writer.rows(SentencesTable.TABLE),
                      documentUnits);
          long cooc = writer.write(CooccurrenceTable.TABLE, r.cooccurrence());
          long bySource = writer.write(CooccurrenceBySourceTable.TABLE, r.bySource());
          omitted.putAll(r.omitted(minUnits, cooc, bySource));
          r.release();
          return null;
        });

    // Words, shingles and candidate pairs are computed once, for overlap and reuse alike.
    Dataset<Row> features = persist(TextFeatures.of(nlp, options.shingleSize));
    // A shingle in more than 1% of the documents (and 10,000 of them) is a phrase of the
    // language, not a story: left out, rather than its postings made one task's list.
    Dataset<Row> candidates =
        persist(Candidates.find(features, options.maxShingleDf, maxStarDf(writer)));
    stage(
        "overlap",
        "document overlap: shingle index, candidate pairs, measures",
        () -> {
          writer.write(
              DocOverlapTable.TABLE,
              new OverlapStage(options.minSharedShingles)
                  .docOverlap(features, candidates, mentions, writer.rows(DocumentsTable.TABLE)));
          return null;
        });

    stage(
        "reuse",
        "text reuse: aligned passages, clusters, direction per outlet pair",
        () -> {
          Dataset<Row> passages =
              persist(
                  new ReuseStage(options.shingleSize, options.minPassageWords)
                      .passages(features, candidates));
          ReuseClusters.Result clusters = ReuseClusters.cluster(passages, features);
          writer.write(ReusePassagesTable.TABLE, clusters.passages());
          writer.write(ReuseClustersTable.TABLE, clusters.members());
          clusters.release();
          release(passages);
          writer.write(
              SourceOverlapTable.TABLE,
              OverlapStage.sourceOverlap(
                  writer.staged(DocOverlapTable.TABLE),
                  writer.staged(ReusePassagesTable.TABLE),
                  features));
          return null;
        });
    release(candidates);
    release(features);

    stage(
        "quotes",
        "quotations and speakers; the same quotation across documents",
        () -> {
          // The text's own evidence (honorifics, pronouns) first, then the given-name list.
          QuoteStage quotes =
              new QuoteStage(
                  GenderHints.fromText().or(GenderHints.fromGivenNames()),
                  options.maxShingleDf,
                  maxStarDf(writer));
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
    release(nlp);

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
    long version = writer.base().map(OutputLayout.Version::number).orElse(0L) + 1;
    writer.write(RunInfoTable.TABLE, runInfo(runId, version, started, format, counts));

    RunSummary.print(
        out,
        counts,
        stageSeconds,
        writer::staged,
        options.top,
        options.output + "/" + writer.runFolder() + " (output version " + version + ")");
    return counts;
  }

  private Dataset<Row> runInfo(
      String runId, long version, Instant started, InputFormat format, RunCounts c) {
    Row row =
        RowFactory.create(
            runId,
            version,
            started.toString(),
            Instant.now().toString(),
            WirelensVersion.get(),
            spark.version(),
            options.recompute ? "(stored batches)" : options.input,
            options.recompute ? "batches" : format.name().toLowerCase(java.util.Locale.ROOT),
            scala.collection.JavaConverters.mapAsScalaMap(options.asMap()),
            c.inputRecords(),
            c.documents(),
            c.rejects(),
            c.reconciled(),
            scala.collection.JavaConverters.mapAsScalaMap(c.warnings()),
            scala.collection.JavaConverters.mapAsScalaMap(c.rejectsByReason()),
            scala.collection.JavaConverters.mapAsScalaMap(c.rows()),
            scala.collection.JavaConverters.mapAsScalaMap(omitted),
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

  /** Unpersists a dataset whose last reader is done, so later stages have its memory. */
  private void release(Dataset<Row> df) {
    df.unpersist();
    persisted.remove(df);
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

  /**
   * Shingles in more documents (or quotations) than this are left out even of star pairs: phrases
   * that common are the language, not a story, and their postings would be one task's list.
   */
  private static long maxStarDf(OutputWriter writer) {
    return Math.max(10_000L, writer.rows(DocumentsTable.TABLE) / 100);
  }
}
