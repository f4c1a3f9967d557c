package org.wirelens.quotes;

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
}
