package org.wirelens.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusMergeTest {
  @Test
  void lastNamesAndMergedSpansJoinTheirPerson() {
    Map<String, EntityType> types =
        Map.of(
            "ent:khlf-haftar", EntityType.PERSON,
            "ent:haftar", EntityType.LOC,
            "ent:fz-al-sarraj", EntityType.PERSON,
            "ent:al-sarraj", EntityType.PERSON,
            "ent:al-wfq-fz-al-sarraj", EntityType.PERSON,
            "ent:tripoli", EntityType.LOC);
    assertEquals(
        Map.of(
            "ent:haftar", "ent:khlf-haftar",
            "ent:al-sarraj", "ent:fz-al-sarraj",
            "ent:al-wfq-fz-al-sarraj", "ent:fz-al-sarraj"),
        CorpusMerge.merges(types));
  }

  @Test
  void aSpanEndingWithTwoPersonsNamesStaysApart() {
    Map<String, EntityType> types =
        Map.of(
            "ent:wfq-ahmd-fz-al-sarraj", EntityType.PERSON,
            "ent:ahmd-fz-al-sarraj", EntityType.PERSON,
            "ent:fz-al-sarraj", EntityType.PERSON);
    // "ahmd fz al sarraj" ends with one person's name and joins it; the longer span ends with two.
    assertEquals(Map.of("ent:ahmd-fz-al-sarraj", "ent:fz-al-sarraj"), CorpusMerge.merges(types));
  }

  @Test
  void anAmbiguousLastNameStaysApart() {
    Map<String, EntityType> types =
        Map.of(
            "ent:jn-smith", EntityType.PERSON,
            "ent:ann-smith", EntityType.PERSON,
            "ent:smith", EntityType.PERSON);
    assertEquals(Map.of(), CorpusMerge.merges(types));
  }

  @Test
  void loneOneWordPersonsSeenOnceAreDropped() {
    Map<String, EntityType> types =
        Map.of(
            "ent:sidra", EntityType.PERSON,
            "ent:al-jazeera", EntityType.PERSON,
            "ent:tripoli", EntityType.LOC);
    Map<String, Long> counts = Map.of("ent:sidra", 1L, "ent:al-jazeera", 2L, "ent:tripoli", 1L);
    assertEquals(Map.of("ent:sidra", CorpusMerge.DROP), CorpusMerge.merges(types, counts));
  }
}
