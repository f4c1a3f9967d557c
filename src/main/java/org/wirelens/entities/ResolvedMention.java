package org.wirelens.entities;

/**
 * A mention after resolution: the span, its sentence, the entity it names, and what the text says
 * around it (the honorific and descriptor before a person's name; whether the evidence could not
 * settle which entity a name means). {@code key} is the folded name ({@code NameKeys.key}), null
 * when not known; {@code partOf} the containing entity of a catalog entity (a US state's country).
 */
public record ResolvedMention(
    int begin,
    int end,
    int sentence,
    String entityId,
    EntityType mentionType,
    String matchKind,
    String recognizer,
    String key,
    String partOf,
    boolean ambiguous,
    String honorific,
    String descriptor) {
  /** match_kind of a name a model found outside the catalog. */
  public static final String MODEL = "model";

  /** A resolved mention with nothing known around it yet. */
  public ResolvedMention(
      int begin,
      int end,
      int sentence,
      String entityId,
      EntityType mentionType,
      String matchKind,
      String recognizer) {
    this(
        begin,
        end,
        sentence,
        entityId,
        mentionType,
        matchKind,
        recognizer,
        null,
        null,
        false,
        null,
        null);
  }

  /** This mention naming another entity. */
  public ResolvedMention withEntity(
      String id, EntityType type, String kind, String parent, boolean isAmbiguous) {
    return new ResolvedMention(
        begin,
        end,
        sentence,
        id,
        type,
        kind,
        recognizer,
        key,
        parent,
        isAmbiguous,
        honorific,
        descriptor);
  }

  /** This mention with its folded name. */
  public ResolvedMention withKey(String k) {
    return new ResolvedMention(
        begin,
        end,
        sentence,
        entityId,
        mentionType,
        matchKind,
        recognizer,
        k,
        partOf,
        ambiguous,
        honorific,
        descriptor);
  }

  /** This mention with the honorific and descriptor written before it. */
  public ResolvedMention withLabel(String h, String d) {
    return new ResolvedMention(
        begin,
        end,
        sentence,
        entityId,
        mentionType,
        matchKind,
        recognizer,
        key,
        partOf,
        ambiguous,
        h,
        d);
  }

  public int length() {
    return end - begin;
  }

  public boolean overlaps(int otherBegin, int otherEnd) {
    return begin < otherEnd && otherBegin < end;
  }
}
