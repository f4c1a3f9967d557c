package org.wirelens.entities;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * The title or rank written before a person's name ("Turkish Defense Minister Hulusi Akar",
 * "retired Libyan Major General Khalifa Haftar"): how each outlet labels the actor.
 */
public final class Descriptors {
  /** Words that are titles or ranks, not names. */
  static final Set<String> TITLES =
      Set.of(
          "president",
          "vice",
          "prime",
          "minister",
          "foreign",
          "defense",
          "defence",
          "interior",
          "finance",
          "general",
          "gen",
          "marshal",
          "field",
          "major",
          "maj",
          "retired",
          "colonel",
          "col",
          "captain",
          "lieutenant",
          "admiral",
          "commander",
          "chancellor",
          "king",
          "queen",
          "prince",
          "princess",
          "sheikh",
          "emir",
          "crown",
          "dr",
          "mr",
          "mrs",
          "ms",
          "sir",
          "lord",
          "spokesman",
          "spokeswoman",
          "ambassador",
          "secretary",
          "chief",
          "senator",
          "sen",
          "governor",
          "gov",
          "mayor",
          "judge",
          "pope",
          "chairman",
          "chairwoman",
          "director",
          "deputy",
          "acting",
          "former",
          "late",
          "renegade",
          "strongman",
          "rep",
          "representative",
          "official",
          "leader",
          "head",
          "envoy",
          "premier");

  private static final int MAX_WORDS = 6;

  private Descriptors() {}

  /** The descriptor right before {@code begin} in {@code text}, or null when there is none. */
  public static String before(String text, int begin) {
    Deque<String> words = new ArrayDeque<>();
    int end = begin;
    boolean anyTitle = false;
    while (words.size() < MAX_WORDS) {
      int i = end;
      while (i > 0 && text.charAt(i - 1) == ' ') {
        i--;
      }
      if (i == end && end != begin) {
        break;
      }
      int j = i;
      while (j > 0 && !Character.isWhitespace(text.charAt(j - 1))) {
        j--;
      }
      if (j == i) {
        break;
      }
      String word = text.substring(j, i);
      String bare = word.replace(".", "").toLowerCase(Locale.ROOT);
      boolean title = TITLES.contains(bare);
      boolean capitalised =
          Character.isUpperCase(word.charAt(0))
              && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.');
      if (!title && !capitalised) {
        break;
      }
      words.addFirst(word);
      anyTitle |= title;
      end = j;
    }
    // Drop leading words that are neither titles nor part of a title phrase ("Moscow", "The").
    while (!words.isEmpty()
        && !TITLES.contains(words.peekFirst().replace(".", "").toLowerCase(Locale.ROOT))
        && words.size() > 1
        && !isDemonymLike(words.peekFirst())) {
      words.removeFirst();
    }
    return anyTitle && !words.isEmpty() ? String.join(" ", words) : null;
  }

  /** "Turkish", "Libyan", "Russian": adjectives of nationality kept in a descriptor. */
  private static boolean isDemonymLike(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith("ish") || w.endsWith("an") || w.endsWith("i") || w.endsWith("ese");
  }
}
