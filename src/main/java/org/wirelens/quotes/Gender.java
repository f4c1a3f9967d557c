package org.wirelens.quotes;

import org.wirelens.entities.names.GivenNames;

/**
 * A person's grammatical gender as far as the text or a name list tells: what "he"/"she" agree
 * with.
 */
public enum Gender {
  MALE,
  FEMALE,
  UNKNOWN;

  /** Whether a pronoun or role word of gender {@code g} may refer to a person with this hint. */
  public boolean agrees(Gender g) {
    return this == UNKNOWN || g == UNKNOWN || this == g;
  }

  /**
   * The gender a name list's or an honorific's sex gives ({@link GivenNames.Gender}, six ways):
   * male or mostly male is MALE, female or mostly female FEMALE, unisex and unknown UNKNOWN.
   */
  public static Gender of(GivenNames.Gender g) {
    return g.male() ? MALE : g.female() ? FEMALE : UNKNOWN;
  }

  /** The gender a word list's column gives: M, F, anything else ({@code -}) UNKNOWN. */
  static Gender ofCode(String code) {
    return switch (code) {
      case "M" -> MALE;
      case "F" -> FEMALE;
      default -> UNKNOWN;
    };
  }
}
