package org.wirelens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.JobRunner;
import org.wirelens.SparkTestBase;
import org.wirelens.TestOutputs;

/**
 * The job's quotes on the sample against a hand-checked gold file of every quotation in the five
 * articles and its speaker entity ({@code src/test/resources/gold/seeds-quotes.tsv}): a prediction
 * is right when it covers more than half of a gold quotation's characters (matched one to one, gold
 * in file order, as the Gender Gap Tracker's scorer does) and names the same speaker entity. And
 * the Lavrov quotation that Anadolu Agency and Al-Ahed News carry, matched across the two.
 */
@Tag("e2e")
class GoldQuotesTest extends SparkTestBase {
  private static final double MIN = 0.9;
  private static final double COVER = 0.5;

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

  private record Gold(String doc, int begin, int end, String entity) {}

  private record Pred(String doc, int begin, int end, String entity) {}

  private static List<Gold> gold(Map<String, String> texts) throws IOException {
    List<Gold> gold = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/gold/seeds-quotes.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      String text = texts.get(f[0]);
      int b = text.indexOf(f[3]);
      assertTrue(b >= 0, "gold span not in the text of " + f[0] + ": " + f[3]);
      gold.add(new Gold(f[0], b, b + f[3].length(), f[2].equals("-") ? null : f[2]));
    }
    return gold;
  }

  @Test
  void precisionAndRecallOfQuotationsWithTheirSpeakers() throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (Row r : table("documents").select("doc_id", "text").collectAsList()) {
      texts.put(r.getString(0).substring(0, 3), r.getString(1));
    }
    List<Gold> gold = gold(texts);
    List<Pred> preds = new ArrayList<>();
    for (Row r :
        table("quotes")
            .orderBy("doc_id", "quote_idx")
            .select("doc_id", "begin", "end", "speaker_entity_id")
            .collectAsList()) {
      preds.add(new Pred(r.getString(0).substring(0, 3), r.getInt(1), r.getInt(2), r.getString(3)));
    }
    boolean[] taken = new boolean[preds.size()];
    int spans = 0;
    int right = 0;
    for (Gold g : gold) {
      int best = -1;
      double bestCover = COVER;
      for (int i = 0; i < preds.size(); i++) {
        Pred p = preds.get(i);
        if (taken[i] || !p.doc().equals(g.doc())) {
          continue;
        }
        double cover =
            (double) Math.max(0, Math.min(g.end(), p.end()) - Math.max(g.begin(), p.begin()))
                / (g.end() - g.begin());
        if (cover > bestCover) {
          best = i;
          bestCover = cover;
        }
      }
      if (best < 0) {
        System.out.println(
            "gold quote not found: " + g + " " + texts.get(g.doc()).substring(g.begin(), g.end()));
        continue;
      }
      taken[best] = true;
      spans++;
      Pred p = preds.get(best);
      if (java.util.Objects.equals(p.entity(), g.entity())) {
        right++;
      } else {
        System.out.println("speaker " + p.entity() + " for " + g);
      }
    }
    for (int i = 0; i < preds.size(); i++) {
      if (!taken[i]) {
        Pred p = preds.get(i);
        System.out.println(
            "not in gold: " + p + " " + texts.get(p.doc()).substring(p.begin(), p.end()));
      }
    }
    double precision = (double) right / preds.size();
    double recall = (double) right / gold.size();
    System.out.printf(
        Locale.ROOT,
        "gold quotes %d, predicted %d, spans found %d, with the right speaker %d: precision %.3f"
            + " recall %.3f%n",
        gold.size(),
        preds.size(),
        spans,
        right,
        precision,
        recall);
    assertTrue(precision >= MIN, "precision " + precision);
    assertTrue(recall >= MIN, "recall " + recall);
  }

  @Test
  void lavrovsQuotationIsOneMatchOfTheSameSpeakerAcrossTwoOutlets() {
    List<Row> matches = table("quote_matches").collectAsList();
    assertEquals(1, matches.size(), matches.toString());
    Row m = matches.get(0);
    assertEquals("002_4cc0a089986172ab", m.getAs("doc_a"));
    assertEquals("004_74217fae9d44953a", m.getAs("doc_b"));
    assertEquals("Anadolu Agency", m.getAs("source_a"));
    assertEquals("Al-Ahed News", m.getAs("source_b"));
    assertEquals(17, m.<Integer>getAs("words_a"));
    assertEquals(17, m.<Integer>getAs("shared_words"));
    assertEquals("person:sergei-lavrov", m.getAs("speaker_entity_a"));
    assertEquals("person:sergei-lavrov", m.getAs("speaker_entity_b"));
    assertTrue(m.<Boolean>getAs("same_speaker"));
    // Both published 2020-01-14: the dates do not tell which was first.
    assertNull(m.getAs("first_doc"));
    // One written "Lavrov said", the other "he said"; straight and curly quotation marks.
    Row a =
        table("quotes")
            .filter("doc_id = '002_4cc0a089986172ab' AND quote_idx = " + m.getAs("quote_idx_a"))
            .first();
    Row b =
        table("quotes")
            .filter("doc_id = '004_74217fae9d44953a' AND quote_idx = " + m.getAs("quote_idx_b"))
            .first();
    assertEquals("Sergei Lavrov", a.getAs("speaker"));
    assertEquals("name", a.getAs("speaker_method"));
    assertEquals("he", b.getAs("speaker"));
    assertEquals("pronoun", b.getAs("speaker_method"));
    assertTrue(a.<String>getAs("text").startsWith("\"We will pursue"));
    assertTrue(b.<String>getAs("text").startsWith("\u201cWe will pursue"));
  }

  @Test
  void theRunSummaryListsTheMostQuotedSpeakers() {
    String summary = run.out();
    int at = summary.indexOf("Most quoted speakers");
    assertTrue(at >= 0, summary);
    String first = summary.substring(summary.indexOf('\n', at) + 1).lines().findFirst().orElse("");
    assertTrue(first.trim().startsWith("Hulusi Akar"), first);
    Row akar =
        table("quote_speakers_by_source")
            .groupBy("speaker_entity_id")
            .sum("n_quotes")
            .filter("speaker_entity_id = 'person:hulusi-akar'")
            .first();
    // Gold: four quotations in 000, four in 001, two in 002.
    assertEquals(10L, akar.getLong(1));
  }
}
