package org.wirelens.entities;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.JobRunner;
import org.wirelens.SparkTestBase;
import org.wirelens.TestOutputs;
import org.wirelens.text.TextFold;

/**
 * Precision and recall of resolved persons and places on the sample against a hand-checked gold
 * file, with the shipped catalogs and with the general catalog alone (so CoreNLP and the resolution
 * rules must find the story's people and places themselves).
 */
@Tag("e2e")
class GoldEntitiesTest extends SparkTestBase {
  private static final double MIN = 0.9;

  @TempDir Path tmp;

  private record Gold(Map<String, String[]> aliases, Set<String> pairs) {}

  private static Gold gold() throws IOException {
    Map<String, String[]> aliases = new HashMap<>();
    Set<String> pairs = new HashSet<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/gold/seeds-entities.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      for (String a : f[2].split("\\|")) {
        aliases.put(TextFold.matchKey(a), new String[] {f[0], f[1]});
      }
      for (String doc : f[3].split(" ")) {
        pairs.add(f[0] + "|" + f[1] + "|" + doc);
      }
    }
    return new Gold(aliases, pairs);
  }

  /** Per class: {precision, recall}. */
  private static Map<String, double[]> score(Path out, Gold gold) {
    List<Row> rows =
        TestOutputs.table(spark, out, "mentions")
            .join(TestOutputs.table(spark, out, "entities"), "entity_id")
            .select(col("doc_id"), col("entity_id"), col("type"), col("surface_forms"))
            .distinct()
            .collectAsList();
    Set<String> predicted = new HashSet<>();
    for (Row r : rows) {
      String type = r.getString(2);
      String cls =
          type.equals("PERSON") ? "PERSON" : Set.of("GPE", "LOC").contains(type) ? "PLACE" : null;
      if (cls == null) {
        continue;
      }
      String name = r.getString(1);
      for (String surface : r.<String>getList(3)) {
        String[] g = gold.aliases().get(TextFold.matchKey(surface));
        if (g != null && g[0].equals(cls)) {
          name = g[1];
          break;
        }
      }
      predicted.add(cls + "|" + name + "|" + r.getString(0).substring(0, 3));
    }
    Map<String, double[]> scores = new HashMap<>();
    for (String cls : List.of("PERSON", "PLACE")) {
      long p = predicted.stream().filter(x -> x.startsWith(cls + "|")).count();
      long g = gold.pairs().stream().filter(x -> x.startsWith(cls + "|")).count();
      long tp =
          predicted.stream()
              .filter(x -> x.startsWith(cls + "|") && gold.pairs().contains(x))
              .count();
      scores.put(cls, new double[] {(double) tp / p, (double) tp / g});
    }
    return scores;
  }

  private static void check(String config, Map<String, double[]> scores) {
    for (Map.Entry<String, double[]> e : scores.entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "gold %s %s precision %.3f recall %.3f%n",
          config,
          e.getKey(),
          e.getValue()[0],
          e.getValue()[1]);
      assertTrue(
          e.getValue()[0] >= MIN, config + " " + e.getKey() + " precision " + e.getValue()[0]);
      assertTrue(e.getValue()[1] >= MIN, config + " " + e.getKey() + " recall " + e.getValue()[1]);
    }
  }

  @Test
  void shippedCatalogsWithCoreNlp() throws IOException {
    Path out = tmp.resolve("out");
    JobRunner run =
        JobRunner.run("--input", "data/corpus/seeds", "--output", out.toString(), "--top", "0");
    assertEquals(0, run.exitCode(), run.err());
    check("shipped-catalogs+corenlp", score(out, gold()));
  }

  @Test
  void generalCatalogAloneWithCoreNlp() throws IOException {
    Path catalog = Files.createDirectories(tmp.resolve("catalog"));
    Files.copy(Path.of("data/catalog/general.csv"), catalog.resolve("general.csv"));
    Path out = tmp.resolve("out-general");
    JobRunner run =
        JobRunner.run(
            "--input",
            "data/corpus/seeds",
            "--output",
            out.toString(),
            "--catalog",
            catalog.toString(),
            "--top",
            "0");
    assertEquals(0, run.exitCode(), run.err());
    check("general-catalog+corenlp", score(out, gold()));
    // Resolution across outlets without the story catalog: one entity each.
    Map<String, Long> docsByName = new HashMap<>();
    for (Row r :
        TestOutputs.table(spark, out, "entities").select("name", "n_docs").collectAsList()) {
      docsByName.put(r.getString(0), r.getLong(1));
    }
    assertEquals(5L, docsByName.get("Khalifa Haftar"));
    assertEquals(5L, docsByName.get("Fayez al-Sarraj"));
    assertEquals(2L, docsByName.get("Khaled al-Mashri"));
    // "Government of National Accord (GNA)": the acronym its articles define joins the long form.
    Row gna =
        TestOutputs.table(spark, out, "entities")
            .filter("entity_id = 'ent:government-of-national-accord'")
            .first();
    List<String> forms = gna.getList(gna.fieldIndex("surface_forms"));
    assertTrue(forms.containsAll(List.of("GNA", "Government of National Accord")), forms::toString);
    assertTrue(gna.<Long>getAs("n_docs") >= 2L, gna::toString);
    assertEquals(
        0L, TestOutputs.table(spark, out, "entities").filter("entity_id = 'ent:gna'").count());
  }

  @Test
  void aSavedSparkNlpPipelineIsLoadedAsARecogniser() throws IOException {
    // A small pipeline the test builds and saves itself: a TextMatcher labelling "Facebook" ORG.
    Path phrases = Files.writeString(tmp.resolve("orgs.txt"), "Facebook\n");
    DocumentAssembler assembler = new DocumentAssembler();
    assembler.setInputCol("text");
    assembler.setOutputCol("document");
    Tokenizer tokenizer = new Tokenizer();
    tokenizer.setInputCols(new String[] {"document"});
    tokenizer.setOutputCol("token");
    TextMatcher matcher = new TextMatcher();
    matcher.setInputCols(new String[] {"document", "token"});
    matcher.setOutputCol("ner_chunk");
    matcher.setEntityValue("ORG");
    matcher.setEntities(
        phrases.toString(),
        ReadAs.TEXT(),
        new scala.collection.immutable.HashMap<String, String>().updated("format", "text"));
    Pipeline pipeline = new Pipeline();
    pipeline.setStages(new PipelineStage[] {assembler, tokenizer, matcher});
    Path saved = tmp.resolve("ner-pipeline");
    pipeline
        .fit(
            spark.createDataFrame(
                List.<Row>of(), new StructType().add("text", DataTypes.StringType)))
        .save(saved.toString());

    Path out = tmp.resolve("out-pipeline");
    JobRunner run =
        JobRunner.run(
            "--input",
            "data/corpus/seeds",
            "--output",
            out.toString(),
            "--ner",
            "none",
            "--ner-pipeline",
            saved.toString(),
            "--top",
            "0");
    assertEquals(0, run.exitCode(), run.err());
    List<Row> byPipeline =
        TestOutputs.table(spark, out, "mentions")
            .filter(col("recognizer").equalTo("spark-nlp-pipeline"))
            .collectAsList();
    assertEquals(1, byPipeline.size(), run.out());
    Row facebook = byPipeline.get(0);
    assertEquals("Facebook", facebook.getAs("surface"));
    assertEquals("ORG", facebook.getAs("mention_type"));
    assertEquals("ent:facebook", facebook.getAs("entity_id"));
  }
}
