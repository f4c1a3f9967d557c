package org.wirelens.entities;

import java.util.List;

/**
 * A span a recogniser proposes, before resolution. Offsets are into the stored text, end exclusive.
 * {@code target} is set when the phrase names a catalog entity outright; {@code weakIds} when it
 * only may (a surname), pending an earlier full mention in the same document; {@code label} and
 * {@code key} when a model found a name the catalog does not know; {@code senses} when the catalog
 * lists several entities for the phrase ("Georgia": the country, the US state), the text's other
 * names to choose between them ({@code target} is then the default sense, or null).
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
    String key,
    List<AliasTarget> senses) {

  /** A candidate naming one entity or none. */
  public Candidate(
      int begin,
      int end,
      int sentence,
      String recognizer,
      int priority,
      AliasTarget target,
      List<String> weakIds,
      EntityType label,
      String key) {
    this(begin, end, sentence, recognizer, priority, target, weakIds, label, key, List.of());
  }

  /** A catalog candidate. */
  public Candidate(
      int begin,
      int end,
      int sentence,
      String recognizer,
      int priority,
      AliasTarget target,
      List<String> weakIds) {
    this(begin, end, sentence, recognizer, priority, target, weakIds, null, null, List.of());
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

  public int length() {
    return end - begin;
  }

  public boolean overlaps(int otherBegin, int otherEnd) {
    return begin < otherEnd && otherBegin < end;
  }

  /** Whether the catalog gives this phrase several senses. */
  public boolean ambiguous() {
    return senses.size() > 1;
  }
}
