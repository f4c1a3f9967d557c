package org.wirelens.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where a wirelens output keeps its data, and which of it is published.
 *
 * <pre>
 * OUTPUT/
 *   _wirelens/output.json           marks the folder as a wirelens output (wirelens writes nowhere else)
 *   _wirelens/versions/v0000000042.json   one file per published run; the highest number is current
 *   _wirelens/work/RUN_ID/          a running run's intermediate data, removed when it ends
 *   runs/RUN_ID/TABLE/              a run's tables, never changed once written
 *   batches/BATCH_ID/RUN_ID/        a stored batch (--batch-id), never changed once written
 * </pre>
 *
 * <p>A run writes its tables into a folder of its own, then publishes by creating the next version
 * file, which names the run and the batches its tables cover. That file appearing, whole, is the
 * only step that changes what readers see (see {@link #create}). A reader takes the highest
 * version: the run's tables are complete by then, and they stay as they are while it reads.
 */
public final class OutputLayout {
  public static final String META = "_wirelens";
  public static final String MARKER = META + "/output.json";
  public static final String VERSIONS = META + "/versions";
  public static final String WORK = META + "/work";
  public static final String RUNS = "runs";
  public static final String BATCHES = "batches";

  /** Run ids start with their UTC start time, so they sort in time and age can be read off. */
  private static final DateTimeFormatter RUN_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private static final Pattern RUN_ID = Pattern.compile("(\\d{8}T\\d{6}Z)-[0-9a-f]{8}");
  private static final Pattern VERSION_FILE = Pattern.compile("v(\\d{10})\\.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private OutputLayout() {}

  /** A published version: the run whose tables it shows and the batch folders they cover. */
  public record Version(
      long number, String runId, String publishedAt, Map<String, String> batches) {

    /** The folder of one of this version's tables, relative to the output. */
    public String table(String name) {
      return RUNS + "/" + runId + "/" + name;
    }
  }

  /** A new run id: start time and eight random hex digits. */
  public static String newRunId(Instant started) {
    return RUN_TIME.format(started)
        + "-"
        + String.format("%08x", new java.security.SecureRandom().nextInt());
  }

  /** The start time written into a run id, or empty for a name that is not one. */
  public static Optional<Instant> startOf(String runId) {
    Matcher m = RUN_ID.matcher(runId);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.from(RUN_TIME.parse(m.group(1))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Whether the folder is marked as a wirelens output. */
  public static boolean isOutput(FileSystem fs, Path output) throws IOException {
    return fs.exists(new Path(output, MARKER));
  }

  /** Marks a folder as a wirelens output (once; an existing marker is left alone). */
  static void mark(FileSystem fs, Path output, String wirelensVersion) throws IOException {
    Path marker = new Path(output, MARKER);
    if (fs.exists(marker)) {
      return;
    }
    ObjectNode n = JSON.createObjectNode();
    n.put("format", "wirelens output");
    n.put("layout", 2);
    n.put("created_by", "wirelens " + wirelensVersion);
    n.put("created_at", Instant.now().toString());
    n.put("readme", "tables of the current version: runs/<run_id of the highest versions/v*.json>");
    try (OutputStream o = fs.create(marker, false)) {
      o.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
    }
  }

  /** Every published version, lowest first; a version file that cannot be read is skipped. */
  public static List<Version> versions(FileSystem fs, Path output) throws IOException {
    List<Version> out = new ArrayList<>();
    for (Map.Entry<Long, Path> f : versionFiles(fs, output).entrySet()) {
      Version v = read(fs, f.getValue(), f.getKey());
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /** The version files by number (from their names), lowest first. */
  private static TreeMap<Long, Path> versionFiles(FileSystem fs, Path output) throws IOException {
    Path dir = new Path(output, VERSIONS);
    TreeMap<Long, Path> files = new TreeMap<>();
    if (fs.exists(dir)) {
      for (FileStatus s : fs.listStatus(dir)) {
        Matcher m = VERSION_FILE.matcher(s.getPath().getName());
        if (s.isFile() && m.matches()) {
          files.put(Long.parseLong(m.group(1)), s.getPath());
        }
      }
    }
    return files;
  }

  /** The current (highest) version, if any run has published. */
  public static Optional<Version> current(FileSystem fs, Path output) throws IOException {
    for (Map.Entry<Long, Path> f : versionFiles(fs, output).descendingMap().entrySet()) {
      Version v = read(fs, f.getValue(), f.getKey());
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * Publishes {@code v}: its content is written to a file readers ignore, then given the version's
   * name in one step that fails when the name is taken, so readers never see a partial file and two
   * runs cannot both publish one number. On a local disk the step is a hard link (link(2) refuses
   * an existing name; a rename would replace it); elsewhere Hadoop's rename, which refuses an
   * existing target on HDFS. On object stores (S3A) a rename is a copy and the check before it is
   * not atomic: run one job at a time per output there.
   *
   * @throws FileAlreadyExistsException when another run published that number first
   */
  static void create(FileSystem fs, Path output, Version v, String runId) throws IOException {
    ObjectNode n = JSON.createObjectNode();
    n.put("version", v.number());
    n.put("run_id", v.runId());
    n.put("published_at", v.publishedAt());
    ObjectNode batches = n.putObject("batches");
    v.batches().forEach(batches::put);
    Path target = versionFile(output, v.number());
    Path tmp = new Path(target.getParent(), "." + target.getName() + "." + runId + ".tmp");
    try (OutputStream o = fs.create(tmp, false)) {
      o.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
    }
    try {
      if ("file".equals(fs.getUri().getScheme())) {
        try {
          java.nio.file.Files.createLink(
              java.nio.file.Path.of(target.toUri()), java.nio.file.Path.of(tmp.toUri()));
        } catch (java.nio.file.FileAlreadyExistsException e) {
          throw new FileAlreadyExistsException(target.toString());
        }
      } else if (fs.exists(target) || !fs.rename(tmp, target)) {
        throw new FileAlreadyExistsException(target.toString());
      }
    } finally {
      fs.delete(tmp, false);
    }
  }

  static Path versionFile(Path output, long number) {
    return new Path(output, VERSIONS + "/" + String.format("v%010d.json", number));
  }

  /** The version in a file, or null when it cannot be read (a reader never fails on one). */
  private static Version read(FileSystem fs, Path file, long number) {
    try {
      JsonNode n;
      try (InputStream in = fs.open(file)) {
        n = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      String runId = n == null ? "" : n.path("run_id").asText();
      if (runId.isEmpty()) {
        return null;
      }
      Map<String, String> batches = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.path("batches").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        batches.put(e.getKey(), e.getValue().asText());
      }
      return new Version(number, runId, n.path("published_at").asText(), batches);
    } catch (IOException e) {
      return null;
    }
  }
}
