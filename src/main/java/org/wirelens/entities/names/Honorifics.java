package org.wirelens.entities.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.wirelens.entities.names.GivenNames.Gender;
import org.wirelens.text.WordLists;

/**
 * Honorifics written before a person's name ("Mr. Clinton", "Mrs. May", "Dr. Fauci"): a form of
 * address, not a role, and for most of them the person's sex. The one list of the job, {@code
 * data/names/honorifics.tsv}, read once per JVM; the quote stage's gender evidence reads it too.
 */
public final class Honorifics {
  public static final String FILE = "names/honorifics.tsv";

  private static final class Holder {
    /** The honorifics written before a name, with their sex. */
    static final Map<String, Gender> BEFORE_NAME = read(2);

    /** The forms of address the quote stage's gender evidence reads, with their sex. */
    static final Map<String, Gender> EVIDENCE = read(3);
  }

  /** The rows marked yes in {@code column}, each honorific with its sex. */
  private static Map<String, Gender> read(int column) {
    Map<String, Gender> out = new HashMap<>();
    for (String[] r : WordLists.rows(FILE)) {
      if (r[column].equals("yes")) {
        out.put(
            r[0],
            switch (r[1]) {
              case "M" -> Gender.MALE;
              case "F" -> Gender.FEMALE;
              default -> Gender.UNKNOWN;
            });
      }
    }
    return Map.copyOf(out);
  }

  private Honorifics() {}

  /** Whether a word ("Mr.", "mrs", "Dr") is an honorific. */
  public static boolean isHonorific(String word) {
    return Holder.BEFORE_NAME.containsKey(bare(word));
  }

  /** The sex an honorific gives: MALE for "Mr.", FEMALE for "Mrs./Ms./Miss", else UNKNOWN. */
  public static Gender gender(String honorific) {
    return honorific == null
        ? Gender.UNKNOWN
        : Holder.BEFORE_NAME.getOrDefault(bare(honorific), Gender.UNKNOWN);
  }

  /**
   * The forms of address that the quote stage counts as evidence of a person's sex ("mr", "mrs",
   * "madam"), lower case without a period, with the sex each gives.
   */
  public static Map<String, Gender> genderEvidence() {
    return Holder.EVIDENCE;
  }

  static String bare(String word) {
    return word.replace(".", "").toLowerCase(Locale.ROOT);
  }
}
