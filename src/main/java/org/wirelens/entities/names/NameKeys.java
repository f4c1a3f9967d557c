package org.wirelens.entities.names;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.wirelens.text.TextFold;

/**
 * Keys and ids for names a model finds outside the catalog, so that the ways outlets write one name
 * meet: transliterated to Latin (ICU), folded, "the", possessives and a company's legal form
 * dropped ("Chrysler Corp" = "Chrysler"), and given names written in one spelling of each name
 * ({@link GivenNames#canonical}: Khaled = Khalid, Mohamed = Muhammad, but Maria, Mario and Mary
 * stay three names). An id does not depend on the type a model guessed: "Khalifa Haftar" tagged
 * PERSON in one sentence and LOCATION in another is one id.
 */
public final class NameKeys {
  private static final Pattern NON_KEY = Pattern.compile("[^a-z0-9 ]");

  /** Arabic name particles: "al-Sarraj" and "Sarraj" name one person. */
  public static final Set<String> PARTICLES =
      Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "bint", "ben");

  /**
   * Legal forms that end company names. Wire copy writes a company with and without its form
   * ("Chrysler Corp", "Chrysler"; "Merrill Lynch and Co Inc"); short forms that are also common
   * words at the end of other names ("AS", "AB") are left out.
   */
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "inc",
          "incorporated",
          "corp",
          "corporation",
          "co",
          "cos",
          "company",
          "ltd",
          "limited",
          "plc",
          "llc",
          "llp",
          "lp",
          "ag",
          "sa",
          "nv",
          "bv",
          "gmbh",
          "spa",
          "pty");

  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private NameKeys() {}

  /** The key of a name: Latin, folded, lower case, words only. */
  public static String key(String surface) {
    String latin = TO_LATIN.get().transliterate(TextFold.nfc(surface));
    String k = TextFold.matchKey(latin).replace("'s", "").replace("'", "");
    k = NON_KEY.matcher(k).replaceAll(" ").trim().replaceAll(" +", " ");
    if (k.startsWith("the ")) {
      k = k.substring(4);
    }
    return withoutLegalForm(k);
  }

  /** "chrysler corp" -> "chrysler", "merrill lynch and co inc" -> "merrill lynch"; never empty. */
  static String withoutLegalForm(String key) {
    String k = key;
    int space = k.lastIndexOf(' ');
    while (space > 0 && LEGAL_FORMS.contains(k.substring(space + 1))) {
      k = k.substring(0, space);
      if (k.endsWith(" and")) {
        k = k.substring(0, k.length() - 4);
      }
      space = k.lastIndexOf(' ');
    }
    return k;
  }

  /**
   * The key ids are made of: every word but the last (given names, middle names, particles) in its
   * canonical spelling, so "khaled al mashri" and "khalid al mashri" meet. Applied whatever the
   * type: a word that is no given name stays as it is ("general motors").
   */
  public static String idKey(String key) {
    String[] words = key.split(" ");
    if (words.length < 2) {
      return key;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i < words.length - 1 && !PARTICLES.contains(w)) {
        w = GivenNames.canonical(w);
      }
      sb.append(i == 0 ? "" : " ").append(w);
    }
    return sb.toString();
  }

  /** The entity id of a model-found name: stable, readable, independent of the type guessed. */
  public static String entityId(String key) {
    return "ent:" + idKey(key).replace(' ', '-').toLowerCase(Locale.ROOT);
  }

  /**
   * The words of a key without leading particles: "al sarraj" -> ["sarraj"]; a one-word name is a
   * key with one such word.
   */
  public static boolean singleName(String key) {
    String[] words = key.split(" ");
    return words.length == 1 || (words.length == 2 && PARTICLES.contains(words[0]));
  }

  /** The first word of a key: a person's given name. */
  public static String firstWord(String key) {
    int i = key.indexOf(' ');
    return i < 0 ? key : key.substring(0, i);
  }

  /** The last word of a key, for surname coreference. */
  public static String lastWord(String key) {
    int i = key.lastIndexOf(' ');
    return i < 0 ? key : key.substring(i + 1);
  }
}
