package org.wirelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;

/**
 * Offsets are exact for any script: articles in which names sit among emoji, astral CJK, combining
 * marks, right-to-left text, zero-width characters and CRLF line ends go through the whole job
 * (cleaning, Spark NLP, the catalog, CoreNLP, resolution), and every span of every table equals
 * {@code documents.text.substring(begin, end)}, and every name is found at the offsets where the
 * stored text has it. Spark SQL counts code points where Java counts UTF-16 units, so a cut made on
 * the wrong side is off by one for each emoji before it.
 */
@Tag("e2e")
class UnicodeOffsetsTest {
  private static final List<String> NAMES =
      List.of("Khalifa Haftar", "Sergei Lavrov", "Moscow", "Hulusi Akar", "Ankara");

  private static final List<String> NOISE =
      List.of(
          "😀",
          "👩\u200d👩\u200d👧",
          "\ud840\udc00\ud841\udf0e",
          "e\u0301",
          "مرحبا بالعالم",
          "שלום עולם",
          "\u200b",
          "\u200d",
          "\ufeff",
          "\r\n",
          "\n\n",
          "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
          "ꦲꦏ꧀ꦱꦫ",
          "Ελληνικά");

  @BeforeContainer
  static void spark() {
    SparkTestBase.startSpark();
  }

  @Property(tries = 2)
  void everySpanOfEveryTableIsExactInUtf16(@ForAll("articles") List<String> articles)
      throws IOException {
    Path dir = Files.createTempDirectory("wirelens-unicode");
    Path corpus = dir.resolve("unicode.jsonl");
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < articles.size(); i++) {
      lines.append(
          json.writeValueAsString(
              Map.of("id", "u" + i, "source", "Outlet " + (i % 3), "text", articles.get(i))));
      lines.append('\n');
    }
    Files.writeString(corpus, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    JobRunner run = JobRunner.run("--input", corpus.toString(), "--output", out.toString());
    assertEquals(0, run.exitCode(), run.err());

    Map<String, String> texts = new HashMap<>();
    for (Row r : TestOutputs.table(SparkTestBase.spark, out, "documents").collectAsList()) {
      String text = r.getAs("text");
      texts.put(r.getAs("doc_id"), text);
      assertEquals(text.length(), r.<Integer>getAs("n_chars"), r.<String>getAs("doc_id"));
    }
    assertEquals(articles.size(), texts.size());
    checkSpans(out, "sentences", "text", texts);
    checkSpans(out, "tokens", "token", texts);
    checkSpans(out, "mentions", "surface", texts);

    // Every planted name is a mention at exactly the offsets the stored text has it.
    Map<String, List<String>> mentionSpans = new HashMap<>();
    for (Row r : TestOutputs.table(SparkTestBase.spark, out, "mentions").collectAsList()) {
      mentionSpans
          .computeIfAbsent(r.getAs("doc_id"), k -> new ArrayList<>())
          .add(r.<Integer>getAs("begin") + ":" + r.<Integer>getAs("end"));
    }
    for (Map.Entry<String, String> doc : texts.entrySet()) {
      for (String name : NAMES) {
        int at = doc.getValue().indexOf(name);
        while (at >= 0) {
          String span = at + ":" + (at + name.length());
          boolean inside = mentionSpans.getOrDefault(doc.getKey(), List.of()).contains(span);
          assertTrue(inside, doc.getKey() + ": " + name + " at " + span + " in " + doc.getValue());
          at = doc.getValue().indexOf(name, at + name.length());
        }
      }
    }
  }

  private static void checkSpans(Path out, String table, String column, Map<String, String> texts) {
    for (Row r : TestOutputs.table(SparkTestBase.spark, out, table).collectAsList()) {
      String text = texts.get(r.<String>getAs("doc_id"));
      int b = r.getAs("begin");
      int e = r.getAs("end");
      String where = table + " " + r;
      assertTrue(0 <= b && b < e && e <= text.length(), where);
      assertEquals(text.substring(b, e), r.getAs(column), where);
      // No span starts or ends inside a surrogate pair.
      assertFalse(Character.isLowSurrogate(text.charAt(b)), where);
      assertFalse(Character.isHighSurrogate(text.charAt(e - 1)), where);
    }
  }

  @Provide
  Arbitrary<List<String>> articles() {
    Arbitrary<String> sentence =
        Arbitraries.of(NOISE)
            .list()
            .ofMaxSize(4)
            .flatMap(
                noise ->
                    Arbitraries.of(NAMES)
                        .map(
                            name ->
                                String.join("", noise)
                                    + " "
                                    + name
                                    + " said on Tuesday that talks "
                                    + String.join(" ", noise)
                                    + " would go on. "));
    return sentence
        .list()
        .ofMinSize(2)
        .ofMaxSize(8)
        .map(s -> "Talks in " + String.join("", s))
        .list()
        .ofSize(12);
  }
}
