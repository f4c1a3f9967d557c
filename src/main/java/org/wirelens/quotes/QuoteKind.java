package org.wirelens.quotes;

import java.util.Locale;

/**
 * How a quotation is reported: in quotation marks, as reported speech, or reported speech with
 * quoted words.
 */
public enum QuoteKind {
  /** The speaker's words in quotation marks. */
  DIRECT,
  /** Reported speech without quotation marks ("Lavrov said the ceasefire must hold"). */
  INDIRECT,
  /** Reported speech that quotes some of the speaker's words ("Lavrov said it was 'a setback'"). */
  MIXED;

  /** The value stored in the table. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
