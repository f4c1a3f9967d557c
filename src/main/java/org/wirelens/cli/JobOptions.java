package org.wirelens.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The job's options, parsed by picocli and validated before Spark starts. Spark tuning is not here:
 * it goes through {@code spark-submit --conf}.
 */
@Command(
    name = "wirelens",
    mixinStandardHelpOptions = true,
    versionProvider = JobOptions.Version.class,
    sortOptions = false,
    description =
        "Reads a news corpus and writes entity, co-occurrence, text-reuse and source-overlap"
            + " tables.")
public final class JobOptions {

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description =
          "Corpus: a directory or file (required unless --recompute: a scheduled run that lost"
              + " its argument must fail, not read some default corpus).")
  public String input;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      required = true,
      description =
          "Output folder: new, empty, or one wirelens wrote (anything else is refused). A run's"
              + " tables go to OUTPUT/runs/RUN_ID/ and are published as the output's next version"
              + " when the whole run succeeded.")
  public String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "auto",
      converter = FormatConverter.class)
  public InputFormat format;

  @Option(
      names = "--catalog",
      paramLabel = "DIR",
      description =
          "Entity catalog directory of *.csv files (default: ${DEFAULT-VALUE}, or the copy in the"
              + " job jar where that folder is absent).",
      defaultValue = Defaults.CATALOG)
  public String catalog;

  @Option(
      names = "--line-rules",
      paramLabel = "FILE",
      description =
          "Line-removal rules for cleaning (default: ${DEFAULT-VALUE}, or the copy in the job jar"
              + " where that file is absent).",
      defaultValue = Defaults.LINE_RULES)
  public String lineRules;

  @Option(
      names = "--ner",
      paramLabel = "MODEL",
      description =
          "Statistical recogniser under the catalog: corenlp (Stanford CRF, offline) or none"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "corenlp")
  public String ner;

  @Option(
      names = "--ner-pipeline",
      paramLabel = "DIR",
      description =
          "A Spark NLP NER pipeline saved on local disk, run as one more recogniser (default:"
              + " none).")
  public String nerPipeline;

  @Option(
      names = "--ner-pipeline-column",
      paramLabel = "NAME",
      description = "The CHUNK column that pipeline writes (default: ${DEFAULT-VALUE}).",
      defaultValue = "ner_chunk")
  public String nerPipelineColumn;

  @Option(
      names = "--max-doc-chars",
      paramLabel = "N",
      description = "Longer texts are rejected as too_large (default: ${DEFAULT-VALUE}).",
      defaultValue = "1000000")
  public int maxDocChars;

  @Option(
      names = "--shingle-size",
      paramLabel = "K",
      description = "Words per shingle for text overlap (default: ${DEFAULT-VALUE}).",
      defaultValue = "5")
  public int shingleSize;

  @Option(
      names = "--max-shingle-df",
      paramLabel = "N",
      description =
          "Shingles found in more documents are not indexed for document pairs; text that"
              + " widely shared (a syndicated story) is aligned against its earliest document and"
              + " clustered instead; quotations likewise (default: ${DEFAULT-VALUE}).",
      defaultValue = "100")
  public int maxShingleDf;

  @Option(
      names = "--min-shared-shingles",
      paramLabel = "N",
      description =
          "Document pairs sharing fewer shingles are not reported (default: ${DEFAULT-VALUE}).",
      defaultValue = "2")
  public int minSharedShingles;

  @Option(
      names = "--min-pair-units",
      paramLabel = "N",
      description =
          "Co-occurring pairs sharing fewer units (sentences or documents; in the corpus, or in one"
              + " outlet for cooccurrence_by_source) are left out of the co-occurrence tables and"
              + " counted in run_info; 'auto' keeps every pair below 100,000 documents and drops"
              + " pairs seen once from there (default: ${DEFAULT-VALUE}).",
      defaultValue = "auto")
  public String minPairUnits;

  /** Documents from which --min-pair-units auto drops pairs seen only once. */
  public static final long AUTO_MIN_PAIR_DOCUMENTS = 100_000;

  /** The minimum pair count for a corpus of {@code documents}. */
  public int minPairUnits(long documents) {
    if (minPairUnits.equals("auto")) {
      return documents < AUTO_MIN_PAIR_DOCUMENTS ? 1 : 2;
    }
    return Integer.parseInt(minPairUnits);
  }

  @Option(
      names = "--min-passage-words",
      paramLabel = "N",
      description =
          "Reuse passages with fewer matching words are not reported; a quote of a dozen words"
              + " copied between outlets is reuse (default: ${DEFAULT-VALUE}).",
      defaultValue = "12")
  public int minPassageWords;

  @Option(
      names = "--story-threshold",
      paramLabel = "S",
      description =
          "Least same-story score (0 to 1) of two documents linked into one story: higher splits"
              + " stories finer (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.25")
  public double storyThreshold;

  @Option(
      names = "--story-window-days",
      paramLabel = "D",
      description =
          "Dated documents more than this many days apart are never linked directly into one"
              + " story (a story may still run longer through the documents between);"
              + " undated documents are compared with undated ones (default: ${DEFAULT-VALUE}).",
      defaultValue = "7")
  public int storyWindowDays;

  @Option(
      names = "--batch-id",
      paramLabel = "ID",
      description =
          "Store this run's articles as batch ID (e.g. the ingest date) under OUTPUT/batches and"
              + " recompute every table over all stored batches; rerunning a batch replaces it."
              + " Letters, digits, '.', '_' and '-' (default: none, the output is this input"
              + " alone).")
  public String batchId;

  @Option(
      names = "--recompute",
      description =
          "Read no input: recompute every table from the batches the output stores (after an"
              + " upgrade that adds or changes tables, or to time the stages after Spark NLP)"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "false")
  public boolean recompute;

  @Option(
      names = "--keep-versions",
      paramLabel = "N",
      description =
          "Published versions of the output whose tables are kept; older ones are removed after"
              + " a run publishes (default: ${DEFAULT-VALUE}: the current one and the one before,"
              + " for readers still on it).",
      defaultValue = "2")
  public int keepVersions;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Rows per list in the printed run summary (default: ${DEFAULT-VALUE}).",
      defaultValue = "10")
  public int top;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master when none is configured, e.g. by spark-submit (default: ${DEFAULT-VALUE}).",
      defaultValue = "local[*]")
  public String master;

  @Option(
      names = "--verbose",
      description = "Print stack traces of unexpected errors (default: ${DEFAULT-VALUE}).",
      defaultValue = "false")
  public boolean verbose;

  // A batch id names a folder (batches/ID/), so it must be a safe path segment.
  private static final java.util.regex.Pattern BATCH_ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  /** Checks value ranges; returns an error message, or null when the options are valid. */
  public String validate() {
    if (input == null && !recompute) {
      return "Missing required option: '--input=PATH'";
    }
    if (input != null && recompute) {
      return "--recompute reads the stored batches: give it no --input";
    }
    if (recompute && batchId != null) {
      return "--recompute stores no batch: give it no --batch-id";
    }
    if (!ner.equals("corenlp") && !ner.equals("none")) {
      return "--ner must be corenlp or none";
    }
    if (maxDocChars < 1) {
      return "--max-doc-chars must be at least 1";
    }
    if (shingleSize < 1 || shingleSize > 50) {
      return "--shingle-size must be between 1 and 50";
    }
    if (maxShingleDf < 2) {
      return "--max-shingle-df must be at least 2";
    }
    if (minSharedShingles < 1) {
      return "--min-shared-shingles must be at least 1";
    }
    if (!minPairUnits.equals("auto")
        && (!minPairUnits.matches("[0-9]{1,9}") || Integer.parseInt(minPairUnits) < 1)) {
      return "--min-pair-units must be auto or a whole number of at least 1: " + minPairUnits;
    }
    if (minPassageWords < shingleSize) {
      return "--min-passage-words must be at least --shingle-size (" + shingleSize + ")";
    }
    if (!(storyThreshold > 0 && storyThreshold <= 1)) {
      return "--story-threshold must be above 0 and at most 1: " + storyThreshold;
    }
    if (storyWindowDays < 1 || storyWindowDays > 3660) {
      return "--story-window-days must be between 1 and 3660: " + storyWindowDays;
    }
    if (batchId != null && !BATCH_ID.matcher(batchId).matches()) {
      return "--batch-id must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter"
          + " or digit: "
          + batchId;
    }
    if (keepVersions < 1) {
      return "--keep-versions must be at least 1";
    }
    if (top < 0) {
      return "--top must not be negative";
    }
    return null;
  }

  /** Every option with its resolved value, for run_info. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("input", input == null ? "" : input);
    m.put("recompute", Boolean.toString(recompute));
    m.put("output", output);
    m.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
    m.put("catalog", catalog);
    m.put("line-rules", lineRules);
    m.put("ner", ner);
    m.put("ner-pipeline", nerPipeline == null ? "" : nerPipeline);
    m.put("ner-pipeline-column", nerPipelineColumn);
    m.put("max-doc-chars", Integer.toString(maxDocChars));
    m.put("shingle-size", Integer.toString(shingleSize));
    m.put("max-shingle-df", Integer.toString(maxShingleDf));
    m.put("min-shared-shingles", Integer.toString(minSharedShingles));
    m.put("min-pair-units", minPairUnits);
    m.put("min-passage-words", Integer.toString(minPassageWords));
    m.put("story-threshold", Double.toString(storyThreshold));
    m.put("story-window-days", Integer.toString(storyWindowDays));
    m.put("batch-id", batchId == null ? "" : batchId);
    m.put("keep-versions", Integer.toString(keepVersions));
    m.put("top", Integer.toString(top));
    return m;
  }

  /** Case-insensitive format names. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
      return InputFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** Version from the jar manifest, when packaged. */
  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"wirelens " + WirelensVersion.get()};
    }
  }
}
