package org.wirelens.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which splits of Spark NLP's sentence detector (run without its abbreviation pass) are mended:
 * each case is two "sentences" as the detector cut them, the first ending at the cut.
 */
class AbbreviationsTest {

  /** Whether the text, cut after {@code first}, is one sentence again. */
  private static boolean joins(String first, String second) {
    String text = first + " " + second;
    return Abbreviations.joins(text, 0, first.length(), first.length() + 1);
  }

  @Test
  void titlesBeforeANameEndNoSentence() {
    assertTrue(joins("The talks were led by Mr.", "Smith of the mission."));
    assertTrue(joins("Forces loyal to Gen.", "Khalifa Haftar advanced."));
    assertTrue(joins("He met Dr.", "John Spika on Monday."));
    assertTrue(joins("The plant is in St.", "Louis, Missouri."));
    assertTrue(joins("The memo was signed by Walter B.", "Dial, the treasurer."));
  }

  @Test
  void abbreviationsBeforeLowerCaseDigitsOrPunctuationEndNoSentence() {
    assertTrue(joins("The U.S.", "economy grew."));
    assertTrue(joins("Talks resume on Jan.", "14 in Geneva."));
    assertTrue(joins("Hughes Tool Co.", "said it would appeal."));
    assertTrue(joins("Shares of Acme Inc.", ", which makes tools, fell."));
  }

  @Test
  void realSentenceEndsStay() {
    assertFalse(joins("Prices rose sharply.", "The bank said nothing."));
    assertFalse(joins("The plan was backed by the U.S.", "Talks resume on Monday."));
    assertFalse(joins("Shares of Hughes Tool Co.", "The company declined to comment."));
    assertFalse(joins("He said it was fine.", "and then he left."));
  }
}
