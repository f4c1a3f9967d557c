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

  @Test
  void aLineOfNamesIsNoHeadline() {
    String text =
        "He will return.\nSquad : Javier Pertile , Paolo Vaccari , Marcello Cuttitta .\n"
            + "-- Rosemary Bennett , London Newsroom 44 171 542 2774\n";
    java.util.TreeMap<Integer, Integer> names = new java.util.TreeMap<>();
    for (String n :
        new String[] {
          "Javier Pertile",
          "Paolo Vaccari",
          "Marcello Cuttitta",
          "Rosemary Bennett",
          "London Newsroom"
        }) {
      names.put(text.indexOf(n), text.indexOf(n) + n.length());
    }
    Headlines h = Headlines.of(text, names);
    int squad = text.indexOf("Squad");
    assertFalse(h.contains(squad, squad + 5));
    int rosemary = text.indexOf("Rosemary");
    assertFalse(h.contains(rosemary, rosemary + 8));
    // Without the names, both lines read as Title Case headlines.
    assertTrue(Headlines.of(text).contains(rosemary, rosemary + 8));
  }
}
