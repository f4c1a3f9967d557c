package org.wirelens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.wirelens.tables.RejectsTable;

/**
 * Fuzzes the decoder and the JSON Lines record parser with random bytes, mutated records and
 * pathological lines: every input ends as text or fields, or as a reject with a known reason and a
 * detail, in bounded time, and never as an exception.
 */
class IngestFuzzTest {
  private static final Set<String> REASONS =
      Set.of(
          RejectsTable.BINARY,
          RejectsTable.INVALID_UTF8,
          RejectsTable.MALFORMED_JSON,
          RejectsTable.WRONG_TYPE,
          RejectsTable.MISSING_ID,
          RejectsTable.TOO_LARGE);

  /** A line bound like the job's at --max-doc-chars 1,000,000. */
  private static final JsonRecordParser PARSER = new JsonRecordParser(7_000_000L);

  private static final Duration PER_RECORD = Duration.ofSeconds(10);

  @Property(tries = 1000)
  void randomBytesDecodeToTextOrAReject(@ForAll @Size(max = 20_000) byte[] bytes) {
    Decoded d = TextDecoder.decode(bytes);
    if (d.reason() == null) {
      assertNotNull(d.text());
      assertNull(d.detail());
    } else {
      assertNull(d.text());
      assertTrue(REASONS.contains(d.reason()), d.reason());
      assertNotNull(d.detail());
    }
  }

  @Property(tries = 2000)
  void mutatedRecordsParseOrAreRejectedWithAReason(@ForAll("mutatedRecords") byte[] line) {
    Decoded d = TextDecoder.decode(line);
    if (d.reason() != null) {
      return;
    }
    check(PARSER.parse(d.text(), line.length));
  }

  @Property(tries = 1000)
  void anyStringParsesOrIsRejectedWithAReason(@ForAll String line) {
    check(PARSER.parse(line, line.getBytes(StandardCharsets.UTF_8).length));
  }

  @Example
  void pathologicalLinesAreRejectedInBoundedTime() {
    String noNewline = "{\"id\": \"a\", \"text\": \"" + "word ".repeat(2_000_000);
    String deep = "{\"id\": \"d\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    String longNumber = "{\"id\": " + "9".repeat(5_000_000) + "}";
    String escapes = "{\"id\": \"e\", \"text\": \"" + "\\u00e9".repeat(1_000_000) + "\"}";
    String deepObject = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);
    for (String line : new String[] {noNewline, deep, longNumber, escapes, deepObject}) {
      JsonRecordParser.Result r =
          assertTimeoutPreemptively(
              PER_RECORD,
              () -> PARSER.parse(line, line.getBytes(StandardCharsets.UTF_8).length),
              line.substring(0, 30));
      check(r);
    }
    // 10 MB with no newline is a line too long for any record within the limit.
    assertEquals(RejectsTable.TOO_LARGE, PARSER.parse(noNewline, 10_000_022L).reason());
    // A million escaped characters fit: the text is read whole.
    assertEquals(1_000_000, PARSER.parse(escapes, escapes.length()).fields().get("text").length());
  }

  @Example
  void wrongTypesAreRejectsThatNameTheField() {
    JsonRecordParser.Result r = PARSER.parse("{\"id\": 123, \"text\": [\"not\", \"a\"]}", 40);
    assertEquals(RejectsTable.WRONG_TYPE, r.reason());
    assertEquals("field 'text' is an array, expected a string", r.detail());
    assertEquals("123", r.fields().get("doc_id"));
    assertEquals(
        RejectsTable.WRONG_TYPE, PARSER.parse("{\"id\": \"x\", \"source\": true}", 30).reason());
    assertEquals("7", PARSER.parse("{\"id\": 7, \"text\": \"t\"}", 30).fields().get("doc_id"));
    assertNull(PARSER.parse("{\"id\": \"x\", \"title\": null}", 30).reason());
  }

  private static void check(JsonRecordParser.Result r) {
    if (r.rejected()) {
      assertTrue(REASONS.contains(r.reason()), r.reason());
      assertTrue(r.detail() != null && !r.detail().isBlank(), r.toString());
    } else {
      assertNotNull(r.fields().get("doc_id"));
    }
  }

  @Provide
  Arbitrary<byte[]> mutatedRecords() {
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(40).map(IngestFuzzTest::quoted),
            Arbitraries.integers().map(String::valueOf),
            Arbitraries.of("null", "true", "[1, 2]", "{\"a\": 1}", "\"\\ud83d\\ude00\""));
    Arbitrary<String> record =
        Combinators.combine(value, value, value)
            .as(
                (id, source, text) ->
                    "{\"id\": " + id + ", \"source\": " + source + ", \"text\": " + text + "}");
    return Combinators.combine(
            record,
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.bytes())
        .as(
            (rec, edits, at, b) -> {
              byte[] bytes = rec.getBytes(StandardCharsets.UTF_8);
              java.util.Random random = new java.util.Random(at * 31L + edits);
              for (int i = 0; i < edits && bytes.length > 0; i++) {
                int pos = random.nextInt(bytes.length);
                switch (random.nextInt(3)) {
                  case 0 -> bytes[pos] = b;
                  case 1 -> bytes = java.util.Arrays.copyOf(bytes, pos);
                  default -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, pos);
                    longer[pos] = (byte) random.nextInt(256);
                    System.arraycopy(bytes, pos, longer, pos + 1, bytes.length - pos);
                    bytes = longer;
                  }
                }
              }
              return bytes;
            });
  }

  private static String quoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
