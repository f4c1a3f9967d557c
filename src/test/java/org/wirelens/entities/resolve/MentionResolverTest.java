package org.wirelens.entities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirelens.entities.AliasTarget;
import org.wirelens.entities.Candidate;
import org.wirelens.entities.EntityType;
import org.wirelens.entities.ResolvedMention;

class MentionResolverTest {
  private static Candidate strong(int begin, int end, String id) {
    return new Candidate(
        begin,
        end,
        0,
        "catalog",
        0,
        new AliasTarget(id, EntityType.ORG, AliasTarget.NAME),
        List.of());
  }

  private static Candidate weak(int begin, int end, String... ids) {
    return new Candidate(begin, end, 0, "catalog", 0, null, List.of(ids));
  }

  @Test
  void longestOverlappingSpanWins() {
    List<ResolvedMention> m =
        MentionResolver.resolve(List.of(strong(10, 18, "gpe:de"), strong(10, 35, "org:berlin")));
    assertEquals(1, m.size());
    assertEquals("org:berlin", m.get(0).entityId());
    assertEquals(35, m.get(0).end());
  }

  @Test
  void higherPriorityRecogniserWinsOverLongerSpan() {
    Candidate model =
        new Candidate(
            0, 30, 0, "model", 1, new AliasTarget("x", EntityType.PERSON, "name"), List.of());
    List<ResolvedMention> m = MentionResolver.resolve(List.of(model, strong(5, 10, "y")));
    assertEquals(List.of("y"), m.stream().map(ResolvedMention::entityId).toList());
  }

  @Test
  void surnameAfterTheFullNameResolvesAndBeforeItDoesNot() {
    List<ResolvedMention> m =
        MentionResolver.resolve(
            List.of(weak(0, 4, "p:akar"), strong(20, 31, "p:akar"), weak(50, 54, "p:akar")));
    assertEquals(List.of(20, 50), m.stream().map(ResolvedMention::begin).toList());
    assertEquals(AliasTarget.SURNAME, m.get(1).matchKind());
    assertEquals(EntityType.PERSON, m.get(1).mentionType());
  }

  @Test
  void ambiguousSurnameGoesToTheMostRecentFullMention() {
    List<ResolvedMention> m =
        MentionResolver.resolve(
            List.of(strong(0, 10, "p:a"), strong(20, 30, "p:b"), weak(40, 45, "p:a", "p:b")));
    assertEquals("p:b", m.get(2).entityId());
  }

  @Test
  void resultIsSortedByOffset() {
    List<ResolvedMention> m =
        MentionResolver.resolve(List.of(strong(30, 35, "b"), strong(0, 5, "a")));
    assertEquals(List.of("a", "b"), m.stream().map(ResolvedMention::entityId).toList());
  }
}
