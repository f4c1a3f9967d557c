package org.wirelens.tables;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirelens.WirelensException;
import org.wirelens.cli.WirelensVersion;

/**
 * Writes a run's tables into its own folder of the output and publishes them, all at once, by
 * creating the output's next version file ({@link OutputLayout}). Nothing is renamed or replaced: a
 * run that fails or is killed changes nothing readers see, on a local disk as on an object store.
 *
 * <p>A run writes only inside a folder that is empty, new, or marked as a wirelens output, and only
 * under its own run folder and batch folders; it deletes only what earlier runs of wirelens wrote
 * there: tables of versions older than the last {@code keepVersions}, and folders of runs that
 * never published and started more than {@link #ABANDONED} ago (a run killed outright cannot clean
 * up). When another run publishes while this one runs, this one refuses to publish over it.
 */
public final class OutputWriter {
  private static final Logger LOG = LoggerFactory.getLogger(OutputWriter.class);

  /** A run that has not published this long after it started was killed, not slow. */
  static final Duration ABANDONED = Duration.ofHours(24);

  private final SparkSession spark;
  private final Path output;
  private final String runId;
  private final FileSystem fs;
  private final Optional<OutputLayout.Version> base;
  private final int keepVersions;
  private final Map<String, Long> rows = new LinkedHashMap<>();
  private final Map<String, String> newBatches = new TreeMap<>();
  private boolean published;

  private OutputWriter(
      SparkSession spark,
      Path output,
      String runId,
      FileSystem fs,
      Optional<OutputLayout.Version> base,
      int keepVersions) {
    this.spark = spark;
    this.output = output;
    this.runId = runId;
    this.fs = fs;
    this.base = base;
    this.keepVersions = keepVersions;
  }

  /**
   * Opens {@code output} for run {@code runId}: creates it or adopts an empty folder, accepts a
   * wirelens output, refuses anything else with a one-line reason, and checks that it is writable.
   *
   * @param keepVersions published versions whose tables are kept (at least 1, the current one)
   */
  public static OutputWriter open(
      SparkSession spark, String output, String runId, int keepVersions) {
    try {
      Path given = new Path(output);
      FileSystem fs = given.getFileSystem(spark.sparkContext().hadoopConfiguration());
      // Qualified once (scheme, authority, absolute path), so that the paths listings return
      // compare with it whatever the working directory a relative --output was given from.
      Path out = fs.makeQualified(given);
      check(fs, out, output);
      fs.mkdirs(out);
      OutputLayout.mark(fs, out, WirelensVersion.get());
      Path probe = new Path(out, OutputLayout.META + "/write-probe-" + runId);
      fs.create(probe, true).close();
      fs.delete(probe, false);
      return new OutputWriter(
          spark, out, runId, fs, OutputLayout.current(fs, out), Math.max(1, keepVersions));
    } catch (IOException e) {
      throw new WirelensException("output not writable: " + output + " (" + e.getMessage() + ")");
    }
  }

  /** Refuses a file, and a folder that holds things wirelens did not write. */
  private static void check(FileSystem fs, Path out, String output) throws IOException {
    if (!fs.exists(out)) {
      return;
    }
    if (!fs.getFileStatus(out).isDirectory()) {
      throw new WirelensException("output is a file, not a directory: " + output);
    }
    if (OutputLayout.isOutput(fs, out)) {
      return;
    }
    FileStatus[] inside = fs.listStatus(out);
    if (inside.length > 0) {
      boolean oldLayout = fs.exists(new Path(out, "_SUCCESS"));
      throw new WirelensException(
          "output "
              + output
              + (oldLayout
                  ? " was written by an earlier wirelens (tables at its top level): write to a new"
                      + " folder"
                  : " is not empty and is not a wirelens output (it holds '"
                      + inside[0].getPath().getName()
                      + "'): wirelens writes only into a new or empty folder, or one it created"));
    }
  }

  /** The version this run started from: what readers saw, and what it publishes after. */
  public Optional<OutputLayout.Version> base() {
    return base;
  }

  /** The run's folder, relative to the output. */
  public String runFolder() {
    return OutputLayout.RUNS + "/" + runId;
  }

  /** Writes one table whole into the run's folder; returns its row count. */
  public long write(TableDef table, Dataset<Row> data) {
    Dataset<Row> selected = data.select(table.selectColumns());
    checkSchema(table, selected.schema());
    Path target = new Path(output, runFolder() + "/" + table.name());
    long t0 = System.nanoTime();
    // No sort: row order inside the files is documented as meaningless, and a global sort
    // shuffles every table once more for nothing. ErrorIfExists: a run never overwrites.
    selected
        .select(table.enforcedColumns())
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(target.toString());
    long n = spark.read().parquet(target.toString()).count();
    rows.put(table.name(), n);
    LOG.info(
        "table {}: {} rows in {} s",
        table.name(),
        n,
        String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
    return n;
  }

  /** Reads back a table this run wrote. */
  public Dataset<Row> table(TableDef table) {
    if (!rows.containsKey(table.name())) {
      throw new IllegalStateException("table " + table.name() + " has not been written");
    }
    return spark.read().parquet(new Path(output, runFolder() + "/" + table.name()).toString());
  }

  /** Rows written so far per table, in writing order. */
  public Map<String, Long> rowCounts() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /** Rows written for one table (it must have been written). */
  public long rows(TableDef table) {
    Long n = rows.get(table.name());
    if (n == null) {
      throw new IllegalStateException("table " + table.name() + " has not been written");
    }
    return n;
  }

  /**
   * The folder where this run stores batch {@code batchId}; publishing makes it the batch's current
   * content, replacing (for readers) the one the base version named.
   */
  public Path batchFolder(String batchId) {
    String relative = OutputLayout.BATCHES + "/" + batchId + "/" + runId;
    newBatches.put(batchId, relative);
    return new Path(output, relative);
  }

  /**
   * A folder of this run's intermediate data ({@code _wirelens/work/RUN_ID/name}), removed when the
   * run publishes or fails.
   */
  public Path workFolder(String name) {
    return new Path(output, workRoot() + "/" + name);
  }

  private String workRoot() {
    return OutputLayout.WORK + "/" + runId;
  }

  /** The output's root. */
  public Path output() {
    return output;
  }

  /**
   * Publishes the run: the next version names its tables and the batches they cover (the base's,
   * with this run's replacing any of the same id). Then removes what versions out of the kept
   * window and abandoned runs left behind.
   */
  public void publish() {
    Map<String, String> batches =
        new TreeMap<>(base.map(OutputLayout.Version::batches).orElse(Map.of()));
    batches.putAll(newBatches);
    long number = base.map(OutputLayout.Version::number).orElse(0L) + 1;
    OutputLayout.Version v =
        new OutputLayout.Version(number, runId, Instant.now().toString(), batches);
    try {
      OutputLayout.create(fs, output, v, runId);
    } catch (FileAlreadyExistsException e) {
      throw new WirelensException(
          "another run published version "
              + number
              + " of "
              + output
              + " while this one ran: this run's tables were not published (run it again)");
    } catch (IOException e) {
      throw new WirelensException("publishing the output failed: " + e.getMessage(), e);
    }
    published = true;
    LOG.info("published version {} of {}: {}", number, output, runFolder());
    try {
      fs.delete(new Path(output, workRoot()), true);
      collectGarbage(Instant.now());
    } catch (IOException e) {
      // The new version is published; leftovers cost disk space only, and the next run retries.
      LOG.warn("could not remove old versions' folders of {}: {}", output, e.getMessage());
    }
  }

  /**
   * Removes run and batch folders no kept version names: those of versions past the window, and
   * those of runs that never published and are older than {@link #ABANDONED}. A folder whose name
   * is not a wirelens run id is never touched.
   */
  void collectGarbage(Instant now) throws IOException {
    List<OutputLayout.Version> versions = OutputLayout.versions(fs, output);
    int firstKept = Math.max(0, versions.size() - keepVersions);
    Set<String> kept = new HashSet<>();
    Set<String> superseded = new HashSet<>();
    for (int i = 0; i < versions.size(); i++) {
      OutputLayout.Version v = versions.get(i);
      Set<String> into = i >= firstKept ? kept : superseded;
      into.add(OutputLayout.RUNS + "/" + v.runId());
      into.addAll(v.batches().values());
    }
    List<Path> candidates = new ArrayList<>();
    candidates.addAll(children(new Path(output, OutputLayout.RUNS)));
    candidates.addAll(children(new Path(output, OutputLayout.WORK)));
    for (Path batch : children(new Path(output, OutputLayout.BATCHES))) {
      candidates.addAll(children(batch));
    }
    String root = output.toUri().getPath().replaceAll("/+$", "");
    for (Path p : candidates) {
      String path = fs.makeQualified(p).toUri().getPath();
      if (!path.startsWith(root + "/")) {
        continue; // not under this output: never touched
      }
      String relative = path.substring(root.length() + 1);
      Optional<Instant> started = OutputLayout.startOf(p.getName());
      if (kept.contains(relative) || started.isEmpty() || p.getName().equals(runId)) {
        continue;
      }
      boolean abandoned = started.get().isBefore(now.minus(ABANDONED));
      if (superseded.contains(relative) || abandoned) {
        LOG.info(
            "removing {} ({})", relative, abandoned ? "a run that never published" : "superseded");
        fs.delete(p, true);
      }
    }
  }

  private List<Path> children(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    if (fs.exists(dir)) {
      for (FileStatus s : fs.listStatus(dir)) {
        if (s.isDirectory()) {
          out.add(s.getPath());
        }
      }
    }
    return out;
  }

  /** Removes what this run wrote, unless it published. */
  public void abort() {
    if (published) {
      return;
    }
    try {
      fs.delete(new Path(output, runFolder()), true);
      fs.delete(new Path(output, workRoot()), true);
      for (String relative : newBatches.values()) {
        fs.delete(new Path(output, relative), true);
      }
    } catch (IOException e) {
      // Harmless: no version names these folders, and a later run removes them once abandoned.
      LOG.warn("could not remove the folders of the failed run {}: {}", runId, e.getMessage());
    }
  }

  private static void checkSchema(TableDef table, StructType actual) {
    StructType expected = table.schema();
    List<String> problems = new ArrayList<>();
    for (StructField f : expected.fields()) {
      StructField a = actual.apply(f.name());
      if (!sameType(f, a)) {
        problems.add(
            f.name()
                + ": expected "
                + f.dataType().simpleString()
                + ", got "
                + a.dataType().simpleString());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "table " + table.name() + " does not match its definition: " + problems);
    }
  }

  private static boolean sameType(StructField expected, StructField actual) {
    // simpleString leaves nullability out: Spark derives it loosely; enforcedColumns() checks it.
    return expected.dataType().simpleString().equals(actual.dataType().simpleString());
  }
}
