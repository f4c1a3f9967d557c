package org.wirelens.entities.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wirelens.entities.AliasTarget;
import org.wirelens.entities.Candidate;
import org.wirelens.entities.EntityType;
import org.wirelens.entities.ResolvedMention;
import org.wirelens.entities.names.NameKeys;

/**
 * Chooses the sense of phrases the catalog gives several ("Georgia": the country, or the US state
 * that {@code us-states.csv} marks {@code ~Georgia}) by the document's other catalog places: a
 * sense scores one for each other place with the same parent (Alabama and Tennessee are, like the
 * state, part of the United States; countries have no parent, so other countries count for the
 * country), one for its parent named outright, and two for each of its own parts. One sense per
 * document: every mention of the phrase takes the same one.
 *
 * <p>When the model read the phrase as a kind of name none of the senses is (an organisation:
 * "Washington said"), the model's reading is kept as its own entity. A tie goes to the sense the
 * catalog claims without {@code ~}; without one the mention stays its own entity, marked ambiguous.
 */
final class Senses {
  private Senses() {}

  static List<ResolvedMention> choose(
      List<ResolvedMention> kept,
      Map<Integer, Candidate> ambiguous,
      Map<Long, EntityType> modelLabels) {
    // The document's unambiguous catalog entities, with their parents.
    Map<String, String> parents = new TreeMap<>();
    for (ResolvedMention m : kept) {
      if (!ambiguous.containsKey(m.begin()) && !m.entityId().startsWith("ent:")) {
        parents.putIfAbsent(m.entityId(), m.partOf());
      }
    }
    Map<String, AliasTarget> chosenByKey = new HashMap<>();
    List<ResolvedMention> out = new ArrayList<>(kept.size());
    for (ResolvedMention m : kept) {
      Candidate c = ambiguous.get(m.begin());
      if (c == null) {
        out.add(m);
        continue;
      }
      EntityType label = modelLabels.get(MentionResolver.span(m.begin(), m.end()));
      if (label != null && label != EntityType.PERSON && !anySenseOfKind(c, label)) {
        out.add(
            m.withEntity(NameKeys.entityId(c.key()), label, ResolvedMention.MODEL, null, false));
        continue;
      }
      AliasTarget chosen =
          chosenByKey.computeIfAbsent(c.key(), k -> best(c.senses(), c.target(), parents));
      if (chosen == null) {
        EntityType type = label != null ? label : c.senses().get(0).mentionType();
        out.add(m.withEntity(NameKeys.entityId(c.key()), type, ResolvedMention.MODEL, null, true));
      } else {
        out.add(
            m.withEntity(
                chosen.entityId(),
                chosen.mentionType(),
                chosen.matchKind(),
                chosen.partOf(),
                false));
      }
    }
    return out;
  }

  private static boolean anySenseOfKind(Candidate c, EntityType label) {
    MentionResolver.Kind kind = MentionResolver.Kind.of(label);
    return c.senses().stream().anyMatch(t -> MentionResolver.Kind.of(t.mentionType()) == kind);
  }

  /** The best-scoring sense, the default on a tie, or null when a tie has no default. */
  static AliasTarget best(
      List<AliasTarget> senses, AliasTarget defaultSense, Map<String, String> parents) {
    Set<String> senseIds = new HashSet<>();
    senses.forEach(t -> senseIds.add(t.entityId()));
    int bestScore = -1;
    List<AliasTarget> bestSenses = new ArrayList<>();
    for (AliasTarget s : senses) {
      int score = 0;
      for (Map.Entry<String, String> e : parents.entrySet()) {
        String id = e.getKey();
        String parent = e.getValue();
        if (senseIds.contains(id)) {
          continue;
        }
        if (s.partOf() == null
            ? parent == null && prefix(id).equals(prefix(s.entityId()))
            : s.partOf().equals(parent)) {
          score += 1; // a sibling
        }
        if (id.equals(s.partOf())) {
          score += 1; // its parent
        }
        if (s.entityId().equals(parent)) {
          score += 2; // one of its parts
        }
      }
      if (score > bestScore) {
        bestScore = score;
        bestSenses.clear();
      }
      if (score == bestScore) {
        bestSenses.add(s);
      }
    }
    if (bestSenses.size() == 1) {
      return bestSenses.get(0);
    }
    return defaultSense != null && bestSenses.contains(defaultSense) ? defaultSense : null;
  }

  /** The kind an id names by the catalog's convention ("gpe" in "gpe:ge"). */
  private static String prefix(String id) {
    int i = id.indexOf(':');
    return i < 0 ? id : id.substring(0, i);
  }
}
