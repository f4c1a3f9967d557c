package org.wirelens.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirelens.WirelensException;
import org.wirelens.text.TextFold;

class CatalogTest {
  private static final Catalog SHIPPED = Catalog.load(Path.of("data/catalog"));

  private static AliasTarget strong(String phrase) {
    return SHIPPED.strong(TextFold.matchKey(phrase)).orElseThrow(() -> new AssertionError(phrase));
  }

  @Test
  void shippedCatalogLoadsWithEveryCountry() {
    long countries =
        SHIPPED.entries().stream()
            .filter(e -> e.type() == EntityType.GPE)
            .filter(e -> e.id().length() == 6)
            .count();
    // 193 UN members, 2 observer states, Taiwan, and the Soviet Union for archives before 1992.
    assertEquals(197, countries);
  }

  @Test
  void demonymsResolveToTheirCountryAsNorp() {
    assertEquals(
        new AliasTarget("gpe:ae", EntityType.NORP, AliasTarget.DEMONYM), strong("Emirati"));
    assertEquals("gpe:tr", strong("Turkish").entityId());
    assertEquals("gpe:ly", strong("Libyans").entityId());
    assertEquals("gpe:tr", strong("Turks").entityId());
    // A Soviet minister in 1987 is not a Russian one.
    assertEquals("gpe:su", strong("Soviet").entityId());
    assertEquals("gpe:su", strong("USSR").entityId());
    assertEquals("gpe:ru", strong("Russian").entityId());
  }

  @Test
  void spellingVariantsAndTranslationsShareOneEntity() {
    assertEquals("person:mevlut-cavusoglu", strong("Çavuşoğlu").entityId());
    assertEquals("person:mevlut-cavusoglu", strong("Mevlut Cavusoglu").entityId());
    assertEquals("person:khaled-al-mashri", strong("Khalid al-Mashri").entityId());
    assertEquals("person:khaled-al-mashri", strong("Khaled Al Mashri").entityId());
    assertEquals("org:gna", strong("reconciliation government").entityId());
    assertEquals("org:gna", strong("Al-Wefaq").entityId());
  }

  @Test
  void surnamesAreWeakAndDerivedFromPersons() {
    assertEquals(List.of("person:hulusi-akar"), SHIPPED.weak("akar"));
    assertTrue(SHIPPED.strong("akar").isEmpty());
    assertEquals(List.of("sarraj", "al sarraj"), Catalog.surnames("Fayez al-Sarraj"));
    assertEquals(List.of(), Catalog.surnames("Putin"));
  }

  @Test
  void acronymsOnlyMatchInCapitals() {
    AliasTarget who = strong("WHO");
    assertTrue(who.accepts("WHO"));
    assertFalse(who.accepts("who"));
    assertTrue(strong("Turkey").accepts("TURKEY"));
    assertTrue(strong("Turkey").accepts("turkey"));
  }

  @Test
  void twoEntitiesClaimingOnePhraseIsAnError() {
    List<CatalogEntry> entries =
        List.of(
            new CatalogEntry("a", "Georgia", EntityType.GPE, List.of(), List.of()),
            new CatalogEntry("b", "Georgia State", EntityType.GPE, List.of("georgia"), List.of()));
    WirelensException e = assertThrows(WirelensException.class, () -> Catalog.of(entries));
    assertTrue(e.getMessage().contains("'Georgia' (a, b)"), e.getMessage());
  }

  @Test
  void pluralRules() {
    assertEquals("Libyans", Catalog.plural("Libyan"));
    assertEquals("Emiratis", Catalog.plural("Emirati"));
    assertEquals(null, Catalog.plural("Chinese"));
    assertEquals(null, Catalog.plural("Swiss"));
    assertEquals(null, Catalog.plural("British"));
  }

  @Test
  void aNameMarkedAmbiguousHasSensesWithThePlainClaimFirst() {
    List<AliasTarget> georgia = SHIPPED.senses("georgia");
    assertEquals(
        List.of("gpe:ge", "gpe:us-ga"), georgia.stream().map(AliasTarget::entityId).toList());
    assertEquals("gpe:us", georgia.get(1).partOf());
    // The plain claim stays the phrase's strong target, the default sense.
    assertEquals("gpe:ge", strong("Georgia").entityId());
    // The state's own name reads unmarked.
    assertEquals("Georgia", SHIPPED.entry("gpe:us-ga").orElseThrow().name());
    assertEquals("gpe:us", SHIPPED.entry("gpe:us-tx").orElseThrow().partOf());
    assertEquals(
        List.of("gpe:us-dc", "gpe:us-wa"),
        SHIPPED.senses("washington").stream().map(AliasTarget::entityId).toList());
    assertTrue(SHIPPED.senses("texas").isEmpty());
  }

  @Test
  void twoPlainClaimsOfAMarkedPhraseAreStillAnError() {
    List<CatalogEntry> entries =
        List.of(
            new CatalogEntry("a", "Georgia", EntityType.GPE, List.of(), List.of()),
            new CatalogEntry("b", "Georgia", EntityType.GPE, List.of(), List.of()),
            new CatalogEntry("c", "Georgia State", EntityType.GPE, List.of("~Georgia"), List.of()));
    WirelensException e = assertThrows(WirelensException.class, () -> Catalog.of(entries));
    assertTrue(e.getMessage().contains("(a, b, c)"), e.getMessage());
  }
}
