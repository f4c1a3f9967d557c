package org.wirelens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.JobRunner;
import org.wirelens.SparkTestBase;
import org.wirelens.TestOutputs;
import org.wirelens.tables.Cols;
import org.wirelens.tables.DocumentsTable;

/**
 * documents.language, language_source and detected_language through the whole job: the input's
 * language wins, the detector fills the rest, a disagreement is counted, and the summary gives the
 * languages per outlet.
 */
@Tag("e2e")
class LanguageColumnsTest extends SparkTestBase {
  private static final String DE =
      "Die Außenminister trafen sich am Dienstag in Berlin und vereinbarten, die Gespräche im"
          + " nächsten Monat fortzusetzen. Die Waffenruhe halte in den meisten Regionen.";
  private static final String FR =
      "Les ministres se sont réunis mardi à Paris et ont convenu de reprendre les négociations le"
          + " mois prochain. Le cessez-le-feu tient dans la plupart des régions.";
  private static final String EN =
      "The ministers met in London on Tuesday and agreed to resume the talks next month. Officials"
          + " said the ceasefire was holding in most regions.";
  private static final String TR =
      "Bakanlar salı günü Ankara'da bir araya gelerek müzakerelere gelecek ay yeniden başlama"
          + " konusunda anlaştı. Yetkililer ateşkesin çoğu bölgede sürdüğünü söyledi.";

  @TempDir Path tmp;

  @Test
  void theInputWinsTheDetectorFillsTheRestAndDisagreementsAreCounted() throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    // id, source, language given (null: none), text
    String[][] docs = {
      {"d1", "Berliner Blatt", null, DE},
      {"d2", "Berliner Blatt", "fr", FR},
      {"d3", "Wire", "de", EN},
      {"d4", "Wire", null, "Talks resume."},
      {"d5", "Wire", "ENG", EN + " More talks are planned."},
      {"d6", "Doğu Haber", " ", TR},
    };
    for (String[] d : docs) {
      ObjectNode o = json.createObjectNode().put("id", d[0]).put("source", d[1]).put("text", d[3]);
      if (d[2] != null) {
        o.put("language", d[2]);
      }
      lines.append(json.writeValueAsString(o)).append('\n');
    }
    Path in = tmp.resolve("langs.jsonl");
    Files.writeString(in, lines, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    JobRunner run =
        JobRunner.run("--input", in.toString(), "--output", out.toString(), "--ner", "none");
    assertEquals(0, run.exitCode(), run.err());

    Map<String, Row> byId = new HashMap<>();
    for (Row r : TestOutputs.table(spark, out, "documents").collectAsList()) {
      byId.put(r.getAs("doc_id"), r);
    }
    // language, language_source, detected_language
    expect(byId.get("d1"), "de", "detected", "de");
    expect(byId.get("d2"), "fr", "input", "fr");
    expect(byId.get("d3"), "de", "input", "en");
    expect(byId.get("d4"), null, null, null);
    expect(byId.get("d5"), "ENG", "input", "en");
    // A blank value is no language.
    expect(byId.get("d6"), "tr", "detected", "tr");

    Row info = TestOutputs.table(spark, out, "run_info").first();
    assertEquals(
        1L,
        info.<scala.collection.Map<String, Long>>getAs("warnings")
            .get("language_disagreement")
            .get(),
        "d3 only: ENG is en");
    String summary = run.out();
    assertTrue(summary.contains("warning: 1 language disagreement"), summary);
    assertTrue(
        summary.contains(
            "languages (documents, detected): de 2 (1), ENG 1 (0), fr 1 (0), tr 1 (1), none 1 (0)"),
        summary);
    assertTrue(summary.matches("(?s).*\\n  Wire +3: ENG 1, de 1, none 1\\n.*"), summary);
    assertTrue(summary.matches("(?s).*\\n  Berliner Blatt +2: de 1, fr 1\\n.*"), summary);
    assertTrue(summary.matches("(?s).*\\n  Doğu Haber +1: tr 1\\n.*"), summary);
  }

  @Test
  void batchesStoredBeforeTheDetectorKeepTheInputsLanguageAndDetectNothing() {
    // An NLP row as a job before the detector stored it: no detected_language column.
    StructType old =
        new StructType()
            .add(Cols.DOC_ID, DataTypes.StringType)
            .add(Cols.SOURCE, DataTypes.StringType)
            .add(Cols.TITLE, DataTypes.StringType)
            .add(DocumentsTable.PUBLISHED, DataTypes.StringType)
            .add(DocumentsTable.LANGUAGE, DataTypes.StringType)
            .add(DocumentsTable.TRANSLATED_FROM, DataTypes.StringType)
            .add(DocumentsTable.URL, DataTypes.StringType)
            .add(Cols.INPUT, DataTypes.StringType)
            .add(Cols.TEXT, DataTypes.StringType)
            .add(DocumentsTable.N_REMOVED_LINES, DataTypes.IntegerType)
            .add(NlpStage.SENTENCES, DataTypes.createArrayType(NlpStage.SENTENCE_STRUCT))
            .add(NlpStage.TOKENS, DataTypes.createArrayType(NlpStage.TOKEN_STRUCT))
            .add(Cols.BATCH_ID, DataTypes.StringType);
    List<Row> rows =
        List.of(
            RowFactory.create(
                "a", "S", null, null, "de", null, null, "in", DE, 0, List.of(), List.of(), "b1"),
            RowFactory.create(
                "b", "S", null, null, null, null, null, "in", EN, 0, List.of(), List.of(), "b1"));
    Map<String, Row> byId = new HashMap<>();
    for (Row r : DocumentTables.documents(spark.createDataFrame(rows, old)).collectAsList()) {
      byId.put(r.getAs(Cols.DOC_ID), r);
    }
    expect(byId.get("a"), "de", "input", null);
    expect(byId.get("b"), null, null, null);
  }

  private static void expect(Row r, String language, String source, String detected) {
    String id = r.getAs("doc_id");
    if (language == null) {
      assertNull(r.getAs("language"), id);
    } else {
      assertEquals(language, r.getAs("language"), id);
    }
    assertEquals(source, r.getAs("language_source"), id);
    assertEquals(detected, r.getAs("detected_language"), id);
  }
}
