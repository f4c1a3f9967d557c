package org.wirelens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirelens.SparkRows;
import org.wirelens.SparkTestBase;
import org.wirelens.nlp.NlpStage;
import org.wirelens.tables.MentionsTable;
import org.wirelens.tables.QuoteMatchesTable;
import org.wirelens.tables.QuoteSpeakersBySourceTable;
import org.wirelens.tables.QuotesTable;

/**
 * The quote stage on four tiny documents from four outlets, worked by hand: the quotations with
 * speakers that join entities, one quotation carried whole, cut with an ellipsis, and under another
 * speaker's name, which outlet had it first, and the speakers-by-outlet counts.
 */
class QuoteStageTest extends SparkTestBase {
  private static final String A =
      "Mayor Ana Ivanova spoke on Monday. "
          + "\"We will rebuild the bridge before winter, whatever it costs,\" Ivanova said.";
  private static final String B =
      "Ana Ivanova promised action. “We will rebuild the bridge before winter...” she said.";
  private static final String C =
      "Officials said the bridge would reopen. "
          + "\"We will rebuild the bridge before winter, whatever it costs,\" Karl Brandt said.";
  private static final String D = "\"Nothing ever changes here,\" a resident said.";

  private static final String IVANOVA = "person:ana-ivanova";
  private static final String BRANDT = "ent:krl-brandt";

  private static Dataset<Row> quotes;
  private static Dataset<Row> matches;
  private static Dataset<Row> starMatches;
  private static Dataset<Row> bySource;

  @BeforeAll
  static void runStage() {
    StructType nlpSchema =
        new StructType()
            .add("doc_id", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add(NlpStage.SENTENCES, DataTypes.createArrayType(NlpStage.SENTENCE_STRUCT));
    List<Row> nlpRows = new ArrayList<>();
    String[][] docs = {
      {"a", "Wire A", A}, {"b", "Paper B", B}, {"c", "Paper C", C}, {"d", "Paper D", D}
    };
    for (String[] d : docs) {
      List<Row> sentences = new ArrayList<>();
      for (QuoteInput.Span s : QuoteDocs.sentences(d[2])) {
        sentences.add(RowFactory.create(s.begin(), s.end()));
      }
      nlpRows.add(RowFactory.create(d[0], d[1], d[2], SparkRows.seq(sentences)));
    }
    Dataset<Row> nlp = spark.createDataFrame(nlpRows, nlpSchema);

    List<Row> mentionRows = new ArrayList<>();
    mention(mentionRows, "a", "Wire A", A, "Ana Ivanova", IVANOVA, "Mayor");
    mention(mentionRows, "a", "Wire A", A, "Ivanova said", IVANOVA, null);
    mention(mentionRows, "b", "Paper B", B, "Ana Ivanova", IVANOVA, null);
    mention(mentionRows, "c", "Paper C", C, "Karl Brandt", BRANDT, null);
    Dataset<Row> mentions = spark.createDataFrame(mentionRows, MentionsTable.TABLE.schema());

    Dataset<Row> entities =
        spark.createDataFrame(
            List.of(
                RowFactory.create(IVANOVA, "Ana Ivanova", "PERSON"),
                RowFactory.create(BRANDT, "Karl Brandt", "PERSON")),
            new StructType()
                .add("entity_id", DataTypes.StringType)
                .add("name", DataTypes.StringType)
                .add("type", DataTypes.StringType));
    Dataset<Row> documents =
        spark.createDataFrame(
            List.of(
                RowFactory.create("a", "Wire A", "2021-03-01T09:00:00"),
                RowFactory.create("b", "Paper B", "2021-03-01T11:30:00"),
                RowFactory.create("c", "Paper C", "2021-03-01"),
                RowFactory.create("d", "Paper D", null)),
            new StructType()
                .add("doc_id", DataTypes.StringType)
                .add("source", DataTypes.StringType)
                .add("published", DataTypes.StringType));

    QuoteStage stage = new QuoteStage(GenderHints.fromText(), 100);
    quotes = stage.quotes(nlp, mentions, entities).cache();
    assertEquals(QuotesTable.TABLE.schema().simpleString(), quotes.schema().simpleString());
    matches = new QuoteMatches(100).matches(quotes, documents).cache();
    starMatches = new QuoteMatches(1).matches(quotes, documents);
    bySource = QuoteStage.speakersBySource(quotes, entities).cache();
  }

  /** A mention of the name at the start of {@code surface}'s first occurrence. */
  private static void mention(
      List<Row> rows, String doc, String source, String text, String surface, String id, String d) {
    String name = surface.endsWith(" said") ? surface.substring(0, surface.length() - 5) : surface;
    int b = text.indexOf(surface);
    rows.add(
        RowFactory.create(
            doc,
            rows.size(),
            source,
            0,
            b,
            b + name.length(),
            name,
            id,
            "PERSON",
            "model",
            "corenlp",
            d));
  }

  private static String row(Row r, String... columns) {
    List<String> out = new ArrayList<>();
    for (String c : columns) {
      Object v = r.get(r.fieldIndex(c));
      out.add(String.valueOf(v));
    }
    return String.join("|", out);
  }

  @Test
  void quotationsWithSpeakersThatJoinEntities() {
    Map<String, String> got = new TreeMap<>();
    for (Row r : quotes.collectAsList()) {
      got.put(
          r.getString(0) + r.getInt(1),
          row(
              r,
              "source",
              "begin",
              "end",
              "kind",
              "cue",
              "speaker",
              "speaker_begin",
              "speaker_entity_id",
              "speaker_method"));
    }
    Map<String, String> want = new TreeMap<>();
    // A: the quote starts after "Mayor Ana Ivanova spoke on Monday. " (35 chars), 62 long.
    want.put("a0", "Wire A|35|97|direct|said|Ivanova|98|person:ana-ivanova|name");
    // B: "she" agrees with the only person of the document.
    want.put("b0", "Paper B|29|74|direct|said|she|75|person:ana-ivanova|pronoun");
    want.put("c0", "Paper C|15|38|indirect|said|Officials|0|null|description");
    want.put("c1", "Paper C|40|102|direct|said|Karl Brandt|103|ent:krl-brandt|name");
    want.put("d0", "Paper D|0|28|direct|said|a resident|29|null|description");
    assertEquals(want, got);
    assertEquals(
        "\"We will rebuild the bridge before winter, whatever it costs,\"",
        quotes.filter("doc_id = 'a'").first().getAs("text"));
  }

  @Test
  void theSameQuotationAcrossOutletsWithSpeakersAndFirstPublished() {
    Map<String, String> got = new TreeMap<>();
    for (Row r : matches.collectAsList()) {
      got.put(
          r.getString(0) + r.getInt(1) + "-" + r.getString(2) + r.getInt(3),
          row(
              r,
              QuoteMatchesTable.WORDS_A,
              QuoteMatchesTable.WORDS_B,
              QuoteMatchesTable.SHARED_WORDS,
              QuoteMatchesTable.COVERAGE_A,
              QuoteMatchesTable.COVERAGE_B,
              QuoteMatchesTable.SAME_SPEAKER,
              QuoteMatchesTable.FIRST_DOC,
              QuoteMatchesTable.FIRST_SOURCE));
    }
    Map<String, String> want = new TreeMap<>();
    // 10 words whole; B's 7 before the ellipsis all lie in shingles of the whole quote.
    want.put("a0-b0", "10|7|7|0.7|1.0|true|a|Wire A");
    // Same words, another speaker; a time and a date of the same day do not tell who was first.
    want.put("a0-c1", "10|10|10|1.0|1.0|false|null|null");
    want.put("b0-c1", "7|10|7|1.0|0.7|false|null|null");
    assertEquals(want, got);
  }

  @Test
  void aQuotationInMoreThanMaxDfQuotationsIsMatchedWithTheEarliestOnly() {
    // With --max-shingle-df 1 every shingle of the quotation is "widely carried": each quotation
    // pairs with the earliest (C: a date alone sorts before the times of that day), and A and B,
    // both later, are not paired with each other.
    List<String> got = new ArrayList<>();
    for (Row r : starMatches.collectAsList()) {
      got.add(r.getString(0) + r.getInt(1) + "-" + r.getString(2) + r.getInt(3));
    }
    got.sort(null);
    assertEquals(List.of("a0-c1", "b0-c1"), got);
  }

  /** One posting as the shuffle delivers it: (order key, doc_id, quote_idx), with its schema. */
  private static Row post(String order, String doc, int quoteIdx) {
    return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(
        new Object[] {order, doc, quoteIdx},
        new StructType()
            .add("order_key", DataTypes.StringType)
            .add("doc_id", DataTypes.StringType)
            .add("quote_idx", DataTypes.IntegerType));
  }

  @Test
  void starPairsAreLinearInTheQuotations() {
    List<Row> posts = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      // Document d0500 is the earliest; one document holds the quotation twice.
      String order = (i == 500 ? "2020-01-01" : "2020-01-02") + "\u0000" + doc(i);
      posts.add(post(order, doc(i), 0));
      if (i == 7) {
        posts.add(post(order, doc(i), 3));
      }
    }
    List<Row> pairs = QuoteMatches.pairs(posts, 100, 10_000);
    assertEquals(1000, pairs.size());
    for (Row p : pairs) {
      assertTrue(p.getString(0).equals(doc(500)) || p.getString(2).equals(doc(500)), p.toString());
      assertTrue(p.getString(0).compareTo(p.getString(2)) < 0);
    }
    assertEquals(0, QuoteMatches.pairs(posts, 100, 999).size());
    assertEquals(1, QuoteMatches.pairs(posts.subList(0, 2), 100, 10_000).size());
  }

  private static String doc(int i) {
    return String.format(java.util.Locale.ROOT, "d%04d", i);
  }

  @Test
  void speakersByOutletCountResolvedSpeakers() {
    Map<String, String> got = new TreeMap<>();
    for (Row r : bySource.collectAsList()) {
      got.put(
          r.getString(0) + "/" + r.getString(1),
          row(
              r,
              QuoteSpeakersBySourceTable.SPEAKER_NAME,
              QuoteSpeakersBySourceTable.N_QUOTES,
              QuoteSpeakersBySourceTable.N_DIRECT,
              "n_docs",
              QuoteSpeakersBySourceTable.SOURCE_QUOTES,
              QuoteSpeakersBySourceTable.SHARE));
    }
    Map<String, String> want = new TreeMap<>();
    want.put("Paper B/" + IVANOVA, "Ana Ivanova|1|1|1|1|1.0");
    // Paper C also quotes "Officials", who resolve to no entity: half of its quotations.
    want.put("Paper C/" + BRANDT, "Karl Brandt|1|1|1|2|0.5");
    want.put("Wire A/" + IVANOVA, "Ana Ivanova|1|1|1|1|1.0");
    assertEquals(want, got);
  }
}
