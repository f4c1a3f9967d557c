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
 *
 * <p>A name written with a leading {@code ~} also means something else: the phrase may be claimed
 * by several entities (the US state Georgia writes {@code ~Georgia}; the country claims "Georgia"
 * plainly and is the sense taken when the text says nothing more). Such a phrase has {@link
 * #senses}, and resolution reads the article to choose between them.
 */
public final class Catalog implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Catalog CSV header. aliases and demonyms are '|'-separated lists. */
  public static final List<String> HEADER = List.of("id", "name", "type", "aliases", "demonyms");

  /** Optional column: the id of the entity this one is part of (a US state's country). */
  public static final String PART_OF = "part_of";

  /** Marks a name that also means something else. */
  public static final String AMBIGUOUS_MARK = "~";

  /** Arabic name particles: "al-Sarraj" also yields the surname "Sarraj". */
  private static final Set<String> PARTICLES =
      Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu", "bint");

  private static final int MIN_SURNAME_CHARS = 3;

  private final Map<String, CatalogEntry> byId;
  private final Map<String, AliasTarget> strong;
  private final Map<String, List<String>> weak;
  private final Map<String, List<AliasTarget>> senses;

  private Catalog(
      Map<String, CatalogEntry> byId,
      Map<String, AliasTarget> strong,
      Map<String, List<String>> weak,
      Map<String, List<AliasTarget>> senses) {
    this.byId = byId;
    this.strong = strong;
    this.weak = weak;
    this.senses = senses;
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
        String partOf = r.isMapped(PART_OF) ? r.get(PART_OF) : "";
        List<String> aliases = new ArrayList<>(split(r.get("aliases")));
        if (name.startsWith(AMBIGUOUS_MARK)) {
          aliases.add(0, name);
          name = unmarked(name);
        }
        entries.add(
            new CatalogEntry(
                id,
                name,
                type,
                List.copyOf(aliases),
                split(r.get("demonyms")),
                partOf.isEmpty() ? null : partOf));
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

  /** A phrase an entity claims; {@code marked} when written with {@link #AMBIGUOUS_MARK}. */
  private record Claim(AliasTarget target, boolean marked, String phrase) {}

  /**
   * Builds the index. Two entities claiming the same phrase is a catalog error, unless one of them
   * marks it as ambiguous ({@code ~Georgia}): then the phrase has senses, and at most one entity
   * may claim it unmarked (its default sense).
   */
  public static Catalog of(List<CatalogEntry> entries) {
    Map<String, CatalogEntry> byId = new LinkedHashMap<>();
    Map<String, List<Claim>> claims = new TreeMap<>();
    Map<String, Set<String>> weak = new TreeMap<>();
    for (CatalogEntry e : entries) {
      if (byId.putIfAbsent(e.id(), e) != null) {
        throw new WirelensException("catalog: duplicate entity id " + e.id());
      }
      List<String> names = new ArrayList<>();
      names.add(e.name());
      names.addAll(e.aliases());
      // A phrase the entry marks anywhere is marked wherever it claims it ("~Georgia" as the
      // name of the US state is read into its name "Georgia" and the alias "~Georgia").
      Set<String> markedKeys = new TreeSet<>();
      for (String n : names) {
        if (n.startsWith(AMBIGUOUS_MARK)) {
          markedKeys.add(TextFold.matchKey(unmarked(n)));
        }
      }
      for (int i = 0; i < names.size(); i++) {
        String kind = i == 0 ? AliasTarget.NAME : AliasTarget.ALIAS;
        boolean marked = markedKeys.contains(TextFold.matchKey(unmarked(names.get(i))));
        String phrase = unmarked(names.get(i));
        claim(
            claims,
            phrase,
            new AliasTarget(e.id(), e.type(), kind, AliasTarget.isAcronym(phrase), e.partOf()),
            marked);
        if (e.type() == EntityType.PERSON) {
          for (String surname : surnames(phrase)) {
            weak.computeIfAbsent(surname, k -> new TreeSet<>()).add(e.id());
          }
        }
      }
      for (String demonym : e.demonyms()) {
        boolean marked = demonym.startsWith(AMBIGUOUS_MARK);
        String phrase = unmarked(demonym);
        AliasTarget target =
            new AliasTarget(e.id(), EntityType.NORP, AliasTarget.DEMONYM, false, e.partOf());
        claim(claims, phrase, target, marked);
        String plural = plural(phrase);
        if (plural != null) {
          claim(claims, plural, target, marked);
        }
      }
    }
    Map<String, AliasTarget> strong = new TreeMap<>();
    Map<String, List<AliasTarget>> senses = new TreeMap<>();
    List<String> conflicts = new ArrayList<>();
    claims.forEach(
        (key, list) -> {
          Map<String, Claim> byEntity = new LinkedHashMap<>();
          for (Claim c : list) {
            byEntity.merge(c.target().entityId(), c, (a, b) -> a.marked() && !b.marked() ? b : a);
          }
          List<Claim> plain = byEntity.values().stream().filter(c -> !c.marked()).toList();
          boolean anyMarked = byEntity.values().stream().anyMatch(Claim::marked);
          if (byEntity.size() == 1) {
            strong.put(key, list.get(0).target());
          } else if (plain.size() > 1 || !anyMarked) {
            conflicts.add(
                "'" + list.get(0).phrase() + "' (" + String.join(", ", byEntity.keySet()) + ")");
          } else {
            List<AliasTarget> s = new ArrayList<>();
            plain.forEach(c -> s.add(c.target()));
            byEntity.values().stream().filter(Claim::marked).forEach(c -> s.add(c.target()));
            senses.put(key, List.copyOf(s));
            if (!plain.isEmpty()) {
              strong.put(key, plain.get(0).target());
            }
          }
        });
    if (!conflicts.isEmpty()) {
      throw new WirelensException(
          "catalog: phrases claimed by two entities (make them unambiguous, or mark the"
              + " second sense with ~): "
              + String.join("; ", conflicts));
    }
    Map<String, List<String>> weakLists = new TreeMap<>();
    weak.forEach(
        (k, ids) -> {
          if (!strong.containsKey(k) && !senses.containsKey(k)) {
            weakLists.put(k, List.copyOf(ids));
          }
        });
    return new Catalog(
        Collections.unmodifiableMap(byId),
        Collections.unmodifiableMap(strong),
        Collections.unmodifiableMap(weakLists),
        Collections.unmodifiableMap(senses));
  }

  private static String unmarked(String phrase) {
    return phrase.startsWith(AMBIGUOUS_MARK) ? phrase.substring(1).strip() : phrase;
  }

  private static void claim(
      Map<String, List<Claim>> claims, String phrase, AliasTarget target, boolean marked) {
    String key = TextFold.matchKey(phrase);
    if (key.isEmpty()) {
      return;
    }
    claims.computeIfAbsent(key, k -> new ArrayList<>()).add(new Claim(target, marked, phrase));
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
    all.addAll(senses.keySet());
    return List.copyOf(all);
  }

  public Optional<AliasTarget> strong(String matchKey) {
    return Optional.ofNullable(strong.get(matchKey));
  }

  /**
   * The entities an ambiguous phrase may name, the default sense (claimed without {@code ~}) first;
   * empty for a phrase with one sense.
   */
  public List<AliasTarget> senses(String matchKey) {
    return senses.getOrDefault(matchKey, List.of());
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
