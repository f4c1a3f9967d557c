package org.wirelens.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirelens.index.IndexedText;

/** Word alignment on tiny hand-made texts, with values worked by hand. */
class AlignerTest {
  /** Shingles of 3 words, gaps of up to 4, passages of at least 6 matching words. */
  private static final Aligner ALIGNER = new Aligner(3, 4, 6);

  private static long[] words(String text) {
    return IndexedText.words(text).hashes();
  }

  @Test
  void aVerbatimPassageInOtherContextIsOnePassageOfIdentityOne() {
    long[] a = words("one two three alpha beta gamma delta epsilon zeta eta theta four five");
    long[] b = words("six seven alpha beta gamma delta epsilon zeta eta theta eight nine ten");
    List<Aligner.Passage> p = ALIGNER.align(a, b);
    assertEquals(List.of(new Aligner.Passage(3, 11, 2, 10, 8, 8)), p);
    assertEquals(1.0, p.get(0).identity());
  }

  @Test
  void aSubstitutedWordStaysInsideThePassage() {
    long[] a = words("x alpha beta gamma delta epsilon zeta eta theta iota kappa y");
    long[] b = words("alpha beta gamma delta EDITED zeta eta theta iota kappa");
    // 10 columns: 9 equal words and one substitution.
    assertEquals(List.of(new Aligner.Passage(1, 11, 0, 10, 9, 10)), ALIGNER.align(a, b));
  }

  @Test
  void insertionsAndDeletionsAreColumnsOfTheirOwn() {
    long[] a = words("alpha beta gamma delta epsilon zeta eta theta iota kappa");
    long[] b = words("alpha beta gamma delta new words epsilon zeta eta theta kappa");
    // b inserts two words, then deletes "iota" just before the end: the end's single mismatch
    // is crossed by the extension only when two matches follow, so the passage ends at "theta".
    List<Aligner.Passage> p = ALIGNER.align(a, b);
    assertEquals(1, p.size());
    assertEquals(0, p.get(0).aBegin());
    assertEquals(0, p.get(0).bBegin());
    assertEquals(8, p.get(0).matched());
    assertEquals(10, p.get(0).columns());
  }

  @Test
  void reorderedParagraphsAreTwoPassages() {
    String p1 = "the ministers met in the capital on monday to sign the accord";
    String p2 = "rebel forces shelled the airport again overnight witnesses said";
    long[] a = words(p1 + "\n\n" + p2);
    long[] b = words(p2 + "\n\n" + p1);
    List<Aligner.Passage> p = ALIGNER.align(a, b);
    assertEquals(
        List.of(new Aligner.Passage(0, 12, 9, 21, 12, 12), new Aligner.Passage(12, 21, 0, 9, 9, 9)),
        p);
  }

  @Test
  void aChanceShingleNextToAPassageIsNotPartOfIt() {
    // "said on monday" is in both, four different words before the shared sign-off: close enough
    // to chain, too short for those four words to be edits of one passage.
    long[] a = words("said on monday prices rose again today follow us on the web for more news");
    long[] b =
        words("said on monday wages fell sharply overnight follow us on the web for more news");
    assertEquals(List.of(new Aligner.Passage(7, 15, 7, 15, 8, 8)), ALIGNER.align(a, b));
  }

  @Test
  void sharedStockPhrasesShorterThanTheMinimumAreNotPassages() {
    long[] a = words("officials said on monday that prices rose");
    long[] b = words("the ministry said on monday that wages fell");
    assertEquals(List.of(), ALIGNER.align(a, b));
  }

  @Test
  void quotesDashesLineBreaksAndHyphenationDoNotChangeWords() {
    assertArrayEquals(
        words("\"We will sign the cease-fire,\" he said."),
        words("“We will sign the ceasefire,” he\nsaid."));
    assertArrayEquals(words("the negotiations went on"), words("the negoti-\nations went on"));
    assertArrayEquals(words("Çavuşoğlu's visit"), words("Cavusoglus visit"));
    assertNotEquals(words("a b")[0], words("b a")[0]);
  }

  @Test
  void wordOffsetsAreUtf16() {
    IndexedText.Words w = IndexedText.words("😀 cease-fire, “now”");
    assertArrayEquals(new int[] {3, 16}, w.begins());
    assertArrayEquals(new int[] {13, 19}, w.ends());
  }

  @Test
  void gapAlignmentCountsMatchesAndColumns() {
    long[] a = {1, 2, 3};
    long[] b = {1, 9, 3, 4};
    // 1=1, 2/9 substituted, 3=3, 4 inserted: 2 matches in 4 columns.
    assertArrayEquals(new int[] {2, 4}, Aligner.gapAlign(a, 0, 3, b, 0, 4));
  }
}
