package org.wirelens.entities;

/**
 * Entity types of the catalog, after OntoNotes: people, organisations, places, countries, groups.
 */
public enum EntityType {
  PERSON,
  ORG,
  LOC,
  GPE,
  NORP
}
