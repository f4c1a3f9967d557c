package org.wirelens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirelens.quotes.QuoteMarks.Paragraph;
import org.wirelens.quotes.QuoteMarks.Segment;

/** Paragraphs and quoted segments of a text, as the quote rules read them. */
class QuoteMarksTest {
  private static List<String> paragraphs(String text) {
    return QuoteMarks.paragraphs(text).stream()
        .map(p -> text.substring(p.begin(), p.end()))
        .toList();
  }

  private static List<String> segments(String text) {
    return QuoteMarks.segments(text, QuoteMarks.paragraphs(text)).stream()
        .map(g -> text.substring(g.begin(), g.end()))
        .toList();
  }

  @Test
  void blankLinesOrIndentedLinesEndParagraphs() {
    assertEquals(
        List.of("One line\nwrapped.", "Two."), paragraphs("One line\nwrapped.\n\n  Two.\n"));
    assertEquals(List.of("First.", "Second."), paragraphs("First.\n   Second."));
    // A short line without final punctuation before a capital is a heading.
    assertEquals(
        List.of("Some text here.", "Emirati role", "The UAE said so."),
        paragraphs("Some text here.\n\nEmirati role\nThe UAE said so."));
  }

  @Test
  void wrappedWireCopyEndsAParagraphOnlyAfterASentence() {
    String text =
        "The dollar rose against the yen in\n"
            + "early trading on Tuesday, dealers said.\n"
            + "The mark fell after the U.S.\n"
            + "Treasury said it would sell more bonds\n"
            + "next week.";
    assertEquals(
        List.of(
            "The dollar rose against the yen in\nearly trading on Tuesday, dealers said.",
            "The mark fell after the U.S.\nTreasury said it would sell more bonds\nnext week."),
        paragraphs(text));
  }

  @Test
  void eachMarkStyleMakesASegmentAndNestedMarksStayInside() {
    assertEquals(
        List.of("\"straight\"", "\u201ccurly\u201d", "\u00ab guillemets \u00bb", "\u201elow\u201c"),
        segments(
            "A \"straight\" b \u201ccurly\u201d c \u00ab guillemets \u00bb d \u201elow\u201c."));
    assertEquals(
        List.of("\u201cthey said \u201cwait\u201d again\u201d"),
        segments("He said \u201cthey said \u201cwait\u201d again\u201d and left."));
    assertEquals(List.of(), segments("It was 6\u201d long and 3\" wide."), "inch signs");
  }

  @Test
  void aQuotationLeftOpenIsContinuedByTheNextParagraph() {
    String text = "She said: \"We waited.\n\n\"Now we go.\"\n\nThe end.";
    List<Paragraph> ps = QuoteMarks.paragraphs(text);
    List<Segment> gs = QuoteMarks.segments(text, ps);
    assertEquals(2, gs.size());
    assertFalse(gs.get(0).closed());
    assertTrue(gs.get(0).continuesNext());
    assertFalse(gs.get(0).continuesPrevious());
    assertTrue(gs.get(1).closed());
    assertTrue(gs.get(1).continuesPrevious());
    assertEquals(1, gs.get(1).paragraph());
    assertEquals(3, gs.get(1).words(text), "Now we go");
    assertEquals(2, new Segment(0, 11, 0, true, false, false).words("\"Don't go.\""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the U.S.|true",
        "said Sen.|true",
        "said Rep.|true",
        "Mrs.|true",
        "with Gen.|true",
        "MR.|false",
        "the end.|false",
        "Inc.|false",
        "said Maj.|false"
      })
  void abbreviationsThatEndNoSentenceAtALineEnd(String text, boolean ends) {
    assertEquals(ends, QuoteMarks.abbreviationEnds(text, text.length()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The company said|true",
        "However, it|true",
        "Treasury bonds|false",
        "\"We|true",
        "the company|false"
      })
  void wordsThatPlainlyStartASentence(String text, boolean starts) {
    assertEquals(starts, QuoteMarks.startsSentence(text, 0));
  }
}
