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
    return merges(types, mentions, Map.of(), Map.of());
  }

  /**
   * What a corpus's articles define an acronym as.
   *
   * @param entityIds the entity ids its definitions name
   * @param documents documents that define it
   */
  public record Defined(Set<String> entityIds, long documents) {}

  /**
   * Like {@link #merges(Map, Map)}, and also merges a model-found acronym ("ent:gna") into the
   * entity the corpus's articles define it as, when they all name the same one and they are at
   * least as many as the documents that use the acronym without defining it ({@code bareDocuments}:
   * model id -> documents). One sense per document holds, one sense per corpus does not: in the
   * Reuters 1987 sample one article defines AMC as Amalgamated Metal Corporation and nineteen
   * others, defining nothing, mean American Motors. An acronym defined as two different things
   * stays apart too: the corpus cannot say which one a bare use means.
   */
  public static Map<String, String> merges(
      Map<String, EntityType> types,
      Map<String, Long> mentions,
      Map<String, Long> bareDocuments,
      Map<String, Defined> definitions) {
    Map<String, String> out = new TreeMap<>(merges(types));
    for (Map.Entry<String, Defined> d : new TreeMap<>(definitions).entrySet()) {
      String id = NameKeys.entityId(EntityType.ORG, d.getKey());
      Set<String> as = d.getValue().entityIds();
      if (as.size() == 1
          && types.containsKey(id)
          && !as.contains(id)
          && d.getValue().documents() >= bareDocuments.getOrDefault(id, 0L)) {
        out.put(id, as.iterator().next());
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
