package org.wirelens;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirelens.batches.BatchStore;
import org.wirelens.batches.CorpusStage;
import org.wirelens.clean.CleanStage;
import org.wirelens.clean.LineRules;
import org.wirelens.cli.Defaults;
import org.wirelens.cli.InputFormat;
import org.wirelens.cli.JobOptions;
import org.wirelens.cli.WirelensVersion;
import org.wirelens.cooccurrence.CooccurrenceStage;
import org.wirelens.entities.Catalog;
import org.wirelens.entities.EntityStage;
import org.wirelens.index.IndexStage;
import org.wirelens.ingest.CorpusReader;
import org.wirelens.ingest.FormatDetector;
import org.wirelens.ingest.IngestStage;
import org.wirelens.ingest.RawRecords;
import org.wirelens.nlp.DocumentTables;
import org.wirelens.nlp.DocumentsStage;
import org.wirelens.nlp.NlpStage;
import org.wirelens.overlap.OverlapStage;
import org.wirelens.quotes.GenderHints;
import org.wirelens.quotes.QuoteStage;
import org.wirelens.report.RunCounts;
import org.wirelens.report.RunSummary;
import org.wirelens.reuse.ReuseStage;
import org.wirelens.stage.OutputSink;
import org.wirelens.stage.StageRunner;
import org.wirelens.stage.Tables;
import org.wirelens.stories.StoryCoverageStage;
import org.wirelens.stories.StoryStage;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocOverlapTable;
import org.wirelens.tables.DocumentsTable;
import org.wirelens.tables.EntitiesTable;
import org.wirelens.tables.MentionsTable;
import org.wirelens.tables.OutputLayout;
import org.wirelens.tables.OutputWriter;
import org.wirelens.tables.QuotesTable;
import org.wirelens.tables.RejectsTable;
import org.wirelens.tables.ReusePassagesTable;
import org.wirelens.tables.RunInfoTable;
import org.wirelens.tables.SentencesTable;
import org.wirelens.tables.StoryMembersTable;

/**
 * One run of the job: ingest, clean, NLP, entities, co-occurrence, overlap, quotes, each timed and
 * labelled in the Spark UI, then the tables are published and the summary printed.
 */
public final class WirelensRun {
  private static final Logger LOG = LoggerFactory.getLogger(WirelensRun.class);

  private final SparkSession spark;
  private final JobOptions options;

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
    }
  }

  /**
   * The job's data flow, top to bottom: this run's input (or the stored batches) into the corpus,
   * then each table stage reading what the stages before it wrote.
   */
  private RunCounts stages(
      String runId,
      Instant started,
      InputFormat format,
      Catalog catalog,
      LineRules rules,
      OutputWriter writer) {
    Map<String, String> stored = writer.base().map(OutputLayout.Version::batches).orElse(Map.of());
    BatchStore store = new BatchStore(spark, writer.output(), stored);
    try (StageRunner runner =
        new StageRunner(spark.sparkContext(), new OutputSink(writer), afterStage)) {
      Tables tables = runner.tables();
      CorpusStage.Result corpus =
          options.recompute
              ? runner.open(new CorpusStage(), new CorpusStage.Input(store, null))
              : newBatch(runner, store, runId, format, catalog, rules, writer);
      Dataset<Row> nlp = corpus.corpus().nlp();

      runner.run(
          new DocumentsStage(),
          new DocumentsStage.Input(nlp, corpus.corpus().removedLines(), corpus.corpus().rejects()));
      long documents = tables.rows(DocumentsTable.TABLE);

      runner.run(
          new EntityStage(catalog.entries()), new EntityStage.Input(DocumentTables.mentions(nlp)));
      Dataset<Row> mentions = tables.table(MentionsTable.TABLE);
      Dataset<Row> entities = tables.table(EntitiesTable.TABLE);

      runner.run(
          new CooccurrenceStage(options.minPairUnits(documents)),
          new CooccurrenceStage.Input(
              mentions,
              entities,
              tables.table(DocumentsTable.TABLE),
              tables.rows(SentencesTable.TABLE)));

      try (IndexStage.Result index =
          runner.open(
              new IndexStage(new IndexStage.Options(options.shingleSize, options.maxShingleDf)),
              new IndexStage.Input(nlp, documents))) {
        runner.run(
            new OverlapStage(options.minSharedShingles),
            new OverlapStage.Input(index, mentions, documents));
        runner.run(
            new ReuseStage(options.shingleSize, options.minPassageWords),
            new ReuseStage.Input(index, tables.table(DocOverlapTable.TABLE)));
        runner.run(
            new StoryStage(
                new StoryStage.Options(
                    options.storyThreshold,
                    options.storyWindowDays,
                    StoryStage.TOP_TERMS,
                    StoryStage.MAX_FEATURE_DF,
                    StoryStage.NEIGHBOURS)),
            new StoryStage.Input(
                tables.table(DocumentsTable.TABLE),
                index.features(),
                mentions,
                entities,
                documents,
                writer.workFolder("stories").toString()));
      }

      runner.run(
          // The text's own evidence (honorifics, pronouns) first, then the given-name list.
          new QuoteStage(
              GenderHints.fromText().or(GenderHints.fromGivenNames()), options.maxShingleDf),
          new QuoteStage.Input(nlp, mentions, entities, tables.table(DocumentsTable.TABLE)));
      runner.release(corpus);
      runner.run(
          new StoryCoverageStage(),
          new StoryCoverageStage.Input(
              tables.table(StoryMembersTable.TABLE),
              tables.table(DocumentsTable.TABLE),
              mentions,
              entities,
              tables.table(QuotesTable.TABLE),
              tables.table(ReusePassagesTable.TABLE),
              tables.table(DocOverlapTable.TABLE)));

      return finish(corpus.corpus(), runner, runId, started, format, writer);
    }
  }

  /**
   * This run's input through ingest, cleaning and Spark NLP, stored as a batch (its NLP output in
   * its batch folder: the batch store's with --batch-id, else the run's work folder), and the
   * corpus the tables cover, opened. Ingest and cleaning stay cached until the batch is stored,
   * which reads their rejects and removed lines.
   */
  private CorpusStage.Result newBatch(
      StageRunner runner,
      BatchStore store,
      String runId,
      InputFormat format,
      Catalog catalog,
      LineRules rules,
      OutputWriter writer) {
    org.apache.hadoop.fs.Path batchDir =
        options.batchId == null
            ? writer.workFolder(BatchStore.DIR)
            : writer.batchFolder(options.batchId);
    Broadcast<Catalog> catalogBroadcast =
        spark
            .sparkContext()
            .broadcast(catalog, scala.reflect.ClassTag$.MODULE$.apply(Catalog.class));
    Dataset<Row> raw = new CorpusReader(spark, options.maxDocChars).read(options.input, format);
    try (IngestStage.Result ingest =
            runner.open(new IngestStage(options.maxDocChars), new IngestStage.Input(raw));
        CleanStage.Result clean =
            runner.open(new CleanStage(rules), new CleanStage.Input(ingest.accepted()))) {
      runner.run(
          new NlpStage(
              new NlpStage.Options(
                  catalogBroadcast,
                  options.ner,
                  options.nerPipeline,
                  options.nerPipelineColumn,
                  workDir(runId))),
          new NlpStage.Input(
              clean.nonEmpty(),
              new org.apache.hadoop.fs.Path(batchDir, BatchStore.NLP).toString(),
              options.batchId));
      CorpusStage.NewBatch batch =
          new CorpusStage.NewBatch(
              batchDir,
              options.batchId,
              clean.removedLines(),
              ingest.rejects().unionByName(clean.emptyAfterCleaning()),
              ingest.inputRecords(),
              ingest.filesWithoutManifestRow());
      return runner.open(new CorpusStage(), new CorpusStage.Input(store, batch));
    }
  }

  /** Checks that every input record is accounted for, writes run_info and prints the summary. */
  private RunCounts finish(
      BatchStore.Batch corpus,
      StageRunner runner,
      String runId,
      Instant started,
      InputFormat format,
      OutputWriter writer) {
    Tables tables = runner.tables();
    Dataset<Row> rejects = tables.table(RejectsTable.TABLE);
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
    // A publication value that is no date is kept as given, read as undated, and counted here.
    warnings.put(
        "unreadable_published",
        tables
            .table(DocumentsTable.TABLE)
            .filter(
                col(DocumentsTable.PUBLISHED)
                    .isNotNull()
                    .and(
                        org.apache
                            .spark
                            .sql
                            .functions
                            .trim(col(DocumentsTable.PUBLISHED))
                            .notEqual(""))
                    .and(col(DocumentsTable.PUBLISHED_DAY).isNull()))
            .count());
    // The input's language is kept where the detector reads another; how often is counted here.
    warnings.put(
        "language_disagreement",
        tables.table(DocumentsTable.TABLE).filter(DocumentTables.languageDisagrees()).count());
    RunCounts counts =
        new RunCounts(
            corpus.inputRecords(),
            tables.rows(DocumentsTable.TABLE),
            tables.rows(RejectsTable.TABLE),
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
    writer.write(
        RunInfoTable.TABLE,
        runInfo(runId, version, started, format, counts, runner.omitted(), runner.stageSeconds()));

    RunSummary.print(
        out,
        counts,
        runner.stageSeconds(),
        tables::table,
        options.top,
        options.output + "/" + writer.runFolder() + " (output version " + version + ")");
    return counts;
  }

  private Dataset<Row> runInfo(
      String runId,
      long version,
      Instant started,
      InputFormat format,
      RunCounts c,
      Map<String, Long> omitted,
      Map<String, Double> stageSeconds) {
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

  private static Path workDir(String runId) {
    try {
      return Files.createTempDirectory("wirelens-" + runId);
    } catch (java.io.IOException e) {
      throw new WirelensException("cannot create a temporary directory: " + e.getMessage());
    }
  }
}
