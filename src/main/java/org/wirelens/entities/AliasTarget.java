package org.wirelens.entities;

import java.io.Serializable;

/**
 * What a matched phrase resolves to: the entity, the type of this mention (NORP for a demonym of a
 * country), how it matched (name, alias, demonym, surname), whether it is an acronym that only
 * counts when written in capitals ("WHO", "US": not "who", "us"), and the entity the catalog says
 * it is part of (a US state's country), for reading ambiguous names by their neighbours.
 */
public record AliasTarget(
    String entityId, EntityType mentionType, String matchKind, boolean capitalsOnly, String partOf)
    implements Serializable {
  public static final String NAME = "name";
  public static final String ALIAS = "alias";
  public static final String DEMONYM = "demonym";
  public static final String SURNAME = "surname";

  /** A target matched in any case. */
  public AliasTarget(String entityId, EntityType mentionType, String matchKind) {
    this(entityId, mentionType, matchKind, false, null);
  }

  /** A target of an entity the catalog places in nothing larger. */
  public AliasTarget(
      String entityId, EntityType mentionType, String matchKind, boolean capitalsOnly) {
    this(entityId, mentionType, matchKind, capitalsOnly, null);
  }

  /** True for a phrase written only in capitals (at least two letters): an acronym. */
  public static boolean isAcronym(String phrase) {
    long letters = phrase.chars().filter(Character::isLetter).count();
    return letters >= 2 && phrase.chars().noneMatch(Character::isLowerCase);
  }

  /** Whether a matched surface may stand for this target. */
  public boolean accepts(String surface) {
    return !capitalsOnly || surface.chars().noneMatch(Character::isLowerCase);
  }
}
