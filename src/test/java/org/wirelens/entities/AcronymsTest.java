package org.wirelens.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcronymsTest {
  private static String longForm(String text) {
    List<Acronyms.Definition> defs = Acronyms.definitions(text);
    assertEquals(1, defs.size(), text);
    Acronyms.Definition d = defs.get(0);
    return text.substring(d.longBegin(), d.longEnd())
        + " = "
        + text.substring(d.acronymBegin(), d.acronymEnd());
  }

  @Test
  void findsDefinitionsTheWayNewsWritesThem() {
    assertEquals(
        "Government of National Accord = GNA",
        longForm("backed Libya's Government of National Accord (GNA) against Haftar"));
    assertEquals(
        "European Community = EC", longForm("ministers of The European Community (EC) said"));
    assertEquals(
        "International Monetary Fund = IMF",
        longForm("the World Bank and the International Monetary Fund (IMF) agreed"));
    // Letters inside words count, as long as the first one starts a word.
    assertEquals(
        "London Interbank Offered Rates = LIBOR",
        longForm("over London Interbank Offered Rates (LIBOR) for"));
    assertEquals(
        "Organization of Petroleum Exporting Countries = OPEC",
        longForm("the Organization of Petroleum Exporting Countries ( OPEC ) met"));
  }

  @Test
  void ignoresParenthesesThatDefineNothing() {
    assertTrue(Acronyms.definitions("said on Monday (AP) that").isEmpty());
    assertTrue(Acronyms.definitions("shipped free on board (FOB) from").isEmpty());
    assertTrue(Acronyms.definitions("the company (Reuters) said").isEmpty());
    assertTrue(Acronyms.definitions("a loss (1.2 mln dlrs)").isEmpty());
    // A definition does not reach back over a line break into the headline.
    assertTrue(Acronyms.definitions("Government\nof National Accord (GNA)").isEmpty());
  }

  private static ResolvedMention mention(String text, String surface, String id, String kind) {
    int b = text.indexOf(surface);
    return new ResolvedMention(
        b, b + surface.length(), 0, id, EntityType.ORG, kind, kind.equals("model") ? "m" : "c");
  }

  @Test
  void linksTheLongFormTheAcronymAndItsLaterUses() {
    String text =
        "Forces of the Government of National Accord (GNA) advanced. Later GNA troops and the GNA"
            + " said so.";
    // The model found only part of the long form, and the acronym once, as its own name.
    List<ResolvedMention> in =
        List.of(
            mention(text, "National Accord", "ent:national-accord", ResolvedMention.MODEL),
            new ResolvedMention(
                text.lastIndexOf("GNA"),
                text.lastIndexOf("GNA") + 3,
                1,
                "ent:gna",
                EntityType.ORG,
                ResolvedMention.MODEL,
                "m"));
    List<ResolvedMention> out = Acronyms.link(text, in, o -> o < 60 ? 0 : 1);
    assertEquals(4, out.size(), out.toString());
    for (ResolvedMention m : out) {
      assertEquals("ent:government-of-national-accord", m.entityId(), m.toString());
      assertEquals(EntityType.ORG, m.mentionType());
    }
    assertEquals(
        "Government of National Accord", text.substring(out.get(0).begin(), out.get(0).end()));
    assertEquals(Acronyms.LONG_FORM, out.get(0).matchKind());
    assertEquals(Acronyms.ACRONYM, out.get(3).matchKind());
    assertEquals(1, out.get(3).sentence());
  }

  @Test
  void aCatalogLongFormGivesItsEntityAndTheCatalogAcronymIsNotOverridden() {
    String text = "the European Community (EC) and the EC again";
    List<ResolvedMention> in =
        List.of(mention(text, "European Community", "org:eec", AliasTarget.NAME));
    List<ResolvedMention> out = Acronyms.link(text, in, o -> 0);
    assertEquals(3, out.size());
    assertTrue(out.stream().allMatch(m -> m.entityId().equals("org:eec")));

    String other = "the Economic Council (EC) and more";
    List<ResolvedMention> catalogSaysOtherwise =
        List.of(mention(other, "EC", "org:eec", AliasTarget.ALIAS));
    List<ResolvedMention> kept = Acronyms.link(other, catalogSaysOtherwise, o -> 0);
    assertEquals(
        "org:eec",
        kept.stream()
            .filter(m -> m.begin() == other.indexOf("EC"))
            .findFirst()
            .orElseThrow()
            .entityId());
  }

  @Test
  void corpusMergeJoinsBareAcronymsToTheirAgreedDefinition() {
    Map<String, EntityType> types =
        Map.of(
            "ent:gna", EntityType.ORG,
            "ent:government-of-national-accord", EntityType.ORG,
            "ent:ec", EntityType.ORG,
            "ent:amc", EntityType.ORG);
    Map<String, String> merges =
        CorpusMerge.merges(
            types,
            Map.of(),
            // Documents that use each acronym without defining it.
            Map.of("ent:gna", 2L, "ent:ec", 1L, "ent:amc", 19L),
            Map.of(
                // Defined in two documents, used bare in two: joined.
                "gna", new CorpusMerge.Defined(Set.of("ent:government-of-national-accord"), 2),
                // Two definitions that disagree: apart.
                "ec", new CorpusMerge.Defined(Set.of("org:eec", "ent:economic-council"), 2),
                // One definition against nineteen bare uses (Reuters 1987: American Motors): apart.
                "amc", new CorpusMerge.Defined(Set.of("ent:amalgamated-metal-corporation"), 1)));
    assertEquals(Map.of("ent:gna", "ent:government-of-national-accord"), merges);
  }
}
