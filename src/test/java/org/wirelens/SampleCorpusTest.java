package org.wirelens;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.tables.TableDef;
import org.wirelens.tables.Tables;
import org.wirelens.text.TextFold;

/** The job end to end on the sample corpus: facts of the real output. */
@Tag("e2e")
class SampleCorpusTest extends SparkTestBase {
  private static final String HAFTAR = "person:khalifa-haftar";
  private static final String SARRAJ = "person:fayez-al-sarraj";
  private static final String D002 = "002_4cc0a089986172ab";
  private static final String D004 = "004_74217fae9d44953a";

  @TempDir static Path tmp;
  private static Path out;
  private static JobRunner run;

  @BeforeAll
  static void runJob() {
    out = tmp.resolve("out");
    run = JobRunner.run("--input", "data/corpus/seeds", "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  private static Dataset<Row> table(String name) {
    return TestOutputs.table(spark, out, name);
  }

  private static Set<String> strings(Dataset<Row> df) {
    return df.collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
  }

  @Test
  void everyTableIsPublishedAndReconciled() {
    for (TableDef t : Tables.ALL) {
      assertTrue(TestOutputs.tablePath(spark, out, t.name()).toFile().isDirectory(), t.name());
    }
    Row info = table("run_info").first();
    assertEquals(1L, info.<Long>getAs("output_version"));
    assertEquals(TestOutputs.current(spark, out).runId(), info.getAs("run_id"));
    assertEquals(5L, info.<Long>getAs("input_records"));
    assertEquals(5L, info.<Long>getAs("documents"));
    assertEquals(0L, info.<Long>getAs("rejects"));
    assertTrue(info.<Boolean>getAs("reconciled"));
    assertEquals("text", info.getAs("input_format"));
    assertTrue(run.out().contains("input records 5 = documents 5 + rejects 0 (reconciled)"));
  }

  @Test
  void theManifestsLanguageIsKeptAndTheDetectorAgreesWithIt() {
    // The manifest says en for all five; the detector reads English in each: no disagreement.
    for (Row r : table("documents").collectAsList()) {
      assertEquals("en", r.getAs("language"), r.<String>getAs("doc_id"));
      assertEquals("input", r.getAs("language_source"));
      assertEquals("en", r.getAs("detected_language"), r.<String>getAs("doc_id"));
    }
    Row info = table("run_info").first();
    assertEquals(
        0L,
        info.<scala.collection.Map<String, Long>>getAs("warnings")
            .get("language_disagreement")
            .get());
    assertFalse(run.out().contains("language disagreement"), run.out());
    assertTrue(run.out().contains("languages (documents, detected): en 5 (0)"), run.out());
    assertTrue(run.out().contains("Languages by outlet"), run.out());
  }

  @Test
  void haftarAndSarrajAreEachOneEntityInAllFiveDocuments() {
    Dataset<Row> e = table("entities");
    for (String id : List.of(HAFTAR, SARRAJ)) {
      Row r = e.filter(col("entity_id").equalTo(id)).first();
      assertEquals(5L, r.<Long>getAs("n_docs"), id);
      assertEquals(4L, r.<Long>getAs("n_sources"), id);
    }
    Set<String> sarrajForms =
        new TreeSet<>(e.filter(col("entity_id").equalTo(SARRAJ)).first().getList(6));
    assertTrue(sarrajForms.containsAll(List.of("Fayez al-Sarraj", "Sarraj", "Al-Sarraj")));
  }

  @Test
  void spellingVariantsResolveToOneEntity() {
    Dataset<Row> m = table("mentions");
    Map<String, String> idBySurface =
        m.select("surface", "entity_id").distinct().collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
    assertEquals("person:mevlut-cavusoglu", idBySurface.get("Çavuşoğlu"));
    assertEquals("person:mevlut-cavusoglu", idBySurface.get("Mevlut Cavusoglu"));
    assertEquals("person:khaled-al-mashri", idBySurface.get("Khaled al-Mashri"));
    assertEquals("person:khaled-al-mashri", idBySurface.get("Khalid al-Mashri"));
    assertEquals("person:khaled-al-mashri", idBySurface.get("Khaled Al-Mashri"));
    assertEquals("org:gna", idBySurface.get("Government of National Accord"));
    assertEquals("org:gna", idBySurface.get("reconciliation government"));
    assertEquals("org:gna", idBySurface.get("Al-Wefaq government"));
    assertEquals("person:recep-tayyip-erdogan", idBySurface.get("Recep Tayyip Erdoğan"));
    assertEquals("person:recep-tayyip-erdogan", idBySurface.get("Recep Tayyip Erdogan"));
  }

  @Test
  void emiratiIsANorpMentionOfTheUae() {
    Row r = table("mentions").filter(col("surface").equalTo("Emirati")).first();
    assertEquals("gpe:ae", r.getAs("entity_id"));
    assertEquals("NORP", r.getAs("mention_type"));
    assertEquals("demonym", r.getAs("match_kind"));
  }

  @Test
  void akarAfterHulusiAkarIsASurnameMention() {
    Dataset<Row> akar =
        table("mentions")
            .filter(
                col("doc_id").equalTo("000_c867abf7aeeec7b5").and(col("surface").equalTo("Akar")));
    assertEquals(1, akar.count());
    assertEquals("person:hulusi-akar", akar.first().getAs("entity_id"));
    assertEquals("surname", akar.first().getAs("match_kind"));
  }

  @Test
  void titlesAreKeptAsDescriptors() {
    Set<String> akar =
        strings(
            table("mentions")
                .filter(
                    col("entity_id")
                        .equalTo("person:hulusi-akar")
                        .and(col("descriptor").isNotNull()))
                .select("descriptor"));
    assertTrue(akar.contains("Turkish Defense Minister"), akar.toString());
    Set<String> haftar =
        strings(
            table("mentions")
                .filter(col("entity_id").equalTo(HAFTAR).and(col("descriptor").isNotNull()))
                .select("descriptor"));
    assertTrue(
        haftar.containsAll(
            List.of("retired Libyan Major General", "renegade commander", "Field Marshal")),
        haftar.toString());
  }

  @Test
  void acronymsDoNotMatchLowerCaseWords() {
    assertEquals(0, table("mentions").filter(col("entity_id").equalTo("org:who")).count());
  }

  @Test
  void mentionAndTokenOffsetsIndexTheStoredText() {
    List<Row> rows =
        table("tokens")
            .join(table("documents"), "doc_id")
            .select("text", "begin", "end", "token", "normalized")
            .collectAsList();
    int checked = 0;
    for (Row r : rows) {
      String text = r.getString(0);
      assertEquals(r.getString(3), text.substring(r.getInt(1), r.getInt(2)));
      String normalized = r.getString(4);
      if (normalized != null) {
        String expected =
            TextFold.foldSameLength(r.getString(3))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
        assertEquals(expected, normalized);
        checked++;
      }
    }
    assertTrue(checked > 2500, "normalised tokens checked: " + checked);
    for (Row r :
        table("mentions")
            .join(table("documents"), "doc_id")
            .select("text", "begin", "end", "surface")
            .collectAsList()) {
      assertEquals(r.getString(3), r.getString(0).substring(r.getInt(1), r.getInt(2)));
    }
  }

  @Test
  void everyChromeLineIsAuditedInRemovedLines() {
    Set<String> removed = strings(table("removed_lines").select("text"));
    for (String line :
        List.of(
            "No Script",
            "Please Wait...",
            "Jihad Sermon 27",
            "folder_openLibya access_time 6 days ago",
            "starAdd to favorites",
            "2 min",
            "|AA Photo",
            "6122656959001 a43c2501-b173-419c-af06-7871185d6198"
                + " 8153a6a1-43ba-4f67-a185-6a3b239688de",
            "video")) {
      assertTrue(removed.contains(line), "not in removed_lines: " + line);
    }
    String title =
        table("documents")
            .filter(col("doc_id").equalTo("001_7b2e5ac7add1690d"))
            .first()
            .getAs("title");
    assertEquals("'Too early' to say Libya ceasefire collapsed: Turkey", title);
    String text004 = table("documents").filter(col("doc_id").equalTo(D004)).first().getAs("text");
    assertTrue(text004.startsWith("By Staff, Agencies"), text004.substring(0, 40));
  }

  @Test
  void anadoluAndAlAhedAreTheMostOverlappingPair() {
    Row top = table("doc_overlap").orderBy(col("shingle_jaccard").desc()).first();
    assertEquals(D002, top.getAs("doc_a"));
    assertEquals(D004, top.getAs("doc_b"));
    // The 17-word Lavrov quote (straight quotes in 002, curly in 004) gives 13 shared 5-grams.
    assertTrue(top.<Integer>getAs("shared_shingles") >= 13, top.toString());
    Row source = table("source_overlap").orderBy(col("max_shingle_jaccard").desc()).first();
    assertEquals("Al-Ahed News", source.getAs("source_a"));
    assertEquals("Anadolu Agency", source.getAs("source_b"));
  }

  @Test
  void haftarAndSarrajShareEveryDocument() {
    Row r =
        table("cooccurrence")
            .filter(
                col("scope")
                    .equalTo("document")
                    .and(col("entity_a").equalTo(SARRAJ))
                    .and(col("entity_b").equalTo(HAFTAR)))
            .first();
    assertEquals(5L, r.<Long>getAs("n_units"));
    assertEquals(1.0, r.<Double>getAs("npmi"), 1e-12);
  }

  @Test
  void theAugustTripoliVisitIsItsOwnStoryAndTheJanuaryMoscowTalksOne() {
    java.util.Map<String, String> story = new java.util.HashMap<>();
    for (Row r : table("story_members").collectAsList()) {
      story.put(r.getAs("doc_id"), r.getAs("story_id"));
    }
    assertEquals(5, story.size(), "every document in exactly one story");
    String moscow = story.get(D002);
    assertEquals(moscow, story.get(D004), "the two articles quoting Lavrov share one story");
    assertEquals(moscow, story.get("000_c867abf7aeeec7b5"));
    assertEquals(moscow, story.get("001_7b2e5ac7add1690d"));
    assertTrue(!moscow.equals(story.get("003_3a28729955fca061")), "August is another story");
    Row s = table("stories").filter(col("story_id").equalTo(moscow)).first();
    assertEquals(4L, s.<Long>getAs("n_docs"));
    assertEquals("2020-01-14", s.getAs("first_published"));
    assertEquals("2020-01-15", s.getAs("last_published"));
    // Anadolu and Al-Ahed both published on the 14th: no single first outlet.
    assertTrue(s.isNullAt(s.fieldIndex("first_source")), s.toString());
    assertTrue(run.out().contains("Largest stories"), run.out());
  }

  @Test
  void storySourcesCompareTheOutletsOfOneStory() {
    String moscow =
        table("story_members").filter(col("doc_id").equalTo(D002)).first().getAs("story_id");
    java.util.Map<String, Row> bySource = new java.util.HashMap<>();
    for (Row r : table("story_sources").filter(col("story_id").equalTo(moscow)).collectAsList()) {
      bySource.put(r.getAs("source"), r);
    }
    assertEquals(Set.of("Anadolu Agency", "Al-Ahed News", "Al Jazeera", "AFP"), bySource.keySet());
    assertEquals(0.0, bySource.get("Anadolu Agency").<Double>getAs("lag_hours"), 1e-9);
    assertEquals(24.0, bySource.get("AFP").<Double>getAs("lag_hours"), 1e-9);
    assertEquals(0.25, bySource.get("AFP").<Double>getAs("share"), 1e-9);
    // The Lavrov quote Anadolu and Al-Ahed share (same day: order unknown) is reuse each way.
    Row ahed = bySource.get("Al-Ahed News");
    assertTrue(ahed.<Long>getAs("reused_words") >= 12, ahed.toString());
    List<Row> from = ahed.getList(ahed.fieldIndex("reused_from"));
    assertEquals("Anadolu Agency", from.get(0).getAs("source"));
    // Each outlet quoted someone, and the stressed entities are those it mentions most
    // against the others: positive z, each with this outlet's mentions.
    for (Row r : bySource.values()) {
      assertTrue(r.<Long>getAs("n_quotes") > 0, r.toString());
      List<Row> stressed = r.getList(r.fieldIndex("stressed_entities"));
      assertTrue(!stressed.isEmpty(), r.toString());
      double last = Double.MAX_VALUE;
      for (Row e : stressed) {
        assertTrue(e.<Double>getAs("z") > 0 && e.<Double>getAs("z") <= last, stressed.toString());
        last = e.getAs("z");
      }
    }
    Row overlap =
        table("story_source_overlap")
            .filter(col("story_id").equalTo(moscow).and(col("source_a").equalTo("Al-Ahed News")))
            .filter(col("source_b").equalTo("Anadolu Agency"))
            .first();
    assertEquals(1L, overlap.<Long>getAs("doc_pairs"));
    assertEquals(
        table("reuse_passages")
            .filter(col("doc_a").equalTo(D002).and(col("doc_b").equalTo(D004)))
            .count(),
        overlap.<Long>getAs("passages"));
  }

  @Test
  void storyCooccurrenceSumsToTheCorpusSentenceCounts() {
    Dataset<Row> perStory =
        table("story_cooccurrence")
            .groupBy("entity_a", "entity_b")
            .agg(org.apache.spark.sql.functions.sum("n_sentences").as("n"));
    Dataset<Row> corpus =
        table("cooccurrence")
            .filter(col("scope").equalTo("sentence"))
            .select("entity_a", "entity_b", "n_units");
    assertTrue(corpus.count() > 100);
    assertEquals(corpus.count(), perStory.count());
    assertEquals(
        0L,
        perStory
            .join(corpus, new String[] {"entity_a", "entity_b"}, "full_outer")
            .filter("n is null or n_units is null or n != n_units")
            .count());
  }

  @Test
  void sameRowsWhateverThePartitioning() {
    Path again = tmp.resolve("again");
    String before = spark.conf().get("spark.sql.shuffle.partitions");
    spark.conf().set("spark.sql.shuffle.partitions", "7");
    try {
      JobRunner second =
          JobRunner.run("--input", "data/corpus/seeds", "--output", again.toString(), "--top", "0");
      assertEquals(0, second.exitCode(), second.err());
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", before);
    }
    for (TableDef t : Tables.ALL) {
      if (t.name().equals("run_info")) {
        continue;
      }
      assertEquals(sortedRows(out, t), sortedRows(again, t), t.name());
    }
  }

  private static List<String> sortedRows(Path dir, TableDef t) {
    return TestOutputs.table(spark, dir, t.name()).collectAsList().stream()
        .map(Row::toString)
        .sorted()
        .toList();
  }
}
