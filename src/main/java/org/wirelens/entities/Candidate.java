package org.wirelens.entities;

import java.util.List;

/**
 * A span a recogniser proposes, before resolution. Offsets are into the stored text, end exclusive.
 * {@code target} is set when the phrase names a catalog entity outright; {@code weakIds} when it
 * only may (a surname), pending an earlier full mention in the same document; {@code label} and
 * {@code key} when a model found a name the catalog does not know.
 */
public record Candidate(
    int begin,
    int end,
    int sentence,
    String recognizer,
    int priority,
    AliasTarget target,
    List<String> weakIds,
    EntityType label,
    String key) {

  /** A catalog candidate. */
  public Candidate(
      int begin,
      int end,
      int sentence,
      String recognizer,
      int priority,
      AliasTarget target,
      List<String> weakIds) {
    this(begin, end, sentence, recognizer, priority, target, weakIds, null, null);
  }

  /** A model candidate for a name outside the catalog. */
  public static Candidate model(
      int begin,
      int end,
      int sentence,
      String recognizer,
      int priority,
      EntityType label,
      String key) {
    return new Candidate(begin, end, sentence, recognizer, priority, null, List.of(), label, key);
  }

  int length() {
    return end - begin;
  }

  boolean overlaps(int otherBegin, int otherEnd) {
    return begin < otherEnd && otherBegin < end;
  }
}
