package org.wirelens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extractor on tiny hand-written texts, one per case news text has, as a table ({@code
 * src/test/resources/quotes/extractor-cases.tsv}): each quotation's exact span, kind, cue, speaker
 * as written, speaker entity and how the speaker was found.
 */
class QuoteExtractorTest {
  static final Path CASES = Path.of("src/test/resources/quotes/extractor-cases.tsv");

  /** One expected quotation; null fields are "none", {@code any} is a quotation not checked. */
  record Expected(
      boolean any,
      String quote,
      QuoteKind kind,
      String cue,
      String speaker,
      String entity,
      SpeakerMethod method) {}

  /** A case of the table: its text with its mentions, and the quotations it must give. */
  record Case(String name, QuoteDocs doc, String text, List<Expected> quotes) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    String name = null;
    String text = null;
    QuoteDocs doc = null;
    List<Expected> quotes = null;
    for (String line : Files.readAllLines(CASES, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "case" -> {
          if (name != null) {
            out.add(new Case(name, doc, text, quotes));
          }
          name = f[1];
          text = unescape(f[2]);
          doc = QuoteDocs.text(text);
          quotes = new ArrayList<>();
        }
        case "person" -> doc.person(f[1], f[2], Gender.valueOf(f[3]), none(f[4]));
        case "mention" -> doc.mention(f[1], f[2], f[3]);
        case "quote" ->
            quotes.add(
                f[1].equals("*")
                    ? new Expected(true, null, null, null, null, null, null)
                    : new Expected(
                        false,
                        unescape(f[1]),
                        QuoteKind.valueOf(f[2]),
                        none(f[3]),
                        none(f[4]),
                        none(f[5]),
                        SpeakerMethod.valueOf(f[6])));
        default -> throw new IllegalArgumentException(CASES + ": no such row: " + line);
      }
    }
    if (name != null) {
      out.add(new Case(name, doc, text, quotes));
    }
    return out;
  }

  static Stream<Arguments> table() throws IOException {
    return cases().stream().map(c -> Arguments.of(c.name(), c));
  }

  private static String none(String field) {
    return field.equals("-") ? null : unescape(field);
  }

  private static String unescape(String field) {
    return field.replace("\\n", "\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void findsEachQuotationOfTheCase(String name, Case c) {
    List<Quote> qs = c.doc().extract();
    assertEquals(c.quotes().size(), qs.size(), "quotations in " + name + ": " + qs);
    for (int i = 0; i < qs.size(); i++) {
      Expected e = c.quotes().get(i);
      if (!e.any()) {
        check(c.text(), qs.get(i), e);
      }
    }
  }

  /** The table holds every rule the extractor's tests have covered: it is read whole. */
  @Test
  void theTableHasEveryCase() throws IOException {
    List<Case> cases = cases();
    assertEquals(25, cases.size());
    assertEquals(38, cases.stream().mapToLong(c -> c.quotes().size()).sum());
    assertEquals(
        37, cases.stream().flatMap(c -> c.quotes().stream()).filter(e -> !e.any()).count());
    assertTrue(cases.stream().anyMatch(c -> c.quotes().isEmpty()), "a case without quotations");
    assertEquals(cases.size(), cases.stream().map(Case::name).distinct().count(), "case names");
  }

  /** One expected quotation; offsets are those of the first occurrence of its strings. */
  private static void check(String text, Quote q, Expected e) {
    String quote = e.quote();
    int b = text.indexOf(quote);
    assertEquals(quote, q.text(), "text");
    assertEquals(b, q.begin(), "begin of " + quote);
    assertEquals(b + quote.length(), q.end(), "end of " + quote);
    assertEquals(e.kind(), q.kind(), "kind of " + quote);
    assertEquals(e.cue(), q.cue(), "cue of " + quote);
    if (e.cue() != null) {
      assertEquals(e.cue(), text.substring(q.cueBegin(), q.cueEnd()), "cue span");
    }
    assertEquals(e.speaker(), q.speaker(), "speaker of " + quote);
    if (e.speaker() != null) {
      assertEquals(e.speaker(), text.substring(q.speakerBegin(), q.speakerEnd()), "speaker span");
    } else {
      assertNull(q.speakerBegin());
    }
    assertEquals(e.entity(), q.speakerEntityId(), "speaker entity of " + quote);
    assertEquals(e.method(), q.speakerMethod(), "speaker method of " + quote);
  }
}
