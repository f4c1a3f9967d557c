package org.wirelens.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameKeysTest {
  @Test
  void transliterationAndGivenNameSkeletonsMeet() {
    assertEquals(
        NameKeys.entityId(EntityType.PERSON, NameKeys.key("Khaled al-Mashri")),
        NameKeys.entityId(EntityType.PERSON, NameKeys.key("Khalid Al-Mashri")));
    assertEquals(
        NameKeys.entityId(EntityType.PERSON, NameKeys.key("Mevlüt Çavuşoğlu")),
        NameKeys.entityId(EntityType.PERSON, NameKeys.key("Mevlut Cavusoglu")));
    assertEquals(
        NameKeys.entityId(EntityType.PERSON, NameKeys.key("Mohamed Siala")),
        NameKeys.entityId(EntityType.PERSON, NameKeys.key("Muhammad Siala")));
    assertEquals("ent:khld-al-mashri", NameKeys.entityId(EntityType.PERSON, "khaled al mashri"));
  }

  @Test
  void keysDropTheAndPossessives() {
    assertEquals("kremlin", NameKeys.key("the Kremlin"));
    assertEquals("haftar", NameKeys.key("Haftar’s"));
    assertEquals(
        "ent:supreme-council-of-state",
        NameKeys.entityId(EntityType.ORG, NameKeys.key("Supreme Council of State")));
  }

  @Test
  void otherScriptsAreTransliterated() {
    assertEquals("moskva", NameKeys.key("Москва"));
  }
}
