package org.wirelens;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input lands in rejects with its reason, and the counts reconcile. */
@Tag("e2e")
class BadInputTest extends SparkTestBase {
  private static final String BODY = "Turkish Defense Minister Hulusi Akar met Haftar in Moscow.\n";

  @TempDir Path tmp;

  private Dataset<Row> table(Path out, String name) {
    return TestOutputs.table(spark, out, name);
  }

  private Map<String, String> rejectReasons(Path out) {
    Map<String, String> m = new TreeMap<>();
    for (Row r : table(out, "rejects").collectAsList()) {
      String input = r.getString(0);
      m.put(input.substring(input.lastIndexOf('/') + 1), r.getAs("reason"));
    }
    return m;
  }

  private Row runInfo(Path out) {
    return table(out, "run_info").first();
  }

  private static void write(Path p, String s) throws IOException {
    Files.writeString(p, s, StandardCharsets.UTF_8);
  }

  @Test
  void textDirectoryWithManifest() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("corpus"));
    write(in.resolve("good.txt"), BODY);
    write(in.resolve("later.txt"), "Another text that reuses the id.\n");
    write(in.resolve("empty.txt"), "  \n");
    Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    Files.write(
        in.resolve("latin1.txt"), "Erdo\u011fan caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    write(in.resolve("big.txt"), "word ".repeat(500));
    write(in.resolve("chrome.txt"), "No Script\nPlease Wait...\n");
    write(in.resolve("orphan.txt"), BODY);
    write(
        in.resolve("manifest.csv"),
        "doc_id,file,source,published,language,translated_from\n"
            + "good,good.txt,Outlet A,2020-01-14,en,\n"
            + "good,later.txt,Outlet B,2020-01-15,en,\n"
            + "gone,missing.txt,Outlet A,2020-01-15,en,\n"
            + "empty,empty.txt,Outlet A,,,\n"
            + "image,image.txt,Outlet A,,,\n"
            + "latin1,latin1.txt,Outlet A,,,\n"
            + "big,big.txt,Outlet A,,,\n"
            + "chrome,chrome.txt,Outlet A,,,\n");
    Path out = tmp.resolve("out");
    JobRunner run =
        JobRunner.run(
            "--input", in.toString(), "--output", out.toString(), "--max-doc-chars", "2000");
    assertEquals(0, run.exitCode(), run.err());

    assertEquals(
        Map.of(
            "later.txt", "duplicate_id",
            "manifest.csv#missing.txt", "missing_file",
            "empty.txt", "empty_text",
            "image.txt", "binary",
            "latin1.txt", "invalid_utf8",
            "big.txt", "too_large",
            "chrome.txt", "empty_after_cleaning"),
        rejectReasons(out));
    Row dup = table(out, "rejects").filter(col("reason").equalTo("duplicate_id")).first();
    assertTrue(dup.<String>getAs("detail").endsWith("good.txt"), dup.toString());

    List<Row> docs = table(out, "documents").orderBy("doc_id").collectAsList();
    assertEquals(List.of("good", "orphan"), docs.stream().map(r -> r.getString(0)).toList());
    assertEquals("Outlet A", docs.get(0).getAs("source"));
    assertEquals("unknown", docs.get(1).getAs("source"));

    Row info = runInfo(out);
    assertEquals(9L, info.<Long>getAs("input_records"));
    assertEquals(2L, info.<Long>getAs("documents"));
    assertEquals(7L, info.<Long>getAs("rejects"));
    assertTrue(info.<Boolean>getAs("reconciled"));
    assertEquals(
        1L,
        info.<scala.collection.Map<String, Long>>getAs("warnings")
            .get("file_without_manifest_row")
            .get());
    assertTrue(run.out().contains("warning: 1 file without manifest row"), run.out());
    assertTrue(run.out().contains("duplicate_id"), run.out());
  }

  @Test
  void jsonLines() throws IOException {
    Path in = tmp.resolve("corpus.jsonl");
    write(
        in,
        "{\"id\": \"r1\", \"source\": \"Reuters\", \"title\": \"T\", \"text\": \""
            + BODY.trim()
            + "\"}\n"
            + "{\"id\": \"r2\", \"text\": \n"
            + "\n"
            + "{\"id\": \"r3\", \"source\": \"Reuters\", \"text\": \"\"}\n"
            + "{\"source\": \"Reuters\", \"text\": \"no id here\"}\n"
            + "[1, 2, 3]\n"
            + "{\"id\": \"r1\", \"source\": \"Reuters\", \"text\": \"later duplicate\"}\n");
    Path out = tmp.resolve("out-jsonl");
    JobRunner run = JobRunner.run("--input", in.toString(), "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Map<String, String> byOffset = rejectReasons(out);
    assertEquals(
        List.of("malformed_json", "empty_text", "missing_id", "malformed_json", "duplicate_id"),
        byOffset.entrySet().stream()
            .sorted((a, b) -> Long.compare(offset(a.getKey()), offset(b.getKey())))
            .map(Map.Entry::getValue)
            .toList());
    Row info = runInfo(out);
    assertEquals(6L, info.<Long>getAs("input_records"));
    assertEquals(1L, info.<Long>getAs("documents"));
    assertTrue(info.<Boolean>getAs("reconciled"));
    assertEquals("T", table(out, "documents").first().getAs("title"));
  }

  @Test
  void hostileJsonLinesAreEachAccountedForWithAReasonAndADetail() throws IOException {
    Path in = Files.createDirectory(tmp.resolve("hostile"));
    String ok = "{\"id\": \"ok\", \"source\": \"A\", \"text\": \"" + BODY.trim() + "\"}\n";
    StringBuilder lines = new StringBuilder(ok);
    lines.append("{\"id\": \"huge\", \"text\": \"").append("x".repeat(12_500_000)).append("\"}\n");
    lines
        .append("{\"id\": \"deep\", \"x\": ")
        .append("[".repeat(5_000))
        .append("]".repeat(5_000))
        .append(", \"text\": \"deep\"}\n");
    lines.append("{\"id\": \"cut\", \"text\": \"Haftar left Mos\n");
    lines.append("{\"id\": \"raw-control\", \"text\": \"a\u0001b\"}\n");
    lines.append("{\"id\": \"escaped-control\", \"text\": \"Akar met Haftar.\\u0007\"}\n");
    lines.append("{\"id\": \"ok\", \"source\": \"B\", \"text\": \"the same id again\"}\n");
    lines.append("{\"id\": 123, \"text\": [\"not\", \"a\", \"string\"]}\n");
    lines.append("{\"id\": {\"n\": 1}, \"text\": \"an object as id\"}\n");
    lines.append("{\"id\": 124, \"text\": \"A numeric id is an id.\"}\n");
    write(in.resolve("records.jsonl"), lines.toString());
    byte[] noise = new byte[200 * 1024];
    new java.util.Random(7).nextBytes(noise);
    Files.write(in.resolve("noise.jsonl"), noise);
    // A README beside the records is not records; a gzip cut short keeps what it had.
    write(in.resolve("notes.txt"), "{\"id\": \"not-read\", \"text\": \"a note\"}\n");
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
      for (int i = 0; i < 300; i++) {
        z.write(
            ("{\"id\": \"gz"
                    + i
                    + "\", \"text\": \"Akar met Haftar in Moscow on day "
                    + i
                    + ".\"}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = gz.toByteArray();
    Files.write(in.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length - 6));

    Path out = tmp.resolve("out-hostile");
    JobRunner run = JobRunner.run("--input", in.toString(), "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Map<String, String> byId = new TreeMap<>();
    for (Row r : table(out, "rejects").collectAsList()) {
      String detail = r.getAs("detail");
      assertTrue(detail != null && !detail.isBlank(), r.toString());
      String input = r.getAs("input");
      String key =
          r.getAs("doc_id") != null
              ? r.getAs("doc_id")
              : input.substring(input.lastIndexOf('/') + 1);
      byId.put(key + "#" + r.getAs("reason"), detail);
    }
    assertEquals(
        List.of(
            "123#wrong_type",
            "cut#malformed_json",
            "cut.jsonl.gz@X#binary",
            "deep#malformed_json",
            "noise.jsonl#binary",
            "notes.txt#malformed_json",
            "ok#duplicate_id",
            "raw-control#malformed_json",
            "records.jsonl@X#too_large",
            "records.jsonl@X#wrong_type"),
        byId.keySet().stream().map(k -> k.replaceAll("@\\d+", "@X")).sorted().toList(),
        byId.toString());
    assertTrue(byId.get("123#wrong_type").contains("'text' is an array"), byId.toString());
    List<String> docs =
        table(out, "documents").select("doc_id").orderBy("doc_id").collectAsList().stream()
            .map(r -> r.getString(0))
            .toList();
    assertEquals(
        List.of("124", "escaped-control", "ok"),
        docs.stream().filter(d -> !d.startsWith("gz")).toList());
    // The records before the cut are documents; what follows it is one reject.
    long beforeCut = docs.stream().filter(d -> d.startsWith("gz")).count();
    assertTrue(beforeCut >= 250 && beforeCut <= 300, docs.toString());
    assertTrue(
        byId.entrySet().stream()
            .anyMatch(
                e ->
                    e.getKey().startsWith("cut.jsonl.gz@")
                        && e.getValue().startsWith("the rest of the file cannot be read")),
        byId.toString());
    Row info = runInfo(out);
    assertEquals(13L + beforeCut, info.<Long>getAs("input_records"));
    assertEquals(3L + beforeCut, info.<Long>getAs("documents"));
    assertEquals(10L, info.<Long>getAs("rejects"));
    assertTrue(info.<Boolean>getAs("reconciled"));
  }

  private static long offset(String ref) {
    return Long.parseLong(ref.substring(ref.lastIndexOf('@') + 1));
  }

  @Test
  void parquetAndFolderTree() throws IOException {
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("text", DataTypes.StringType);
    Path pq = tmp.resolve("pq");
    spark
        .createDataFrame(
            List.of(
                RowFactory.create("p1", "Outlet A", BODY),
                RowFactory.create(null, "Outlet A", BODY),
                RowFactory.create("p3", "Outlet B", null)),
            schema)
        .coalesce(1)
        .write()
        .parquet(pq.toString());
    Path out = tmp.resolve("out-pq");
    JobRunner run = JobRunner.run("--input", pq.toString(), "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of("empty_text", "missing_id"),
        table(out, "rejects").select("reason").orderBy("reason").collectAsList().stream()
            .map(r -> r.getString(0))
            .toList());
    assertEquals("parquet", runInfo(out).getAs("input_format"));

    Path tree = tmp.resolve("tree");
    Files.createDirectories(tree.resolve("Outlet A"));
    Files.createDirectories(tree.resolve("Outlet B"));
    write(tree.resolve("Outlet A/one.txt"), BODY);
    write(tree.resolve("Outlet B/two.txt"), BODY);
    Path outTree = tmp.resolve("out-tree");
    run = JobRunner.run("--input", tree.toString(), "--output", outTree.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("tree", runInfo(outTree).getAs("input_format"));
    assertEquals(
        List.of("Outlet A/one Outlet A", "Outlet B/two Outlet B"),
        table(outTree, "documents").orderBy("doc_id").collectAsList().stream()
            .map(r -> r.getAs("doc_id") + " " + r.getAs("source"))
            .toList());
    // The same text in two outlets is the most complete overlap there is.
    Row pair = table(outTree, "doc_overlap").first();
    assertEquals(1.0, pair.<Double>getAs("shingle_jaccard"), 1e-12);
  }

  @Test
  void userErrorsAreOneLineWithoutStackTrace() throws IOException {
    Path missing = tmp.resolve("nope");
    assertUserError(
        JobRunner.run("--input", missing.toString(), "--output", tmp.resolve("o1").toString()),
        "wirelens: input not found: " + missing);

    Path xml = tmp.resolve("corpus.xml");
    write(xml, "<a/>");
    assertUserError(
        JobRunner.run("--input", xml.toString(), "--output", tmp.resolve("o2").toString()),
        "wirelens: unknown input format for " + xml);

    Path file = tmp.resolve("not-a-dir");
    write(file, "x");
    assertUserError(
        JobRunner.run("--input", "data/corpus/seeds", "--output", file.toString()),
        "wirelens: output is a file, not a directory: " + file);

    String seeds = "data/corpus/seeds";
    assertUserError(
        JobRunner.run(
            "--input", seeds, "--output", tmp.resolve("o3").toString(), "--shingle-size", "0"),
        "wirelens: --shingle-size must be between 1 and 50");
    assertUserError(
        JobRunner.run(
            "--input", seeds, "--output", tmp.resolve("o4").toString(), "--format", "xml"),
        "wirelens: Invalid value for option '--format'");
    // A scheduled run that lost its --input must fail, not quietly read some default corpus.
    assertUserError(
        JobRunner.run("--output", tmp.resolve("o5").toString()),
        "wirelens: Missing required option: '--input=PATH'");
  }

  private static void assertUserError(JobRunner run, String expectedStart) {
    assertEquals(2, run.exitCode(), run.err());
    String firstLine = run.err().lines().findFirst().orElse("");
    assertTrue(firstLine.startsWith(expectedStart), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertTrue(run.err().lines().count() <= 2, run.err());
  }

  @Test
  void helpListsEveryOptionWithItsDefault() {
    JobRunner run = JobRunner.run("--help");
    assertEquals(0, run.exitCode());
    for (String option :
        List.of(
            "--input",
            "--output",
            "--format",
            "--catalog",
            "--line-rules",
            "--max-doc-chars",
            "--shingle-size",
            "--max-shingle-df",
            "--min-shared-shingles",
            "--top",
            "--master")) {
      assertTrue(run.out().contains(option), option);
    }
    assertTrue(run.out().contains("(default: data/catalog"), run.out());
    assertFalse(run.out().contains("data/corpus/seeds"), run.out());
  }
}
