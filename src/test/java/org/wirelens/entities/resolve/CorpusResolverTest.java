package org.wirelens.entities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirelens.SparkTestBase;

/**
 * Corpus-wide resolution on hand-made mentions: lone names weighed by the honorific, the role, the
 * outlet and month, and the corpus; ambiguous ones kept apart; the older merges (spans ending with
 * a person, bare acronyms, lone one-word persons) as joins.
 */
class CorpusResolverTest extends SparkTestBase {
  private static final StructType SCHEMA =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("mention_idx", DataTypes.IntegerType)
          .add("source", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("surface", DataTypes.StringType)
          .add("entity_id", DataTypes.StringType)
          .add("mention_type", DataTypes.StringType)
          .add("match_kind", DataTypes.StringType)
          .add("descriptor", DataTypes.StringType)
          .add("honorific", DataTypes.StringType)
          .add("ambiguous", DataTypes.BooleanType);

  private static final List<Row> ROWS = new ArrayList<>();
  private static Map<String, Row> out;
  private static int docs;

  /** A mention in a document of its own, unless {@code doc} is given. */
  private static String add(
      String doc,
      String source,
      String month,
      String surface,
      String id,
      String type,
      String kind,
      String descriptor,
      String honorific) {
    String d = doc != null ? doc : "d" + docs++;
    String key = d + "#" + ROWS.size();
    ROWS.add(
        RowFactory.create(
            d,
            ROWS.size(),
            source,
            month + "-15",
            surface,
            id,
            type,
            kind,
            descriptor,
            honorific,
            false));
    return key;
  }

  private static String full(int times, String source, String month, String name, String role) {
    String id = "ent:" + name.toLowerCase().replace(' ', '-');
    for (int i = 0; i < times; i++) {
      add(null, source, month, name, id, "PERSON", "model", role, null);
    }
    return id;
  }

  private static String bare(String source, String month, String surface, String role, String hon) {
    return add(
        null, source, month, surface, "ent:" + surface.toLowerCase(), "PERSON", "model", role, hon);
  }

  private static String obama;
  private static String mrsObama;
  private static String clinton;
  private static String mrClinton;
  private static String hillary;
  private static String governorBush;
  private static String bush;
  private static String cruzOnFox;
  private static String cruzInMusic;
  private static String haftarLoc;
  private static String washington;
  private static String wefaq;
  private static String gnaBare;
  private static String amcBare;
  private static String sidra;

  @BeforeAll
  static void resolve() {
    full(5, "NYT", "2016-01", "Barack Obama", "President");
    full(1, "NYT", "2016-01", "Michelle Obama", "First Lady");
    obama = bare("WaPo", "2016-03", "Obama", null, null);
    mrsObama = bare("WaPo", "2016-03", "Obama", null, "Mrs.");
    full(4, "NYT", "2016-01", "Hillary Clinton", null);
    full(2, "NYT", "2016-01", "Bill Clinton", "former President");
    clinton = bare("WaPo", "2016-03", "Clinton", null, null);
    mrClinton = bare("WaPo", "2016-03", "Clinton", null, "Mr.");
    hillary = bare("WaPo", "2016-03", "Hillary", null, null);
    // Two Bushes as often: the role tells them apart, nothing else does.
    full(3, "NYT", "2016-01", "George Bush", "President");
    full(3, "NYT", "2016-01", "Jeb Bush", "Governor");
    governorBush = bare("WaPo", "2016-03", "Bush", "former Governor", null);
    bush = bare("WaPo", "2016-03", "Bush", null, null);
    // The corpus's Cruz is the singer; the outlet and month that write about the senator mean him.
    full(3, "FOX", "2016-02", "Ted Cruz", "Senator");
    full(6, "MUSIC", "2015-03", "Celia Cruz", "singer");
    cruzOnFox = bare("FOX", "2016-02", "Cruz", null, null);
    cruzInMusic = bare("MUSIC", "2015-03", "Cruz", null, null);
    // A surname the model also tagged a place joins its person when mostly read as a person.
    full(2, "AA", "2020-01", "Khalifa Haftar", null);
    add(null, "AA", "2020-01", "Haftar", "ent:haftar", "PERSON", "model", null, null);
    add(null, "AA", "2020-01", "Haftar", "ent:haftar", "PERSON", "model", null, null);
    haftarLoc = add(null, "AA", "2020-01", "Haftar", "ent:haftar", "LOC", "model", null, null);
    // A place stays a place though a person bears its name.
    full(1, "AA", "2020-01", "George Washington", null);
    washington =
        add(null, "AA", "2020-01", "Washington", "ent:washington", "LOC", "model", null, null);
    add(null, "AA", "2020-01", "Washington", "ent:washington", "LOC", "model", null, null);
    // A span the model ran into a name.
    full(2, "AA", "2020-01", "Fayez al-Sarraj", null);
    wefaq =
        add(
            null,
            "AA",
            "2020-01",
            "al-Wefaq Fayez al-Sarraj",
            "ent:al-wefaq-fayez-al-sarraj",
            "PERSON",
            "model",
            null,
            null);
    // A one-word person once in the corpus, bearer of no known name: kept as the model read it.
    sidra = add(null, "AA", "2020-01", "Adams", "ent:adams", "PERSON", "model", null, null);
    // Acronyms: GNA defined in two documents and used bare in two; AMC defined once, bare twice.
    add(
        "g1",
        "AA",
        "2020-01",
        "GNA",
        "ent:government-of-national-accord",
        "ORG",
        "acronym",
        null,
        null);
    add(
        "g2",
        "AA",
        "2020-01",
        "GNA",
        "ent:government-of-national-accord",
        "ORG",
        "acronym",
        null,
        null);
    gnaBare = add("g3", "AA", "2020-01", "GNA", "ent:gna", "ORG", "model", null, null);
    add("g4", "AA", "2020-01", "GNA", "ent:gna", "ORG", "model", null, null);
    add("a1", "R", "1987-03", "AMC", "ent:amalgamated-metal", "ORG", "acronym", null, null);
    amcBare = add("a2", "R", "1987-03", "AMC", "ent:amc", "ORG", "model", null, null);
    add("a3", "R", "1987-03", "AMC", "ent:amc", "ORG", "model", null, null);

    out = new HashMap<>();
    for (Row r :
        CorpusResolver.apply(spark.createDataFrame(ROWS, SCHEMA)).mentions().collectAsList()) {
      out.put(r.getAs("doc_id") + "#" + r.getAs("mention_idx"), r);
    }
  }

  private static String id(String key) {
    return out.get(key).getAs("entity_id");
  }

  private static boolean ambiguous(String key) {
    return out.get(key).getAs("ambiguous");
  }

  @Test
  void theDominantBearerTakesALoneSurname() {
    assertEquals("ent:barack-obama", id(obama));
    assertEquals("surname", out.get(obama).getAs("match_kind"));
    assertEquals("PERSON", out.get(obama).getAs("mention_type"));
    assertEquals("ent:hillary-clinton", id(clinton)); // 4 of 6 full-name mentions
  }

  @Test
  void theHonorificRulesOutTheOtherSex() {
    assertEquals("ent:michelle-obama", id(mrsObama));
    assertEquals("ent:bill-clinton", id(mrClinton));
  }

  @Test
  void aLoneFirstNameJoinsItsPerson() {
    assertEquals("ent:hillary-clinton", id(hillary));
    assertEquals("first_name", out.get(hillary).getAs("match_kind"));
  }

  @Test
  void theRoleTellsBearersApartAndWithoutEvidenceTheNameStaysApart() {
    assertEquals("ent:jeb-bush", id(governorBush));
    assertEquals("ent:bush", id(bush));
    assertTrue(ambiguous(bush));
    assertFalse(ambiguous(governorBush));
  }

  @Test
  void theOutletAndMonthOutweighTheCorpus() {
    assertEquals("ent:ted-cruz", id(cruzOnFox));
    assertEquals("ent:celia-cruz", id(cruzInMusic));
  }

  @Test
  void aNameMostlyReadAsAPersonJoinsWhateverItsTagAndAPlaceStaysAPlace() {
    assertEquals("ent:khalifa-haftar", id(haftarLoc));
    assertEquals("PERSON", out.get(haftarLoc).getAs("mention_type"));
    assertEquals("ent:washington", id(washington));
    assertFalse(ambiguous(washington));
  }

  @Test
  void spansEndingWithAPersonAcronymsAndLoneOnesKept() {
    assertEquals("ent:fayez-al-sarraj", id(wefaq));
    assertEquals("ent:government-of-national-accord", id(gnaBare));
    assertEquals("ent:amc", id(amcBare));
    assertEquals("ent:adams", id(sidra));
    assertFalse(ambiguous(sidra));
    assertNull(out.get(obama).getAs("honorific"));
    assertEquals(ROWS.size(), out.size());
  }
}
