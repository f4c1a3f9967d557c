package org.wirelens.index;

import java.util.Arrays;
import org.wirelens.text.TextFold;

/**
 * The words of a text as the shingle index reads them, with their UTF-16 offsets, and the one
 * shingle hash of the job (documents for overlap and reuse, quotations for quote matches).
 *
 * <p>A word is a run of letters and digits, read through what editors change without changing the
 * words: case, diacritics and quote styles fold away ({@link TextFold}), apostrophes and hyphens
 * inside a word join its parts ("cease-fire" = "ceasefire", "don't" = "dont"), and so does a hyphen
 * at a line break ("negoti-\nations" = "negotiations"). Punctuation and line breaks between words
 * do not count. Each word is a 64-bit hash of its folded form, so comparing two documents is
 * comparing arrays of longs.
 */
public final class IndexedText {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** Words of one text: parallel arrays of hashes, begin and end offsets (end exclusive). */
  public record Words(long[] hashes, int[] begins, int[] ends) {
    public int size() {
      return hashes.length;
    }
  }

  private IndexedText() {}

  /** The words of {@code text}. */
  public static Words words(String text) {
    String folded = TextFold.foldSameLength(text);
    int n = text.length();
    long[] hashes = new long[Math.max(8, n / 5)];
    int[] begins = new int[hashes.length];
    int[] ends = new int[hashes.length];
    int count = 0;
    int i = 0;
    while (i < n) {
      int cp = folded.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int begin = i;
      long h = FNV_OFFSET;
      int end = i;
      while (i < n) {
        cp = folded.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) {
          h = mix(h, Character.toLowerCase(cp));
          i += Character.charCount(cp);
          end = i;
          continue;
        }
        int join = joinerLength(folded, i);
        if (join > 0) {
          i += join;
          continue;
        }
        break;
      }
      if (count == hashes.length) {
        int grown = hashes.length * 2;
        hashes = Arrays.copyOf(hashes, grown);
        begins = Arrays.copyOf(begins, grown);
        ends = Arrays.copyOf(ends, grown);
      }
      hashes[count] = finish(h);
      begins[count] = begin;
      ends[count] = end;
      count++;
      i = Math.max(i, end);
    }
    return new Words(
        Arrays.copyOf(hashes, count), Arrays.copyOf(begins, count), Arrays.copyOf(ends, count));
  }

  /**
   * How many chars at {@code i} join two parts of one word: an apostrophe or hyphen between letters
   * or digits, or a hyphen, optional spaces and a line break before a letter (a word split at a
   * line end); 0 when the chars there end the word.
   */
  private static int joinerLength(String folded, int i) {
    char c = folded.charAt(i);
    if (c != '\'' && c != '-' && c != '\u00ad') {
      return 0;
    }
    int j = i + 1;
    if (c == '-' || c == '\u00ad') {
      int k = j;
      while (k < folded.length() && (folded.charAt(k) == ' ' || folded.charAt(k) == '\t')) {
        k++;
      }
      if (k < folded.length() && folded.charAt(k) == '\n') {
        j = k + 1;
      }
    }
    if (j < folded.length() && Character.isLetterOrDigit(folded.codePointAt(j))) {
      return j - i;
    }
    return 0;
  }

  private static long mix(long h, int codePoint) {
    return (h ^ codePoint) * FNV_PRIME;
  }

  private static long finish(long h) {
    // FNV's low bits mix poorly; a final avalanche keeps shingle hashes built from them sound.
    long z = h;
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /**
   * The hash of each k-word shingle, in order: {@code size() - k + 1} values (none when the text
   * has fewer than k words). Shingle {@code i} covers words {@code i .. i+k-1}.
   */
  public static long[] shingles(long[] words, int k) {
    int n = words.length - k + 1;
    if (n <= 0) {
      return new long[0];
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = shingle(words, i, k);
    }
    return out;
  }

  /** The hash of the k-word shingle of word hashes {@code from .. from+k-1}. */
  public static long shingle(long[] words, int from, int k) {
    long h = 0x9e3779b97f4a7c15L;
    for (int j = 0; j < k; j++) {
      h = Long.rotateLeft(h ^ words[from + j], 27) * 0x94d049bb133111ebL + j;
    }
    return finish(h);
  }

  /**
   * The hash of one word already folded as the caller compares words (quotations fold their own),
   * as {@link #words} hashes a word it read: each code point lower-cased.
   */
  public static long word(CharSequence word) {
    long h = FNV_OFFSET;
    String s = word.toString();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      h = mix(h, Character.toLowerCase(cp));
      i += Character.charCount(cp);
    }
    return finish(h);
  }
}
