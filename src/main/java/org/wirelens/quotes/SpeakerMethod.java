package org.wirelens.quotes;

import java.util.Locale;

/** How a quotation's speaker was found; stored in {@code quotes.speaker_method}. */
public enum SpeakerMethod {
  /**
   * A name (an entity mention) in the attribution: "Lavrov said", "said Lavrov", "according to
   * Lavrov".
   */
  NAME,
  /** A pronoun in the attribution, resolved to the most salient agreeing person or organisation. */
  PRONOUN,
  /**
   * A description in the attribution ("the minister", "officials"), resolved where it is definite.
   */
  DESCRIPTION,
  /**
   * No attribution in its own sentence: the speaker of the previous quotation, same or last
   * paragraph.
   */
  PREVIOUS_QUOTE,
  /**
   * A paragraph of a quotation running over several paragraphs; another paragraph carries the
   * attribution.
   */
  SAME_QUOTE,
  /** Floating: no speaker could be found. */
  NONE;

  /** The value stored in the table. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
