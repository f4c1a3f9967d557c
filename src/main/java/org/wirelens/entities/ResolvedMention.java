package org.wirelens.entities;

/** A mention after resolution: the span, its sentence, and the entity it names. */
public record ResolvedMention(
    int begin,
    int end,
    int sentence,
    String entityId,
    EntityType mentionType,
    String matchKind,
    String recognizer) {
  /** match_kind of a name a model found outside the catalog. */
  public static final String MODEL = "model";
}
