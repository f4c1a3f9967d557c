package org.wirelens.entities;

/** A mention after resolution: the span, its sentence, and the entity it names. */
public record ResolvedMention(
    int begin,
    int end,
    int sentence,
    String entityId,
    EntityType mentionType,
    String matchKind,
    String recognizer) {}
