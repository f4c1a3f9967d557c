package org.wirelens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirelens.index.Published;

/** Quote matching's folding and coverage, and the published-first order, worked by hand. */
class QuoteTextTest {
  @Test
  void foldsQuotationMarksCaseDashesAndApostrophes() {
    assertEquals(
        List.of("we", "won't", "sign", "it", "today"),
        QuoteText.words("“We WON’T sign – it,\n  today.”"));
    assertEquals(
        QuoteText.words("\"We won't sign - it, today.\""),
        QuoteText.words("“We won’t sign — it today”"));
  }

  @Test
  void anEllipsisIsAGapThatNoShingleCrosses() {
    List<String> w =
        QuoteText.words("\"We will pursue our efforts ... a result has not been achieved\"");
    assertEquals(
        List.of(
            "we",
            "will",
            "pursue",
            "our",
            "efforts",
            "|",
            "a",
            "result",
            "has",
            "not",
            "been",
            "achieved"),
        w);
    // 5 words: 2 shingles; 6 words: 3 shingles; none across the gap.
    assertEquals(5, QuoteText.shingles(w).size());
    assertEquals(List.of("a", "b"), QuoteText.words("…a b […]"));
  }

  @Test
  void aPartialQuoteWithAGapMatchesTheWholeOne() {
    List<String> whole =
        QuoteText.words(
            "\"We will pursue our efforts in this direction. For now, a definitive result has not been achieved,\"");
    List<String> part =
        QuoteText.words("“we will pursue our efforts … a definitive result has not been achieved”");
    // All 12 words of the partial quote lie in shingles of the whole: 5 + 7 words.
    assertEquals(12, QuoteText.covered(part, whole));
    assertTrue(QuoteText.matches(part, whole));
    assertTrue(QuoteText.matches(whole, part));
  }

  @Test
  void aSharedStockPhraseIsNotAMatch() {
    List<String> a = QuoteText.words("We will continue to work with our partners on the budget");
    List<String> b = QuoteText.words("We will continue to fight for every job in this town");
    // One shared shingle ("we will continue to"): 4 words of 11, under both thresholds.
    assertEquals(4, QuoteText.covered(a, b));
    assertFalse(QuoteText.matches(a, b));
    assertFalse(QuoteText.matches(QuoteText.words("a b c"), QuoteText.words("a b c")));
  }

  @Test
  void onlyQuotedWordsAreMatched() {
    assertEquals(
        List.of("dead", "on", "arrival", "|", "a", "waste"),
        QuoteText.quotedWords(
            "the proposal was “dead on arrival” and \"a waste\"", QuoteKind.MIXED));
    assertEquals(
        List.of("we", "will", "sign"),
        QuoteText.quotedWords("\"We will sign.\"", QuoteKind.DIRECT));
    assertEquals(List.of(), QuoteText.quotedWords("the talks had failed", QuoteKind.INDIRECT));
  }

  @Test
  void publishedFirstOnlyWhereTheValuesTell() {
    assertEquals(-1, Published.compare("2020-01-14", "2020-01-15"));
    assertEquals(1, Published.compare("2020-01-15T08:00:00", "2020-01-15T07:59:00"));
    assertEquals(-1, Published.compare("2020-01-15T08:00:00+03:00", "2020-01-15T06:00:00Z"));
    assertNull(Published.compare("2020-01-14", "2020-01-14"));
    assertNull(Published.compare("2020-01-14", "2020-01-14T10:00:00"));
    assertEquals(-1, Published.compare("2020-01-13", "2020-01-14T10:00:00"));
    assertNull(Published.compare("2020-01-14", null));
    assertNull(Published.compare("last Tuesday", "2020-01-14"));
  }
}
