package org.wirelens.entities;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.wirelens.text.TextFold;

/**
 * Keys and ids for names a model finds outside the catalog, so that the ways outlets write one name
 * meet: transliterated to Latin (ICU), folded, "the", possessives and a company's legal form
 * dropped ("Chrysler Corp" = "Chrysler"), and for persons the given names reduced to a consonant
 * skeleton (Khaled = Khalid, Mohamed = Muhammad).
 */
public final class NameKeys {
  private static final Pattern NON_KEY = Pattern.compile("[^a-z0-9 ]");
  private static final Pattern VOWELS_AFTER_FIRST = Pattern.compile("(?<=.)[aeiouy]");
  private static final Pattern DOUBLES = Pattern.compile("(.)\\1+");
  private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "ben");

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

  /** The key under which person names are merged: given names as consonant skeletons. */
  public static String personKey(String key) {
    String[] words = key.split(" ");
    if (words.length < 2) {
      return key;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i < words.length - 1 && !PARTICLES.contains(w)) {
        w = DOUBLES.matcher(VOWELS_AFTER_FIRST.matcher(w).replaceAll("")).replaceAll("$1");
      }
      sb.append(i == 0 ? "" : " ").append(w);
    }
    return sb.toString();
  }

  /** The entity id of a model-found name: stable, readable, independent of the type guessed. */
  public static String entityId(EntityType label, String key) {
    String k = label == EntityType.PERSON ? personKey(key) : key;
    return "ent:" + k.replace(' ', '-').toLowerCase(Locale.ROOT);
  }

  /** The last word of a key, for surname coreference. */
  public static String lastWord(String key) {
    int i = key.lastIndexOf(' ');
    return i < 0 ? key : key.substring(i + 1);
  }
}
