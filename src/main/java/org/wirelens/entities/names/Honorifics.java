package org.wirelens.entities.names;

import java.util.Locale;
import java.util.Map;
import org.wirelens.entities.names.GivenNames.Gender;

/**
 * Honorifics written before a person's name ("Mr. Clinton", "Mrs. May", "Dr. Fauci"): a form of
 * address, not a role, and for most of them the person's sex.
 */
public final class Honorifics {
  private static final Map<String, Gender> GENDERS =
      Map.ofEntries(
          Map.entry("mr", Gender.MALE),
          Map.entry("messrs", Gender.MALE),
          Map.entry("sir", Gender.MALE),
          Map.entry("lord", Gender.MALE),
          Map.entry("monsieur", Gender.MALE),
          Map.entry("herr", Gender.MALE),
          Map.entry("senor", Gender.MALE),
          Map.entry("mrs", Gender.FEMALE),
          Map.entry("ms", Gender.FEMALE),
          Map.entry("miss", Gender.FEMALE),
          Map.entry("mme", Gender.FEMALE),
          Map.entry("madame", Gender.FEMALE),
          Map.entry("mlle", Gender.FEMALE),
          Map.entry("dame", Gender.FEMALE),
          Map.entry("lady", Gender.FEMALE),
          Map.entry("frau", Gender.FEMALE),
          Map.entry("senora", Gender.FEMALE),
          Map.entry("mx", Gender.UNKNOWN),
          Map.entry("dr", Gender.UNKNOWN),
          Map.entry("prof", Gender.UNKNOWN));

  private Honorifics() {}

  /** Whether a word ("Mr.", "mrs", "Dr") is an honorific. */
  public static boolean isHonorific(String word) {
    return GENDERS.containsKey(bare(word));
  }

  /** The sex an honorific gives: MALE for "Mr.", FEMALE for "Mrs./Ms./Miss", else UNKNOWN. */
  public static Gender gender(String honorific) {
    return honorific == null
        ? Gender.UNKNOWN
        : GENDERS.getOrDefault(bare(honorific), Gender.UNKNOWN);
  }

  static String bare(String word) {
    return word.replace(".", "").toLowerCase(Locale.ROOT);
  }
}
