package org.wirelens.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one document's candidates into non-overlapping mentions.
 *
 * <p>Catalog phrases first: recogniser priority (the catalog outranks any model, so a user can
 * correct a model by editing the catalog), then the longest span ("Government of National Accord"
 * over "National"), then the earliest. A catalog surname is kept only when a full mention of one of
 * its persons came earlier in the document (the most recent such person wins). Then names a model
 * found outside the catalog, where they overlap nothing kept: a one-word person name that is the
 * last name of a person mentioned earlier in the document is that person; any other name becomes an
 * entity of its own, keyed by {@link NameKeys}.
 */
public final class MentionResolver {
  private static final Comparator<Candidate> STRONG_ORDER =
      Comparator.comparingInt(Candidate::priority)
          .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
          .thenComparingInt(Candidate::begin);

  private MentionResolver() {}

  /** A kept mention with the key of its surface, for coreference. */
  private record Kept(ResolvedMention mention, String key) {}

  /** Resolves the candidates of one document; the result is sorted by offset. */
  public static List<ResolvedMention> resolve(List<Candidate> candidates) {
    List<Candidate> strong = new ArrayList<>();
    List<Candidate> weak = new ArrayList<>();
    List<Candidate> model = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.target() != null) {
        strong.add(c);
      } else if (!c.weakIds().isEmpty()) {
        weak.add(c);
      } else if (c.label() != null && c.key() != null && !c.key().isEmpty()) {
        model.add(c);
      }
    }
    strong.sort(STRONG_ORDER);
    List<Kept> kept = new ArrayList<>();
    for (Candidate c : strong) {
      if (!overlapsAny(c, kept)) {
        AliasTarget t = c.target();
        kept.add(
            new Kept(
                new ResolvedMention(
                    c.begin(),
                    c.end(),
                    c.sentence(),
                    t.entityId(),
                    t.mentionType(),
                    t.matchKind(),
                    c.recognizer()),
                c.key()));
      }
    }
    weak.sort(Comparator.comparingInt(Candidate::begin));
    List<Kept> surnames = new ArrayList<>();
    for (Candidate c : weak) {
      if (overlapsAny(c, kept) || overlapsAny(c, surnames)) {
        continue;
      }
      String entity = latestFullMentionBefore(c, kept);
      if (entity != null) {
        surnames.add(
            new Kept(
                new ResolvedMention(
                    c.begin(),
                    c.end(),
                    c.sentence(),
                    entity,
                    EntityType.PERSON,
                    AliasTarget.SURNAME,
                    c.recognizer()),
                c.key()));
      }
    }
    kept.addAll(surnames);

    model.sort(
        Comparator.comparingInt(Candidate::begin)
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed()));
    for (Candidate c : model) {
      if (overlapsAny(c, kept)) {
        continue;
      }
      ResolvedMention m = null;
      if (c.label() == EntityType.PERSON && !c.key().contains(" ")) {
        Kept person = latestPersonWithLastName(c, kept);
        if (person != null) {
          m =
              new ResolvedMention(
                  c.begin(),
                  c.end(),
                  c.sentence(),
                  person.mention().entityId(),
                  EntityType.PERSON,
                  AliasTarget.SURNAME,
                  c.recognizer());
        }
      }
      if (m == null) {
        m =
            new ResolvedMention(
                c.begin(),
                c.end(),
                c.sentence(),
                NameKeys.entityId(c.label(), c.key()),
                c.label(),
                ResolvedMention.MODEL,
                c.recognizer());
      }
      kept.add(new Kept(m, c.key()));
    }
    List<ResolvedMention> out = new ArrayList<>(kept.size());
    kept.forEach(k -> out.add(k.mention()));
    out.sort(Comparator.comparingInt(ResolvedMention::begin));
    return out;
  }

  private static String latestFullMentionBefore(Candidate c, List<Kept> kept) {
    Map<String, Integer> lastSeen = new HashMap<>();
    for (Kept k : kept) {
      ResolvedMention m = k.mention();
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

  private static Kept latestPersonWithLastName(Candidate c, List<Kept> kept) {
    Kept best = null;
    for (Kept k : kept) {
      ResolvedMention m = k.mention();
      if (m.begin() < c.begin()
          && m.mentionType() == EntityType.PERSON
          && k.key() != null
          && k.key().contains(" ")
          && NameKeys.lastWord(k.key()).equals(c.key())
          && (best == null || m.begin() > best.mention().begin())) {
        best = k;
      }
    }
    return best;
  }

  private static boolean overlapsAny(Candidate c, List<Kept> mentions) {
    for (Kept k : mentions) {
      if (c.overlaps(k.mention().begin(), k.mention().end())) {
        return true;
      }
    }
    return false;
  }
}
