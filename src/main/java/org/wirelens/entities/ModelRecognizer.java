package org.wirelens.entities;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.broadcast.Broadcast;
import org.wirelens.entities.names.Descriptors;
import org.wirelens.entities.names.Honorifics;
import org.wirelens.entities.names.NameKeys;
import org.wirelens.text.TextFold;

/**
 * What statistical recognisers share: their labels mapped to wirelens types, the known errors
 * filtered (pronouns, lower-case spans), titles and ranks stripped from the front of a name, and
 * names the catalog knows resolved to the catalog entity.
 */
public abstract class ModelRecognizer implements EntityRecognizer {
  private static final long serialVersionUID = 1L;

  private static final Set<String> PRONOUNS =
      Set.of(
          "he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "we",
          "us", "our", "i", "me", "my", "you", "your", "who", "whom");

  /** One-word spans that name a kind of body, not a body ("the Ministry", "Defense"). */
  private static final Set<String> GENERIC =
      Set.of(
          "ministry",
          "government",
          "defense",
          "defence",
          "council",
          "army",
          "police",
          "parliament",
          "court",
          "cabinet",
          "senate",
          "congress",
          "presidency",
          "state",
          "embassy",
          "committee",
          "agency",
          "bank",
          "company",
          "group",
          "forces",
          "navy",
          "coast",
          "city",
          "capital");

  private final Broadcast<Catalog> catalog;

  protected ModelRecognizer(Broadcast<Catalog> catalog) {
    this.catalog = catalog;
  }

  /** Maps the model's label to a type, or null to drop the span. */
  protected static EntityType type(String label) {
    if (label == null) {
      return null;
    }
    return switch (label.toUpperCase(Locale.ROOT).replaceFirst("^[BI]-", "")) {
      case "PERSON", "PER" -> EntityType.PERSON;
      case "ORGANIZATION", "ORG" -> EntityType.ORG;
      case "LOCATION", "LOC" -> EntityType.LOC;
      case "GPE" -> EntityType.GPE;
      case "NORP" -> EntityType.NORP;
      default -> null;
    };
  }

  @Override
  public Candidate candidate(
      int begin, int end, int sentence, String result, Map<String, String> metadata) {
    return candidate(
        catalog.value(),
        name(),
        priority(),
        begin,
        end,
        sentence,
        result,
        type(metadata.get("entity")));
  }

  /**
   * The candidate for a span a model labelled {@code label} (null to drop it), as recogniser {@code
   * recognizer} of priority {@code priority}; null when it names nothing.
   */
  public static Candidate candidate(
      Catalog c,
      String recognizer,
      int priority,
      int begin,
      int end,
      int sentence,
      String result,
      EntityType label) {
    if (label == null || result == null) {
      return null;
    }
    // Strip leading titles, ranks and honorifics; they describe the person, they are not the
    // name. A word is cut only when a name remains after it: "Major" alone is John Major.
    // Punctuation the model ran into a name ("-- Sandor Peto" at a sign-off) is not the name.
    int lead = 0;
    while (lead < result.length() && !Character.isLetterOrDigit(result.charAt(lead))) {
      lead++;
    }
    String surface = result.substring(lead);
    begin += lead;
    int skip = 0;
    while (label == EntityType.PERSON) {
      int space = surface.indexOf(' ', skip);
      if (space < 0) {
        break;
      }
      String word = surface.substring(skip, space);
      if (!Descriptors.TITLES.contains(word.replace(".", "").toLowerCase(Locale.ROOT))
          && !Honorifics.isHonorific(word)) {
        break;
      }
      skip = space + 1;
    }
    String name = surface.substring(skip);
    if (skip > 0 && Descriptors.TITLES.contains(name.replace(".", "").toLowerCase(Locale.ROOT))) {
      return null; // "Prime Minister": titles only, no name
    }
    int start = begin + skip;
    if (name.chars().noneMatch(Character::isUpperCase)
        || PRONOUNS.contains(name.toLowerCase(Locale.ROOT))
        || GENERIC.contains(name.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String key = NameKeys.key(name);
    if (key.length() < 2 || key.chars().allMatch(ch -> Character.isDigit(ch) || ch == ' ')) {
      return null;
    }
    // A name the catalog knows is the catalog's, with the model's reading kept beside it; a name
    // with several catalog senses is left to the catalog recogniser, which lists them.
    String matchKey = TextFold.matchKey(name);
    AliasTarget known =
        c.senses(matchKey).size() > 1
            ? null
            : c.strong(matchKey).filter(t -> t.accepts(name)).orElse(null);
    if (known != null) {
      return new Candidate(
          start, end, sentence, recognizer, priority, known, java.util.List.of(), label, key);
    }
    return Candidate.model(start, end, sentence, recognizer, priority, label, key);
  }
}
