package org.wirelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldTest {

  @ParameterizedTest
  @CsvSource({
    "Mevlüt Çavuşoğlu, Mevlut Cavusoglu",
    "Erdoğan, Erdogan",
    "İbrahim Kalın, Ibrahim Kalin",
    "Libya’s, Libya's",
    "“We will”, \"We will\"",
    "agreement – already, agreement - already",
    "a—b, a-b",
  })
  void foldsDiacriticsQuotesAndDashesCharForChar(String in, String expected) {
    String folded = TextFold.foldSameLength(in);
    assertEquals(expected, folded);
    assertEquals(in.length(), folded.length());
  }

  @Test
  void keepsCharsWhoseFoldIsLongerSoOffsetsStayValid() {
    assertEquals("Straße Æon …", TextFold.foldSameLength("Straße Æon …"));
  }

  @Test
  void keysIgnoreCaseSpacingAndHyphens() {
    assertEquals("khaled al mashri", TextFold.matchKey("Khaled  Al-Mashri"));
    assertEquals(TextFold.matchKey("Çavuşoğlu"), TextFold.matchKey("CAVUSOGLU"));
    assertEquals("libya's", TextFold.key(" Libya’s "));
  }

  @Test
  void nfcComposesDecomposedInput() {
    assertEquals("Ç", TextFold.nfc("C\u0327"));
  }
}
