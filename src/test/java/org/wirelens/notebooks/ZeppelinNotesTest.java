package org.wirelens.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.JobRunner;
import org.wirelens.SparkTestBase;
import org.wirelens.tables.TableDef;
import org.wirelens.tables.Tables;

/**
 * Every %spark.sql paragraph of the Zeppelin notes in notebooks/ runs through Spark SQL against a
 * fresh output of the sample corpus, with the tables registered as the notes' first paragraph
 * registers them (a view per table, named as the table).
 */
class ZeppelinNotesTest extends SparkTestBase {
  @TempDir static Path tmp;

  private static final String SQL = "%spark.sql";

  @BeforeAll
  static void runJobAndRegisterTables() {
    Path out = tmp.resolve("out");
    JobRunner run =
        JobRunner.run("--input", "data/corpus/seeds", "--output", out.toString(), "--top", "0");
    assertEquals(0, run.exitCode(), run.err());
    // As the note's %spark paragraph finds the current run: the highest version file names it.
    String runId =
        spark
            .read()
            .option("multiLine", "true")
            .json(out.resolve("_wirelens/versions").toString())
            .orderBy(org.apache.spark.sql.functions.desc("version"))
            .first()
            .getAs("run_id");
    assertEquals(org.wirelens.TestOutputs.current(spark, out).runId(), runId);
    for (TableDef t : Tables.ALL) {
      spark
          .read()
          .parquet(out.resolve("runs").resolve(runId).resolve(t.name()).toString())
          .createOrReplaceTempView(t.name());
    }
  }

  private static List<Path> notes() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
      return files.filter(f -> f.toString().endsWith(".zpln")).sorted().toList();
    }
  }

  @Test
  void everySqlParagraphRunsAndTheNotesCoverEveryTable() throws IOException {
    List<Path> notes = notes();
    assertFalse(notes.isEmpty(), "no .zpln notes in notebooks/");
    Set<String> queried = new TreeSet<>();
    List<String> empty = new ArrayList<>();
    int paragraphs = 0;
    for (Path note : notes) {
      JsonNode root = new ObjectMapper().readTree(note.toFile());
      String setup = null;
      for (JsonNode p : root.get("paragraphs")) {
        String text = p.get("text").asText();
        String title = note.getFileName() + " / " + p.path("title").asText();
        if (text.startsWith("%spark\n")) {
          setup = text;
          continue;
        }
        if (!text.startsWith(SQL)) {
          continue;
        }
        String query = text.substring(SQL.length()).strip();
        List<Row> rows = spark.sql(query).collectAsList();
        paragraphs++;
        if (rows.isEmpty()) {
          empty.add(title);
        }
        for (TableDef t : Tables.ALL) {
          if (query.matches("(?s).*\\b(FROM|JOIN)\\s+" + t.name() + "\\b.*")) {
            queried.add(t.name());
          }
        }
      }
      // The note's first paragraph registers every table of the output under its name.
      assertTrue(setup != null, note + " has no %spark paragraph opening the output");
      for (TableDef t : Tables.ALL) {
        assertTrue(setup.contains("\"" + t.name() + "\""), note + " does not register " + t);
      }
    }
    Set<String> all = new TreeSet<>();
    Tables.ALL.forEach(t -> all.add(t.name()));
    assertEquals(all, queried, "tables no paragraph queries");
    assertTrue(paragraphs >= all.size(), "only " + paragraphs + " SQL paragraphs");
    // The sample has no rejects; every other paragraph shows rows on it.
    assertEquals(List.of("wirelens-explore.zpln / Rejected records"), empty);
  }
}
