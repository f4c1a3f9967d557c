package org.wirelens.quotes;

import java.io.Serializable;

/**
 * One quotation found in a document, as stored in the {@code quotes} table (offsets into the
 * document text, ends exclusive; cue and speaker fields null when there is none).
 *
 * @param speakerBegin where the speaker is written: for {@link SpeakerMethod#PREVIOUS_QUOTE} and
 *     {@link SpeakerMethod#SAME_QUOTE}, the attribution of the quotation it takes its speaker from
 */
public record Quote(
    int begin,
    int end,
    String text,
    QuoteKind kind,
    String cue,
    Integer cueBegin,
    Integer cueEnd,
    String speaker,
    Integer speakerBegin,
    Integer speakerEnd,
    String speakerEntityId,
    SpeakerMethod speakerMethod)
    implements Serializable {

  /** The same quotation with the speaker of another (the one it continues). */
  Quote withSpeakerOf(Quote other, SpeakerMethod method) {
    return new Quote(
        begin,
        end,
        text,
        kind,
        cue,
        cueBegin,
        cueEnd,
        other.speaker,
        other.speakerBegin,
        other.speakerEnd,
        other.speakerEntityId,
        other.speaker == null ? SpeakerMethod.NONE : method);
  }
}
