package org.wirelens.entities;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.wirelens.WirelensException;
import org.wirelens.text.TextFold;

/**
 * The entity catalog: canonical entities and every phrase that names them, indexed by match key.
 *
 * <p>Strong phrases (names, aliases, demonyms) always resolve. Weak phrases (a person's surname,
 * derived from the name) resolve only after a strong mention of the same person in the same
 * document, so "Akar" counts as Hulusi Akar once "Hulusi Akar" has been seen.
 */
public final class Catalog implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Catalog CSV header. aliases and demonyms are '|'-separated lists. */
  public static final List<String> HEADER = List.of("id", "name", "type", "aliases", "demonyms");

  /** Arabic name particles: "al-Sarraj" also yields the surname "Sarraj". */
  private static final Set<String> PARTICLES =
      Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "bint");

  private static final int MIN_SURNAME_CHARS = 3;

  private final Map<String, CatalogEntry> byId;
  private final Map<String, AliasTarget> strong;
  private final Map<String, List<String>> weak;

  private Catalog(
      Map<String, CatalogEntry> byId,
      Map<String, AliasTarget> strong,
      Map<String, List<String>> weak) {
    this.byId = byId;
    this.strong = strong;
    this.weak = weak;
  }

  /** Loads every {@code *.csv} in {@code dir}, in file-name order. */
  public static Catalog load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new WirelensException("catalog directory not found: " + dir);
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new WirelensException("cannot list catalog directory " + dir + ": " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new WirelensException("no *.csv catalog files in " + dir);
    }
    List<CatalogEntry> entries = new ArrayList<>();
    for (Path file : files) {
      entries.addAll(readCsv(file));
    }
    return of(entries);
  }

  static List<CatalogEntry> readCsv(Path file) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .build();
    List<CatalogEntry> entries = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      var parser = format.parse(in);
      if (!parser.getHeaderNames().containsAll(HEADER)) {
        throw new WirelensException(file + ": catalog header must be " + String.join(",", HEADER));
      }
      for (CSVRecord r : parser) {
        String where = file.getFileName() + ":" + r.getRecordNumber();
        String id = r.get("id");
        String name = r.get("name");
        if (id.isEmpty() || name.isEmpty()) {
          throw new WirelensException(where + ": id and name are required");
        }
        EntityType type;
        try {
          type = EntityType.valueOf(r.get("type").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new WirelensException(
              where
                  + ": unknown type '"
                  + r.get("type")
                  + "', expected one of "
                  + Arrays.toString(EntityType.values()));
        }
        entries.add(
            new CatalogEntry(id, name, type, split(r.get("aliases")), split(r.get("demonyms"))));
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new WirelensException("cannot read catalog " + file + ": " + e.getMessage());
    }
    return entries;
  }

  private static List<String> split(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return Arrays.stream(list.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Builds the index; two entities claiming the same strong phrase is a catalog error. */
  public static Catalog of(List<CatalogEntry> entries) {
    Map<String, CatalogEntry> byId = new LinkedHashMap<>();
    Map<String, AliasTarget> strong = new TreeMap<>();
    Map<String, Set<String>> weak = new TreeMap<>();
    List<String> conflicts = new ArrayList<>();
    for (CatalogEntry e : entries) {
      if (byId.putIfAbsent(e.id(), e) != null) {
        throw new WirelensException("catalog: duplicate entity id " + e.id());
      }
      List<String> names = new ArrayList<>();
      names.add(e.name());
      names.addAll(e.aliases());
      for (int i = 0; i < names.size(); i++) {
        String kind = i == 0 ? AliasTarget.NAME : AliasTarget.ALIAS;
        String phrase = names.get(i);
        putStrong(
            strong,
            phrase,
            new AliasTarget(e.id(), e.type(), kind, AliasTarget.isAcronym(phrase)),
            conflicts);
        if (e.type() == EntityType.PERSON) {
          for (String surname : surnames(names.get(i))) {
            weak.computeIfAbsent(surname, k -> new TreeSet<>()).add(e.id());
          }
        }
      }
      for (String demonym : e.demonyms()) {
        AliasTarget target = new AliasTarget(e.id(), EntityType.NORP, AliasTarget.DEMONYM);
        putStrong(strong, demonym, target, conflicts);
        String plural = plural(demonym);
        if (plural != null) {
          putStrong(strong, plural, target, conflicts);
        }
      }
    }
    if (!conflicts.isEmpty()) {
      throw new WirelensException(
          "catalog: phrases claimed by two entities (make them unambiguous): "
              + String.join("; ", conflicts));
    }
    Map<String, List<String>> weakLists = new TreeMap<>();
    weak.forEach(
        (k, ids) -> {
          if (!strong.containsKey(k)) {
            weakLists.put(k, List.copyOf(ids));
          }
        });
    return new Catalog(
        Collections.unmodifiableMap(byId),
        Collections.unmodifiableMap(strong),
        Collections.unmodifiableMap(weakLists));
  }

  private static void putStrong(
      Map<String, AliasTarget> strong, String phrase, AliasTarget target, List<String> conflicts) {
    String key = TextFold.matchKey(phrase);
    if (key.isEmpty()) {
      return;
    }
    AliasTarget previous = strong.putIfAbsent(key, target);
    if (previous != null && !previous.entityId().equals(target.entityId())) {
      conflicts.add("'" + phrase + "' (" + previous.entityId() + ", " + target.entityId() + ")");
    }
  }

  /** "Libyan" gives "Libyans", "Turk" gives "Turks"; "Chinese", "Swiss", "French" have none. */
  static String plural(String demonym) {
    String lower = demonym.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ese")
        || lower.endsWith("sh")
        || lower.endsWith("ch")
        || lower.endsWith("s")
        || lower.endsWith("y")) {
      return null;
    }
    return demonym + "s";
  }

  /** "Fayez al-Sarraj" gives "al sarraj" and "sarraj"; a one-word name gives nothing. */
  static List<String> surnames(String name) {
    String[] tokens = TextFold.matchKey(name).split(" ");
    if (tokens.length < 2) {
      return List.of();
    }
    String last = tokens[tokens.length - 1];
    List<String> out = new ArrayList<>();
    if (last.length() >= MIN_SURNAME_CHARS && !PARTICLES.contains(last)) {
      out.add(last);
      String before = tokens[tokens.length - 2];
      if (tokens.length >= 3 && PARTICLES.contains(before)) {
        out.add(before + " " + last);
      }
    }
    return out;
  }

  /** Every phrase to hand to the matcher, strong and weak, sorted. */
  public List<String> phrases() {
    Set<String> all = new TreeSet<>(strong.keySet());
    all.addAll(weak.keySet());
    return List.copyOf(all);
  }

  public Optional<AliasTarget> strong(String matchKey) {
    return Optional.ofNullable(strong.get(matchKey));
  }

  public List<String> weak(String matchKey) {
    return weak.getOrDefault(matchKey, List.of());
  }

  public Optional<CatalogEntry> entry(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every entry, in catalog order. */
  public List<CatalogEntry> entries() {
    return List.copyOf(byId.values());
  }

  public int size() {
    return byId.size();
  }
}
