package org.wirelens.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Corpus-wide resolution of model-found names, after each document was resolved on its own.
 *
 * <p>A one-word name (with or without an Arabic particle: "Haftar", "Al-Sarraj") that is the last
 * name of exactly one multi-word person in the corpus becomes that person, whatever type the model
 * gave it ("Haftar" tagged LOCATION in some sentences). A person name that ends with exactly one
 * other person's full name is that person ("al-Wefaq Fayez al-Sarraj", a span the model merged).
 * Catalog entities are never remapped: the catalog has the last word.
 *
 * <p>A one-word "person" seen once in the whole corpus and matching no known person is dropped: in
 * news text such lone names are mostly the model's mistakes (places and outlets tagged PERSON:
 * "Sidra", "Jufrah", "Al-Wefaq"), and a real person is nearly always named in full somewhere.
 */
public final class CorpusMerge {
  private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "as", "ash", "bin", "ibn");

  private CorpusMerge() {}

  /**
   * @param types every model-found entity id with its majority type
   * @return entity id -> the id it merges into (only the ids that move)
   */
  /** Id given in {@link #merges} to a name that is dropped rather than merged. */
  public static final String DROP = "";

  /**
   * Like {@link #merges(Map)}, and also marks with {@link #DROP} the lone one-word persons seen
   * once ({@code mentions} counts the mentions of each id).
   */
  public static Map<String, String> merges(
      Map<String, EntityType> types, Map<String, Long> mentions) {
    return merges(types, mentions, Map.of());
  }

  /**
   * Like {@link #merges(Map, Map)}, and also merges a model-found acronym ("ent:gna") into the
   * entity the corpus's articles define it as ({@code definitions}: acronym key -> the entity ids
   * its definitions name), when they all name the same one. An acronym defined as two different
   * things stays apart: the corpus cannot say which one a bare use means.
   */
  public static Map<String, String> merges(
      Map<String, EntityType> types,
      Map<String, Long> mentions,
      Map<String, Set<String>> definitions) {
    Map<String, String> out = new TreeMap<>(merges(types));
    for (Map.Entry<String, Set<String>> d : new TreeMap<>(definitions).entrySet()) {
      String id = NameKeys.entityId(EntityType.ORG, d.getKey());
      if (d.getValue().size() == 1 && types.containsKey(id) && !d.getValue().contains(id)) {
        out.put(id, d.getValue().iterator().next());
      }
    }
    for (Map.Entry<String, EntityType> e : types.entrySet()) {
      String id = e.getKey();
      if (e.getValue() == EntityType.PERSON
          && single(words(id))
          && !out.containsKey(id)
          && mentions.getOrDefault(id, 0L) == 1L) {
        out.put(id, DROP);
      }
    }
    return out;
  }

  public static Map<String, String> merges(Map<String, EntityType> types) {
    List<String> persons = new ArrayList<>();
    for (Map.Entry<String, EntityType> e : types.entrySet()) {
      if (e.getValue() == EntityType.PERSON && !single(words(e.getKey()))) {
        persons.add(e.getKey());
      }
    }
    // Persons by their words, so each span looks up its own suffixes: linear in the number of
    // persons (comparing every pair was quadratic, hours on the driver for 100k articles).
    Map<String, List<String>> byKey = new HashMap<>();
    for (String p : persons) {
      byKey.computeIfAbsent(String.join(" ", words(p)), k -> new ArrayList<>()).add(p);
    }
    Map<String, String> out = new TreeMap<>();
    // Spans that end with another person's full name first, so they do not count as owners of
    // that person's last name below.
    for (String id : persons) {
      String[] words = words(id);
      List<String> suffixOf = new ArrayList<>();
      for (int i = 1; i < words.length; i++) {
        String suffix = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        suffixOf.addAll(byKey.getOrDefault(suffix, List.of()));
      }
      if (suffixOf.size() == 1) {
        out.put(id, suffixOf.get(0));
      }
    }
    Map<String, List<String>> byLastName = new HashMap<>();
    for (String p : persons) {
      if (!out.containsKey(p)) {
        String[] words = words(p);
        byLastName.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(p);
      }
    }
    for (String id : types.keySet()) {
      String[] words = words(id);
      if (single(words)) {
        List<String> owners = byLastName.getOrDefault(words[words.length - 1], List.of());
        if (owners.size() == 1) {
          out.put(id, owners.get(0));
        }
      }
    }
    return out;
  }

  /** One name, with or without a particle: "haftar", "al sarraj". */
  private static boolean single(String[] words) {
    return words.length == 1 || (words.length == 2 && PARTICLES.contains(words[0]));
  }

  private static String[] words(String id) {
    return id.substring(id.indexOf(':') + 1).split("-");
  }
}
