package org.wirelens.entities.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
import org.wirelens.entities.names.Honorifics;
import org.wirelens.entities.names.NameKeys;

/**
 * Turns one document's candidates into non-overlapping mentions.
 *
 * <p>First the model's reading of a span against the catalog's: a longer name the model found
 * around a catalog place or nationality, of another kind, is the model's ("Jordan" in "Michael
 * Jordan", "Danish" in "Danish Football Association", "Santa Fe" in "Santa Fe Pacific"); a person
 * the model reads on exactly a catalog place's span is a person when the text says so (an honorific
 * before it, or the same document's full name ending with it: "Jordan" after "Michael Jordan").
 * Otherwise the catalog wins: recogniser priority (the catalog outranks any model, so a user can
 * correct a model by editing the catalog), then the longest span ("Government of National Accord"
 * over "National"), then the earliest. A catalog surname is kept only when a full mention of one of
 * its persons came earlier in the document (the most recent such person wins). Then names a model
 * found outside the catalog, where they overlap nothing kept, each an entity of its own keyed by
 * {@link NameKeys}.
 *
 * <p>A phrase the catalog gives several senses ("Georgia": the country, the US state) takes the
 * sense the document's other places point to (its siblings, its parent, its parts in the catalog);
 * the model's reading when it is of a kind no sense has ("Washington" read as an organisation);
 * else the sense the catalog claims plainly; with none, it stays its own entity, marked ambiguous.
 */
public final class MentionResolver {
  private static final Comparator<Candidate> STRONG_ORDER =
      Comparator.comparingInt(Candidate::priority)
          .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
          .thenComparingInt(Candidate::begin);

  private MentionResolver() {}

  /** Resolves the candidates of one document; the result is sorted by offset. */
  public static List<ResolvedMention> resolve(List<Candidate> candidates) {
    return resolve(candidates, null);
  }

  /**
   * Resolves the candidates of one document whose text is {@code text} (null when unknown: then no
   * honorific is read); the result is sorted by offset.
   */
  public static List<ResolvedMention> resolve(List<Candidate> candidates, String text) {
    List<Candidate> strong = new ArrayList<>();
    List<Candidate> weak = new ArrayList<>();
    List<Candidate> model = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.target() != null || c.ambiguous()) {
        strong.add(c);
      } else if (!c.weakIds().isEmpty()) {
        weak.add(c);
      } else if (c.label() != null && c.key() != null && !c.key().isEmpty()) {
        model.add(c);
      }
    }
    Readings readings = new Readings(strong, model, text);
    strong = readings.strong();
    model = readings.model();

    strong.sort(STRONG_ORDER);
    Spans spans = new Spans();
    List<ResolvedMention> kept = new ArrayList<>();
    Map<Integer, Candidate> ambiguous = new HashMap<>();
    for (Candidate c : strong) {
      if (spans.overlaps(c.begin(), c.end())) {
        continue;
      }
      spans.add(c.begin(), c.end());
      AliasTarget t = c.target() != null ? c.target() : c.senses().get(0);
      kept.add(mention(c, t));
      if (c.ambiguous()) {
        ambiguous.put(c.begin(), c);
      }
    }
    // Catalog surnames: the latest earlier full mention of one of the persons the surname may be.
    Map<String, List<Integer>> seen = new HashMap<>();
    for (ResolvedMention m : kept) {
      seen.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m.begin());
    }
    seen.values().forEach(Collections::sort);
    weak.sort(Comparator.comparingInt(Candidate::begin));
    List<ResolvedMention> surnames = new ArrayList<>();
    for (Candidate c : weak) {
      if (spans.overlaps(c.begin(), c.end())) {
        continue;
      }
      String entity = null;
      int latest = -1;
      for (String id : c.weakIds()) {
        int before = lastBefore(seen.getOrDefault(id, List.of()), c.begin());
        if (before > latest || (before == latest && before >= 0 && id.compareTo(entity) > 0)) {
          latest = before;
          entity = id;
        }
      }
      if (latest >= 0) {
        spans.add(c.begin(), c.end());
        surnames.add(
            new ResolvedMention(
                    c.begin(),
                    c.end(),
                    c.sentence(),
                    entity,
                    EntityType.PERSON,
                    AliasTarget.SURNAME,
                    c.recognizer())
                .withKey(c.key()));
      }
    }
    kept.addAll(surnames);

    model.sort(
        Comparator.comparingInt(Candidate::begin)
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed()));
    for (Candidate c : model) {
      if (spans.overlaps(c.begin(), c.end())) {
        continue;
      }
      spans.add(c.begin(), c.end());
      kept.add(
          new ResolvedMention(
                  c.begin(),
                  c.end(),
                  c.sentence(),
                  NameKeys.entityId(c.key()),
                  c.label(),
                  ResolvedMention.MODEL,
                  c.recognizer())
              .withKey(c.key()));
    }
    if (!ambiguous.isEmpty()) {
      kept = Senses.choose(kept, ambiguous, readings.labelsAt());
    }
    kept.sort(Comparator.comparingInt(ResolvedMention::begin));
    return kept;
  }

  private static ResolvedMention mention(Candidate c, AliasTarget t) {
    return new ResolvedMention(
            c.begin(),
            c.end(),
            c.sentence(),
            t.entityId(),
            t.mentionType(),
            t.matchKind(),
            c.recognizer())
        .withEntity(t.entityId(), t.mentionType(), t.matchKind(), t.partOf(), false)
        .withKey(c.key());
  }

  /** The greatest value below {@code limit} in a sorted list, or -1. */
  private static int lastBefore(List<Integer> sorted, int limit) {
    int lo = 0;
    int hi = sorted.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid) < limit) {
        found = sorted.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Kinds of names, for telling whether the model and the catalog read a span alike. */
  enum Kind {
    PERSON,
    ORG,
    PLACE;

    static Kind of(EntityType t) {
      return switch (t) {
        case PERSON -> PERSON;
        case ORG -> ORG;
        default -> PLACE; // GPE, LOC, and NORP: a nationality is read with its country
      };
    }
  }

  /**
   * The model's readings against the catalog's, before spans compete: a longer model name of
   * another kind around catalog places takes their place, and a person the model reads on a catalog
   * place's exact span takes it when the document supports a person.
   */
  static final class Readings {
    private final List<Candidate> strong;
    private final List<Candidate> model;
    private final Map<Long, EntityType> labelsAt = new HashMap<>();

    Readings(List<Candidate> strongIn, List<Candidate> modelIn, String text) {
      // Surnames of the document's full person names, as the model found them.
      Set<String> personLastWords = new HashSet<>();
      for (Candidate c : modelIn) {
        if (c.label() == EntityType.PERSON && !NameKeys.singleName(c.key())) {
          personLastWords.add(NameKeys.lastWord(c.key()));
        }
      }
      for (Candidate c : strongIn) {
        if (c.label() == EntityType.PERSON && c.key() != null && !NameKeys.singleName(c.key())) {
          personLastWords.add(NameKeys.lastWord(c.key()));
        }
      }
      for (Candidate c : modelIn) {
        labelsAt.put(span(c), c.label());
      }
      for (Candidate c : strongIn) {
        if (c.label() != null) {
          labelsAt.putIfAbsent(span(c), c.label());
        }
      }
      // Catalog spans of places and nationalities, by start, to find those inside a model name.
      TreeMap<Integer, List<Candidate>> catalogByBegin = new TreeMap<>();
      int longest = 0;
      for (Candidate c : strongIn) {
        if (c.label() == null) {
          catalogByBegin.computeIfAbsent(c.begin(), k -> new ArrayList<>()).add(c);
          longest = Math.max(longest, c.length());
        }
      }
      Set<Candidate> dropped = Collections.newSetFromMap(new IdentityMap());
      for (Candidate m : modelIn) {
        List<Candidate> overlapping = new ArrayList<>();
        for (List<Candidate> list :
            catalogByBegin.subMap(m.begin() - longest, true, m.end(), false).values()) {
          for (Candidate c : list) {
            if (c.overlaps(m.begin(), m.end())) {
              overlapping.add(c);
            }
          }
        }
        if (overlapping.isEmpty()) {
          continue;
        }
        boolean allInside = true;
        for (Candidate c : overlapping) {
          boolean inside = c.begin() >= m.begin() && c.end() <= m.end() && c.length() < m.length();
          allInside &= inside && isPlace(c) && Kind.of(m.label()) != kindOf(c);
        }
        if (allInside) {
          dropped.addAll(overlapping);
        }
      }
      // A person on a catalog place's exact span: the model's reading, when the text supports it.
      List<Candidate> promoted = new ArrayList<>();
      Set<Long> promotedSpans = new HashSet<>();
      for (Candidate c : strongIn) {
        if (c.label() == EntityType.PERSON
            && c.target() != null
            && c.target().mentionType() != EntityType.PERSON
            && c.key() != null
            && (personLastWords.contains(c.key()) || honorificBefore(text, c.begin()))) {
          promotedSpans.add(span(c));
          promoted.add(
              Candidate.model(
                  c.begin(),
                  c.end(),
                  c.sentence(),
                  c.recognizer(),
                  c.priority(),
                  c.label(),
                  c.key()));
        }
      }
      for (Candidate c : modelIn) {
        if (c.label() == EntityType.PERSON
            && NameKeys.singleName(c.key())
            && (personLastWords.contains(NameKeys.lastWord(c.key()))
                || honorificBefore(text, c.begin()))) {
          promotedSpans.add(span(c));
        }
      }
      List<Candidate> s = new ArrayList<>();
      for (Candidate c : strongIn) {
        if (dropped.contains(c)) {
          continue;
        }
        if (promotedSpans.contains(span(c))) {
          if (c.target() == null || c.target().mentionType() != EntityType.PERSON) {
            continue;
          }
        }
        s.add(c);
      }
      List<Candidate> mm = new ArrayList<>(modelIn);
      mm.addAll(promoted);
      this.strong = s;
      this.model = mm;
    }

    List<Candidate> strong() {
      return strong;
    }

    List<Candidate> model() {
      return model;
    }

    /** The model's label of each span it read, by {@link #span}. */
    Map<Long, EntityType> labelsAt() {
      return labelsAt;
    }

    private static boolean isPlace(Candidate c) {
      if (c.ambiguous()) {
        return c.senses().stream().allMatch(t -> Kind.of(t.mentionType()) == Kind.PLACE);
      }
      return Kind.of(c.target().mentionType()) == Kind.PLACE;
    }

    private static Kind kindOf(Candidate c) {
      return Kind.of(
          c.target() != null ? c.target().mentionType() : c.senses().get(0).mentionType());
    }
  }

  /** A span as one number, for lookups. */
  static long span(Candidate c) {
    return span(c.begin(), c.end());
  }

  static long span(int begin, int end) {
    return ((long) begin << 32) | (end & 0xffffffffL);
  }

  /** Whether an honorific ("Mr.", "Mrs.") is written right before {@code begin}. */
  static boolean honorificBefore(String text, int begin) {
    if (text == null) {
      return false;
    }
    int i = begin;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    int j = i;
    while (j > 0 && !Character.isWhitespace(text.charAt(j - 1)) && i - j < 10) {
      j--;
    }
    return i > j && Honorifics.isHonorific(text.substring(j, i));
  }

  /** Identity semantics for a set of candidates (records compare by value). */
  private static final class IdentityMap extends java.util.IdentityHashMap<Candidate, Boolean> {
    private static final long serialVersionUID = 1L;
  }
}
