package org.wirelens.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.JobRunner;
import org.wirelens.SparkTestBase;
import org.wirelens.TestOutputs;

/**
 * The whole job, CoreNLP included, on eight short hand-written US-politics and world articles from
 * three outlets ({@code src/test/resources/news/us-politics.jsonl}): lone surnames settled by the
 * same document, by the honorific's sex and by the corpus's dominant bearer; Georgia the state
 * among states and the country among countries; nationality compounds; labels.
 */
@Tag("e2e")
class NewsEntitiesTest extends SparkTestBase {
  @TempDir static Path tmp;
  private static List<Row> mentions;

  @BeforeAll
  static void runJob() {
    Path out = tmp.resolve("out");
    JobRunner run =
        JobRunner.run(
            "--input",
            "src/test/resources/news/us-politics.jsonl",
            "--output",
            out.toString(),
            "--top",
            "0");
    assertEquals(0, run.exitCode(), run.err());
    mentions =
        TestOutputs.table(spark, out, "mentions").orderBy("doc_id", "mention_idx").collectAsList();
  }

  /** "surface=entity" for each mention of a document, in order; only those surfaces if given. */
  private static List<String> doc(String id, String... surfaces) {
    List<String> out = new ArrayList<>();
    for (Row r : mentions) {
      if (r.getAs("doc_id").equals(id)
          && (surfaces.length == 0 || List.of(surfaces).contains(r.getAs("surface")))) {
        out.add(r.getAs("surface") + "=" + r.getAs("entity_id"));
      }
    }
    return out;
  }

  private static Row mention(String doc, int nth, String surface) {
    int seen = 0;
    for (Row r : mentions) {
      if (r.getAs("doc_id").equals(doc) && r.getAs("surface").equals(surface) && seen++ == nth) {
        return r;
      }
    }
    throw new AssertionError(doc + " " + surface + " #" + nth + ": " + doc(doc));
  }

  @Test
  void loneSurnamesFindTheirPerson() {
    // The same document names both Obamas: "Mr." is the man.
    Row mr = mention("ledger-1", 0, "Obama");
    assertEquals("ent:barack-obama", mr.getAs("entity_id"));
    assertEquals("Mr.", mr.getAs("honorific"));
    // No full name in the document: the honorific's sex, else the corpus's dominant bearer.
    assertEquals(
        List.of("Obama=ent:barack-obama", "Obama=ent:barack-obama", "Obama=ent:michelle-obama"),
        doc("wire-1", "Obama"));
    assertEquals(
        List.of(
            "Clinton=ent:bill-clinton",
            "Clinton=ent:hillary-clinton",
            "Clinton=ent:hillary-clinton"),
        doc("wire-2", "Clinton"));
    assertEquals("Mrs.", mention("wire-2", 1, "Clinton").getAs("honorific"));
    for (Row r : mentions) {
      assertEquals(false, r.getAs("ambiguous"), r::toString);
    }
  }

  @Test
  void georgiaIsReadByItsNeighbours() {
    assertEquals(
        List.of(
            "Alabama=gpe:us-al", "Tennessee=gpe:us-tn", "Georgia=gpe:us-ga", "Georgia=gpe:us-ga"),
        doc("wire-3", "Alabama", "Tennessee", "Georgia"));
    assertEquals("gpe:ge", mention("post-2", 0, "Georgia").getAs("entity_id"));
  }

  @Test
  void nationalityCompoundsAreGroups() {
    assertEquals(
        "norp:african-american", mention("post-1", 0, "African American").getAs("entity_id"));
    assertEquals("NORP", mention("post-1", 0, "African American").getAs("mention_type"));
    assertEquals("norp:asian-american", mention("post-1", 0, "Asian-American").getAs("entity_id"));
  }

  @Test
  void labelsAreRolesWithinTheSentence() {
    assertEquals("President", mention("ledger-1", 0, "Barack Obama").getAs("descriptor"));
    assertEquals("former President", mention("ledger-3", 0, "Bill Clinton").getAs("descriptor"));
    assertEquals("President", mention("wire-1", 0, "Obama").getAs("descriptor"));
    assertNull(mention("wire-2", 0, "Clinton").getAs("descriptor"));
  }
}
