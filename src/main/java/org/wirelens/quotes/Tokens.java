package org.wirelens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words and punctuation of a text with their offsets, for matching attribution patterns. Words keep
 * inner apostrophes, hyphens and periods ("don't", "al-Mashri", "U.S.") and the period of a known
 * abbreviation ("Mr.", "Jan."; {@code data/lexicon/abbreviations.tsv}), so that a period token is a
 * sentence or clause end.
 */
final class Tokens {
  /** A word or a single punctuation character. */
  record Token(int begin, int end, String text, String lower, boolean word) {
    boolean is(String s) {
      return lower.equals(s);
    }

    boolean capitalised() {
      return word && Character.isUpperCase(text.codePointAt(0));
    }
  }

  private Tokens() {}

  /** Tokens of {@code text[begin:end]}. */
  static List<Token> of(String text, int begin, int end) {
    List<Token> out = new ArrayList<>();
    int i = begin;
    while (i < end) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < end) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if (isInner(d) && j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1))) {
            j += 2;
          } else if (d == ','
              && j + 3 < end
              && Character.isDigit(text.charAt(j - 1))
              && Character.isDigit(text.charAt(j + 1))
              && Character.isDigit(text.charAt(j + 2))
              && Character.isDigit(text.charAt(j + 3))) {
            j += 4; // "2,000": a thousands separator, not a comma
          } else {
            break;
          }
        }
        String w = text.substring(i, j);
        if (j < end && text.charAt(j) == '.' && abbreviation(w)) {
          j++;
          w = text.substring(i, j);
        }
        // Curly apostrophes read as straight ones: "won’t" is "won't".
        out.add(new Token(i, j, w, w.toLowerCase(Locale.ROOT).replace('\u2019', '\''), true));
        i = j;
      } else {
        out.add(new Token(i, i + 1, String.valueOf(c), String.valueOf(c), false));
        i++;
      }
    }
    return out;
  }

  private static boolean isInner(char d) {
    return d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '&' || d == '\u2010';
  }

  /** "Mr", "Jan", a single letter ("J. Smith") or a dotted acronym ("U.S"). */
  private static boolean abbreviation(String w) {
    return Lexicon.ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))
        || (w.length() == 1 && Character.isUpperCase(w.charAt(0)))
        || (w.indexOf('.') > 0 && w.length() <= 8);
  }

  /** Whitespace including no-break and narrow no-break spaces (French « guillemets »). */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b';
  }
}
