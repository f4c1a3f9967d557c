package org.wirelens.entities;

import java.util.List;

/**
 * A span a recogniser proposes, before resolution. Offsets are into the stored text, end exclusive.
 * {@code target} is set when the phrase names an entity outright; {@code weakIds} when it only may
 * (a surname), pending an earlier full mention in the same document.
 */
public record Candidate(
    int begin,
    int end,
    int sentence,
    String recognizer,
    int priority,
    AliasTarget target,
    List<String> weakIds) {

  int length() {
    return end - begin;
  }

  boolean overlaps(int otherBegin, int otherEnd) {
    return begin < otherEnd && otherBegin < end;
  }
}
