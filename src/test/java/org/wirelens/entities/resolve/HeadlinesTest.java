package org.wirelens.entities.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadlinesTest {
  private static boolean headline(String text, String line) {
    int b = text.indexOf(line);
    return Headlines.of(text).contains(b, b + line.length());
  }

  @Test
  void titleCaseAndAllCapsLinesThatStartAUnitAreHeadlines() {
    String text =
        "Podesta Said Obamas Should Skip Debate\n\nThe aide said so on Monday.\n"
            + "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\nJapan began well.";
    assertTrue(headline(text, "Podesta Said Obamas"));
    assertTrue(headline(text, "JAPAN GET LUCKY"));
    assertFalse(headline(text, "The aide said"));
  }

  @Test
  void runningTextIsNot() {
    // A sentence-case subheading, a wrapped line of wire copy full of names, a short dateline.
    String text =
        "The situation in the field\nA ceasefire was announced.\n"
            + "Shares of the brokerage firm rose after\nMerrill Lynch, Pierce, Fenner And Smith Inc\n"
            + "said it would buy them.\nROME 1996-12-06\n";
    assertFalse(headline(text, "The situation"));
    assertFalse(headline(text, "Merrill Lynch"));
    assertFalse(headline(text, "ROME"));
  }
}
