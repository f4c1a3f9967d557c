package org.wirelens.entities.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.wirelens.WirelensException;

/**
 * Given names: the gender a name usually has, from a real name list (Jörg Michael's nam_dict.txt,
 * about 36,000 names of 54 countries, {@code data/names/given-names.tsv}), and the spellings of one
 * name that outlets write for one person (Khaled = Khalid, Mohamed = Muhammad; {@code
 * data/names/given-name-variants.tsv}). Loaded from the classpath once per JVM, on first use, and
 * shared read-only by every task thread.
 */
public final class GivenNames {
  /** Where the build puts data/names inside the classes (pom.xml, resources). */
  public static final String RESOURCE_DIR = "wirelens/defaults/names/";

  public static final String GENDERS_FILE = "given-names.tsv";
  public static final String VARIANTS_FILE = "given-name-variants.tsv";

  /** The gender a given name has in the list. */
  public enum Gender {
    MALE,
    MOSTLY_MALE,
    FEMALE,
    MOSTLY_FEMALE,
    UNISEX,
    UNKNOWN;

    /** Male or mostly male. */
    public boolean male() {
      return this == MALE || this == MOSTLY_MALE;
    }

    /** Female or mostly female. */
    public boolean female() {
      return this == FEMALE || this == MOSTLY_FEMALE;
    }

    /**
     * Whether a person with a given name of this gender can be the one an honorific of gender
     * {@code other} names: only a name the list gives as always of the other sex cannot ("Mr." is
     * not Hillary; it may be Jordan or Andrea).
     */
    public boolean compatibleWith(Gender other) {
      return !((this == MALE && other.female()) || (this == FEMALE && other.male()));
    }
  }

  private record Entry(Gender gender, int frequency) {}

  private static final class Holder {
    static final Map<String, Entry> GENDERS = readGenders();
    static final Map<String, String> CANONICAL = readVariants();
  }

  private GivenNames() {}

  /** The gender of a given name ("Hillary" FEMALE, "Bill" MALE); UNKNOWN when not listed. */
  public static Gender gender(String givenName) {
    Entry e = Holder.GENDERS.get(fold(givenName));
    return e == null ? Gender.UNKNOWN : e.gender();
  }

  /** Whether the word is a listed given name. */
  public static boolean isGivenName(String word) {
    return Holder.GENDERS.containsKey(fold(word));
  }

  /**
   * The highest frequency the list gives the name in any country, 1 (rare) to 13 (extremely
   * common); 0 when it is not listed or has no frequency.
   */
  public static int frequency(String givenName) {
    Entry e = Holder.GENDERS.get(fold(givenName));
    return e == null ? 0 : e.frequency();
  }

  /**
   * The spelling entity ids use for a given name: "khaled" and "khalid" give "khalid", "mohamed",
   * "mohammed" and "muhammad" give "muhammad"; a name without listed variants gives itself folded
   * ("maria", "mario" and "mary" stay apart).
   */
  public static String canonical(String givenName) {
    String key = fold(givenName);
    return Holder.CANONICAL.getOrDefault(key, key);
  }

  /** Whether two given names are spellings of one name. */
  public static boolean sameName(String a, String b) {
    return canonical(a).equals(canonical(b));
  }

  /** Lower case ASCII, as {@link NameKeys#key} writes a word. */
  private static String fold(String word) {
    return NameKeys.key(word);
  }

  private static Map<String, Entry> readGenders() {
    Map<String, Entry> out = new HashMap<>(64_000);
    try (BufferedReader in = open(GENDERS_FILE)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        Gender g =
            switch (f[1]) {
              case "M" -> Gender.MALE;
              case "?M" -> Gender.MOSTLY_MALE;
              case "F" -> Gender.FEMALE;
              case "?F" -> Gender.MOSTLY_FEMALE;
              default -> Gender.UNISEX;
            };
        out.put(f[0], new Entry(g, f.length > 2 ? Integer.parseInt(f[2]) : 0));
      }
    } catch (IOException | RuntimeException e) {
      throw new WirelensException("cannot read " + GENDERS_FILE + ": " + e);
    }
    return out;
  }

  private static Map<String, String> readVariants() {
    Map<String, String> out = new HashMap<>();
    try (BufferedReader in = open(VARIANTS_FILE)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] spellings = line.strip().split("\t");
        for (String s : spellings) {
          out.put(s, spellings[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new WirelensException("cannot read " + VARIANTS_FILE + ": " + e);
    }
    return out;
  }

  private static BufferedReader open(String file) {
    InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file);
    if (in == null) {
      throw new WirelensException(
          RESOURCE_DIR + file + " is not on the classpath: build the job (data/names)");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
