package org.wirelens.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one document's candidates into non-overlapping mentions.
 *
 * <p>Recogniser priority first (the catalog outranks any model, so a user can correct a model by
 * editing the catalog), then the longest span ("Government of National Accord" over "National"),
 * then the earliest. A surname is kept only when a full mention of one of its persons came earlier
 * in the document; with several, the most recently mentioned person wins.
 */
public final class MentionResolver {
  private static final Comparator<Candidate> STRONG_ORDER =
      Comparator.comparingInt(Candidate::priority)
          .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
          .thenComparingInt(Candidate::begin);

  private MentionResolver() {}

  /** Resolves the candidates of one document; the result is sorted by offset. */
  public static List<ResolvedMention> resolve(List<Candidate> candidates) {
    List<Candidate> strong = new ArrayList<>();
    List<Candidate> weak = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.target() != null) {
        strong.add(c);
      } else if (!c.weakIds().isEmpty()) {
        weak.add(c);
      }
    }
    strong.sort(STRONG_ORDER);
    List<ResolvedMention> kept = new ArrayList<>();
    for (Candidate c : strong) {
      if (!overlapsAny(c, kept)) {
        AliasTarget t = c.target();
        kept.add(
            new ResolvedMention(
                c.begin(),
                c.end(),
                c.sentence(),
                t.entityId(),
                t.mentionType(),
                t.matchKind(),
                c.recognizer()));
      }
    }
    weak.sort(Comparator.comparingInt(Candidate::begin));
    List<ResolvedMention> surnames = new ArrayList<>();
    for (Candidate c : weak) {
      if (overlapsAny(c, kept) || overlapsAny(c, surnames)) {
        continue;
      }
      String entity = latestFullMentionBefore(c, kept);
      if (entity != null) {
        surnames.add(
            new ResolvedMention(
                c.begin(),
                c.end(),
                c.sentence(),
                entity,
                EntityType.PERSON,
                AliasTarget.SURNAME,
                c.recognizer()));
      }
    }
    kept.addAll(surnames);
    kept.sort(Comparator.comparingInt(ResolvedMention::begin));
    return kept;
  }

  private static String latestFullMentionBefore(Candidate c, List<ResolvedMention> kept) {
    Map<String, Integer> lastSeen = new HashMap<>();
    for (ResolvedMention m : kept) {
      if (m.begin() < c.begin() && c.weakIds().contains(m.entityId())) {
        lastSeen.merge(m.entityId(), m.begin(), Math::max);
      }
    }
    return lastSeen.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static boolean overlapsAny(Candidate c, List<ResolvedMention> mentions) {
    for (ResolvedMention m : mentions) {
      if (c.overlaps(m.begin(), m.end())) {
        return true;
      }
    }
    return false;
  }
}
