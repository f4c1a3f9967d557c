package org.wirelens.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Unicode folding for matching: diacritics, curly quotes, dashes and apostrophes become their plain
 * ASCII forms.
 *
 * <p>{@link #foldSameLength} maps char by char, so every offset into the folded text is an offset
 * into the original text: matching runs on folded text while stored offsets stay valid for the
 * stored (NFC) text. Characters whose folded form is longer than one char (ß, Æ, …) are kept.
 */
public final class TextFold {
  /**
   * Folding covers Latin, Greek, Cyrillic and general punctuation; beyond that chars map to
   * themselves.
   */
  private static final int TABLE_SIZE = 0x3000;

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private TextFold() {}

  /** Built once per JVM, on first use, and shared by all task threads (read-only). */
  private static final class Table {
    static final char[] MAP = build();

    private static char[] build() {
      Transliterator fold =
          Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII");
      char[] map = new char[TABLE_SIZE];
      for (int c = 0; c < TABLE_SIZE; c++) {
        map[c] = (char) c;
        if (Character.isSurrogate((char) c) || Character.getType(c) == Character.UNASSIGNED) {
          continue;
        }
        String folded = fold.transliterate(String.valueOf((char) c));
        if (folded.length() == 1) {
          map[c] = folded.charAt(0);
        }
      }
      return map;
    }
  }

  /** Unicode NFC, the form every stored text is kept in. */
  public static String nfc(String s) {
    return NFC.normalize(s);
  }

  /** Folds char by char; the result has exactly the length of {@code s}. */
  public static String foldSameLength(String s) {
    char[] map = Table.MAP;
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c < TABLE_SIZE) {
        out[i] = map[c];
      }
    }
    return new String(out);
  }

  /**
   * A lookup key: folded, lower-cased, whitespace collapsed and trimmed. Two surface forms that
   * differ only by case, diacritics, quote or dash style get the same key.
   */
  public static String key(String s) {
    String folded = foldSameLength(nfc(s)).toLowerCase(Locale.ROOT);
    return SPACES.matcher(folded).replaceAll(" ").trim();
  }

  /**
   * The key under which a phrase is matched: {@link #key} with hyphens read as spaces, because the
   * tokenizer splits on hyphens ("al-Sarraj" and "Al Sarraj" are the same token sequence).
   */
  public static String matchKey(String s) {
    return SPACES.matcher(key(s).replace('-', ' ')).replaceAll(" ").trim();
  }
}
