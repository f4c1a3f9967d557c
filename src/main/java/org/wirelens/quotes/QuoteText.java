package org.wirelens.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirelens.index.IndexedText;
import org.wirelens.text.TextFold;

/**
 * A quotation's words as quote matching compares them: quotation marks, case, diacritics, dashes,
 * apostrophe styles and whitespace folded away; an ellipsis ("...", "…", "[...]") is a gap, so a
 * quotation with words left out still matches the whole one. Two quotations match when the word
 * shingles they share cover most of the shorter one.
 */
public final class QuoteText {
  /** Words per shingle: long enough that stock phrases rarely make a match on their own. */
  public static final int SHINGLE = 4;

  /** The shorter quotation must have this many words covered by shared shingles. */
  public static final int MIN_SHARED_WORDS = 5;

  /** ... and this share of its words. */
  public static final double MIN_COVERAGE = 0.5;

  /** Marks a gap (an ellipsis) in a word list; shingles do not cross it. */
  static final String GAP = "|";

  private static final Pattern ELLIPSIS =
      Pattern.compile("\\[\\s*(?:\\.\\s*){3,}\\]|\\(\\s*(?:\\.\\s*){3,}\\)|(?:\\.\\s*){3,}|\u2026");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*");

  private QuoteText() {}

  /** The folded words of a quotation, with {@link #GAP} where an ellipsis stood. */
  public static List<String> words(String quote) {
    String folded = TextFold.foldSameLength(TextFold.nfc(quote)).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    Matcher gaps = ELLIPSIS.matcher(folded);
    int from = 0;
    while (gaps.find()) {
      addWords(folded.substring(from, gaps.start()), out);
      if (!out.isEmpty() && !out.get(out.size() - 1).equals(GAP)) {
        out.add(GAP);
      }
      from = gaps.end();
    }
    addWords(folded.substring(from), out);
    while (!out.isEmpty() && out.get(out.size() - 1).equals(GAP)) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /**
   * The words a quotation quotes: all of a direct one's, the words in quotation marks of a mixed
   * one (a gap between two quoted stretches), none of reported speech, which is the outlet's own
   * wording.
   */
  public static List<String> quotedWords(String quote, QuoteKind kind) {
    if (kind == QuoteKind.DIRECT) {
      return words(quote);
    }
    List<String> out = new ArrayList<>();
    if (kind == QuoteKind.MIXED) {
      List<QuoteMarks.Paragraph> whole = List.of(new QuoteMarks.Paragraph(0, quote.length()));
      for (QuoteMarks.Segment g : QuoteMarks.segments(quote, whole)) {
        if (!out.isEmpty()) {
          out.add(GAP);
        }
        out.addAll(words(quote.substring(g.begin(), g.end())));
      }
    }
    return out;
  }

  private static void addWords(String s, List<String> out) {
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
  }

  /** Words of a list that are not gaps. */
  public static int wordCount(List<String> words) {
    int n = 0;
    for (String w : words) {
      n += w.equals(GAP) ? 0 : 1;
    }
    return n;
  }

  /** 64-bit hashes of the list's {@link #SHINGLE}-word shingles that cross no gap. */
  public static Set<Long> shingles(List<String> words) {
    long[] hashes = hashes(words);
    Set<Long> out = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      Long h = shingle(words, hashes, i);
      if (h != null) {
        out.add(h);
      }
    }
    return out;
  }

  /** Each word's hash, as the shingle index hashes words ({@link IndexedText#word}). */
  private static long[] hashes(List<String> words) {
    long[] out = new long[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = IndexedText.word(words.get(i));
    }
    return out;
  }

  /**
   * The index's hash of the shingle at {@code i} ({@link IndexedText#shingle}), or null when it
   * crosses a gap.
   */
  private static Long shingle(List<String> words, long[] hashes, int i) {
    for (int k = i; k < i + SHINGLE; k++) {
      if (words.get(k).equals(GAP)) {
        return null;
      }
    }
    return IndexedText.shingle(hashes, i, SHINGLE);
  }

  /** Words of {@code a} covered by shingles that {@code b} also has. */
  public static int covered(List<String> a, List<String> b) {
    Set<Long> other = shingles(b);
    long[] hashes = hashes(a);
    boolean[] hit = new boolean[a.size()];
    for (int i = 0; i + SHINGLE <= a.size(); i++) {
      Long h = shingle(a, hashes, i);
      if (h != null && other.contains(h)) {
        for (int k = i; k < i + SHINGLE; k++) {
          hit[k] = true;
        }
      }
    }
    int n = 0;
    for (boolean x : hit) {
      n += x ? 1 : 0;
    }
    return n;
  }

  /** Whether two quotations are the same one, possibly cut, with gaps or in other styles. */
  public static boolean matches(List<String> a, List<String> b) {
    int na = wordCount(a);
    int nb = wordCount(b);
    List<String> shorter = na <= nb ? a : b;
    List<String> longer = na <= nb ? b : a;
    int n = Math.min(na, nb);
    if (n == 0) {
      return false;
    }
    int c = covered(shorter, longer);
    return c >= MIN_SHARED_WORDS && c >= MIN_COVERAGE * n;
  }
}
