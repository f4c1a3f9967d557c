package org.wirelens.quotes;

import java.io.Serializable;

/**
 * Where the quote stage gets each person's gender hint, which "he" and "she" must agree with. The
 * default reads the text's evidence alone; a given-name list can be plugged in here (e.g. tried
 * first, with the text's evidence as the fallback: {@code names.or(GenderHints.fromText())}).
 */
public interface GenderHints extends Serializable {
  /**
   * The hint for one person.
   *
   * @param entityId the person's entity id
   * @param name the person's canonical name ({@code entities.name})
   * @param votes the corpus's evidence, summed over documents ({@link GenderEvidence})
   */
  Gender hint(String entityId, String name, GenderEvidence.Votes votes);

  /** This hint where it knows, else {@code other}'s. */
  default GenderHints or(GenderHints other) {
    return (id, name, votes) -> {
      Gender g = hint(id, name, votes);
      return g != Gender.UNKNOWN ? g : other.hint(id, name, votes);
    };
  }

  /**
   * The text's evidence: a gender with at least two votes (one honorific, or two pronouns) and at
   * least three times the other's votes (pronouns near a name do not always refer to it).
   */
  static GenderHints fromText() {
    return (id, name, v) -> {
      if (v.male() >= 2 && v.male() >= 3 * v.female()) {
        return Gender.MALE;
      }
      if (v.female() >= 2 && v.female() >= 3 * v.male()) {
        return Gender.FEMALE;
      }
      return Gender.UNKNOWN;
    };
  }

  /**
   * The person's given name in a real name list ({@code data/names}, {@link
   * org.wirelens.entities.names.GivenNames}): the first word of the canonical name, when the list
   * gives it one gender.
   */
  static GenderHints fromGivenNames() {
    return (id, name, v) -> {
      if (name == null || name.isBlank()) {
        return Gender.UNKNOWN;
      }
      return Gender.of(
          org.wirelens.entities.names.GivenNames.gender(name.strip().split("\\s+")[0]));
    };
  }
}
