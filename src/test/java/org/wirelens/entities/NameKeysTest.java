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
  void companiesMeetWithoutTheirLegalForm() {
    assertEquals("chrysler", NameKeys.key("Chrysler Corp"));
    assertEquals("chrysler", NameKeys.key("Chrysler"));
    assertEquals("merrill lynch", NameKeys.key("Merrill Lynch & Co Inc"));
    assertEquals("amalgamated metal", NameKeys.key("Amalgamated Metal Corporation Plc"));
    assertEquals("deutsche bank", NameKeys.key("Deutsche Bank AG"));
    // A legal form alone is not stripped to nothing, nor a form inside the name.
    assertEquals("corp", NameKeys.key("Corp"));
    assertEquals("co operative bank", NameKeys.key("Co-operative Bank"));
  }

  @Test
  void otherScriptsAreTransliterated() {
    assertEquals("moskva", NameKeys.key("Москва"));
  }
}
