package org.wirelens.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wirelens.text.TextFold;

/**
 * Fuzzes the cleaner with text in any script, control characters, line-ending mixes and very long
 * lines: it never fails, keeps NFC, leaves no carriage return or run of blank lines, and every
 * removed line is a line of the input.
 */
class CleanerFuzzTest {
  private static final DocumentCleaner CLEANER =
      new DocumentCleaner(LineRules.load(Path.of("data/cleaning/line_rules.tsv")));

  @Property(tries = 500)
  void anyTextCleansToNfcWithoutCarriageReturnsOrBlankRuns(@ForAll("messyText") String raw) {
    CleanedText c = CLEANER.clean(raw, null);
    String text = c.text();
    assertEquals(TextFold.nfc(text), text);
    assertFalse(text.contains("\r"), text);
    assertFalse(text.contains("\n\n\n"), text);
    assertEquals(text.strip(), text);
    assertEquals(text.length(), TextFold.foldSameLength(text).length());
    List<String> lines =
        Arrays.asList(TextFold.nfc(raw).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    for (RemovedLine l : c.removed()) {
      assertTrue(l.lineNo() >= 1 && l.lineNo() <= lines.size(), l.toString());
    }
    if (c.title() != null) {
      assertFalse(c.title().isBlank());
    }
  }

  @Example
  void aTenMegabyteLineCleansInBoundedTime() {
    String raw = "Haftar 😀 said ".repeat(700_000);
    CleanedText c =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CLEANER.clean(raw, null));
    assertEquals(raw.strip(), c.text());
  }

  @Provide
  Arbitrary<String> messyText() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(30),
            Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(3),
            Arbitraries.of(
                "\r\n",
                "\n",
                "\r",
                "\n\n\n",
                "😀",
                "👩\u200d👩\u200d👧",
                "\ud840\udc00\ud841\udf0e",
                "e\u0301",
                "مرحبا بالعالم",
                "שלום",
                "\u200b",
                "\ufeff",
                "No Script",
                "Please Wait...",
                "Khalifa Haftar said.",
                "   ",
                "\t"));
    return piece.list().ofMaxSize(40).map(l -> String.join("", l));
  }
}
