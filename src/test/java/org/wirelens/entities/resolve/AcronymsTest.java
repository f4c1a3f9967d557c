package org.wirelens.entities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.wirelens.entities.AliasTarget;
import org.wirelens.entities.EntityType;
import org.wirelens.entities.ResolvedMention;

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
  @Timeout(20)
  void aLongLineCostsItsLengthNotItsLengthTimesItsParentheses() {
    // 20,000 definitions on one line: scanning back from each to the line's start made this
    // quadratic (hundreds of millions of characters); a window per definition keeps it linear.
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append("the Government of National Accord (GNA) and ");
    }
    List<Acronyms.Definition> defs = Acronyms.definitions(sb.toString());
    assertEquals(20_000, defs.size());
    assertEquals(
        "Government of National Accord",
        sb.substring(defs.get(19_999).longBegin(), defs.get(19_999).longEnd()));
  }
}
