package org.wirelens.entities.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import org.wirelens.entities.AliasTarget;
import org.wirelens.entities.Candidate;
import org.wirelens.entities.EntityType;
import org.wirelens.entities.ResolvedMention;
import org.wirelens.entities.names.Descriptors;
import org.wirelens.entities.names.GivenNames;
import org.wirelens.entities.names.GivenNames.Gender;
import org.wirelens.entities.names.Honorifics;
import org.wirelens.entities.names.NameKeys;

/**
 * Resolves one document's candidates into its mentions, in order:
 *
 * <ol>
 *   <li>spans and readings ({@link MentionResolver}: catalog against model, senses of ambiguous
 *       names);
 *   <li>nationality compounds: "African American", "Asian-Americans", "Latin American", "Turkish
 *       Cypriots", "Arab Israeli" are groups of people (NORP, an entity of their own, {@code
 *       norp:african-american}), not Africa and the United States; two countries' adjectives
 *       ("Soviet-American talks", "Turkish-Russian plan") stay the two countries;
 *   <li>a one-word name the model read as a person is read as its neighbours are where the text
 *       says so: coordinated with places ("Salahuddin, Sidra and Ramla") it is a place, and before
 *       a noun of bodies or regions ("Al-Wefaq government", "Jufrah regions") an organisation or a
 *       place;
 *   <li>a lone surname or first name a model found ("Clinton", "Mr. Sanders", "Hillary") joins the
 *       person the same document names in full, among those its honorific allows ("Mr." is not a
 *       woman by her given name, from {@link GivenNames}): the nearest earlier full mention, else
 *       the nearest later one. Names the document cannot settle are left to {@link CorpusResolver};
 *   <li>acronyms the document defines ({@link Acronyms});
 *   <li>the honorific and descriptor written before each person ({@link Descriptors}), none in a
 *       headline run.
 * </ol>
 *
 * <p>Every step indexes the document's mentions by offset or by name, so a document costs about its
 * length: no step compares every pair of mentions.
 */
public final class DocumentResolver {
  /** match_kind of a lone first name joined to the person the document names in full. */
  public static final String FIRST_NAME = "first_name";

  /** match_kind of a nationality compound ("African American"). */
  public static final String COMPOUND = "demonym_compound";

  /** Id prefix of nationality compounds. */
  public static final String COMPOUND_PREFIX = "norp:";

  /**
   * First words that make a group of people with a following nationality ("Latin American",
   * "African American", "Arab Israeli"): continents and peoples, not countries, whose pairs are
   * mostly adjectives of two states ("Soviet-American talks", "Anglo-French").
   */
  private static final Set<String> GROUP_PREFIXES =
      Set.of(
          "latin",
          "arab",
          "native",
          "afro",
          "black",
          "african",
          "asian",
          "hispanic",
          "jewish",
          "muslim");

  private DocumentResolver() {}

  /**
   * The document's mentions, sorted by offset.
   *
   * @param text the stored text
   * @param candidates every recogniser's candidates
   * @param sentenceOf the sentence index of an offset
   * @param sentenceBegin the start offset of the sentence an offset is in
   */
  public static List<ResolvedMention> resolve(
      String text,
      List<Candidate> candidates,
      IntUnaryOperator sentenceOf,
      IntUnaryOperator sentenceBegin) {
    List<ResolvedMention> mentions = MentionResolver.resolve(candidates, text);
    mentions = compounds(text, mentions);
    mentions = retypeLoneNames(text, mentions);
    mentions = bareNames(text, mentions);
    TreeMap<Integer, Integer> names = new TreeMap<>();
    mentions.forEach(m -> names.put(m.begin(), m.end()));
    Headlines headlines = Headlines.of(text, names);
    mentions = withoutHeadlineOnlyNames(mentions, headlines);
    mentions = Acronyms.link(text, mentions, sentenceOf);
    return labels(text, mentions, headlines, sentenceBegin);
  }

  /** Joins adjacent nationalities that name a group of people into one NORP mention. */
  static List<ResolvedMention> compounds(String text, List<ResolvedMention> mentions) {
    List<ResolvedMention> out = new ArrayList<>(mentions.size());
    for (ResolvedMention m : mentions) {
      if (!AliasTarget.DEMONYM.equals(m.matchKind())) {
        out.add(m);
        continue;
      }
      String surface = text.substring(m.begin(), m.end());
      ResolvedMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean joined = previous != null && joinedBySpaceOrHyphen(text, previous.end(), m.begin());
      // Two nationalities name a group when the first is a people or a continent ("African
      // American", "Asian-Americans") or the second is a plural of people ("Turkish Cypriots").
      if (joined
          && AliasTarget.DEMONYM.equals(previous.matchKind())
          && (plural(surface)
              || GROUP_PREFIXES.contains(
                  text.substring(previous.begin(), previous.end()).toLowerCase(Locale.ROOT)))) {
        out.set(out.size() - 1, compound(text, previous.begin(), m));
        continue;
      }
      int wordStart = wordStartBefore(text, m.begin());
      if (wordStart >= 0
          && (previous == null || previous.end() <= wordStart)
          && GROUP_PREFIXES.contains(
              text.substring(wordStart, m.begin())
                  .strip()
                  .replace("-", "")
                  .toLowerCase(Locale.ROOT))) {
        out.add(compound(text, wordStart, m));
        continue;
      }
      int space = surface.indexOf(' ');
      if (space > 0
          && GROUP_PREFIXES.contains(surface.substring(0, space).toLowerCase(Locale.ROOT))) {
        out.add(compound(text, m.begin(), m)); // "Latin American", a catalog demonym
        continue;
      }
      out.add(m);
    }
    return out;
  }

  private static ResolvedMention compound(String text, int begin, ResolvedMention last) {
    String key = NameKeys.key(text.substring(begin, last.end()));
    if (key.endsWith("s")) {
      key = key.substring(0, key.length() - 1); // "african americans": one group, one id
    }
    return new ResolvedMention(
            begin,
            last.end(),
            last.sentence(),
            COMPOUND_PREFIX + key.replace(' ', '-'),
            EntityType.NORP,
            COMPOUND,
            last.recognizer())
        .withKey(key);
  }

  private static boolean plural(String surface) {
    return surface.endsWith("s") && !surface.endsWith("ss");
  }

  private static boolean joinedBySpaceOrHyphen(String text, int end, int begin) {
    if (begin - end != 1) {
      return false;
    }
    char c = text.charAt(end);
    return c == ' ' || c == '-';
  }

  /** The start of the word right before {@code begin} (one space or hyphen between), or -1. */
  private static int wordStartBefore(String text, int begin) {
    if (begin < 2 || (text.charAt(begin - 1) != ' ' && text.charAt(begin - 1) != '-')) {
      return -1;
    }
    int j = begin - 1;
    while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
      j--;
    }
    return j < begin - 1 && Character.isUpperCase(text.charAt(j)) ? j : -1;
  }

  /**
   * Drops model-found names that occur only in Title Case headline runs: found there and nowhere in
   * the running text (by name key), and not catalog names.
   */
  static List<ResolvedMention> withoutHeadlineOnlyNames(
      List<ResolvedMention> mentions, Headlines headlines) {
    if (headlines.isEmpty()) {
      return mentions;
    }
    Set<String> inRunningText = new HashSet<>();
    for (ResolvedMention m : mentions) {
      if (!headlines.contains(m.begin(), m.end())) {
        inRunningText.add(m.entityId());
        if (m.key() != null) {
          inRunningText.add(m.key());
        }
      }
    }
    List<ResolvedMention> out = new ArrayList<>(mentions.size());
    for (ResolvedMention m : mentions) {
      boolean modelOnly = ResolvedMention.MODEL.equals(m.matchKind());
      if (modelOnly
          && headlines.contains(m.begin(), m.end())
          && !inRunningText.contains(m.entityId())
          && (m.key() == null || !inRunningText.contains(m.key()))) {
        continue;
      }
      out.add(m);
    }
    return out;
  }

  /** Lower-case nouns a name modifies when it names a body ("Al-Wefaq government"). */
  private static final Set<String> BODY_NOUNS =
      Set.of(
          "government",
          "forces",
          "army",
          "militia",
          "militias",
          "ministry",
          "party",
          "council",
          "authorities",
          "administration",
          "regime",
          "parliament",
          "troops");

  /** Lower-case nouns a name modifies when it names a place ("Jufrah regions"). */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "region",
          "regions",
          "province",
          "provinces",
          "city",
          "town",
          "area",
          "areas",
          "district",
          "governorate",
          "airport",
          "port",
          "border",
          "valley",
          "basin",
          "oilfield");

  private static final Pattern COORDINATION = Pattern.compile("\\s*(,|,?\\s+and|,?\\s+or)\\s+");

  /**
   * One-word names a model read as persons, read as the text around them says: before a noun of
   * bodies or places, or coordinated with names of another kind that agree. A results table's
   * "Adams 45, Vieira 90" is left alone: numbers are no coordination.
   */
  static List<ResolvedMention> retypeLoneNames(String text, List<ResolvedMention> mentions) {
    List<ResolvedMention> out = new ArrayList<>(mentions);
    for (int i = 0; i < out.size(); i++) {
      ResolvedMention m = out.get(i);
      if (!ResolvedMention.MODEL.equals(m.matchKind())
          || m.mentionType() != EntityType.PERSON
          || m.key() == null
          || !NameKeys.singleName(m.key())) {
        continue;
      }
      EntityType as = null;
      String next = wordAfter(text, m.end());
      if (BODY_NOUNS.contains(next)) {
        as = EntityType.ORG;
      } else if (PLACE_NOUNS.contains(next)) {
        as = EntityType.LOC;
      } else {
        EntityType before =
            i > 0 && coordinated(text, out.get(i - 1).end(), m.begin())
                ? out.get(i - 1).mentionType()
                : null;
        EntityType after =
            i + 1 < out.size() && coordinated(text, m.end(), out.get(i + 1).begin())
                ? out.get(i + 1).mentionType()
                : null;
        EntityType agreed =
            before == null ? after : after == null || after == before ? before : null;
        if (agreed != null && agreed != EntityType.PERSON && agreed != EntityType.NORP) {
          as = agreed;
        }
      }
      if (as != null) {
        out.set(i, m.withEntity(m.entityId(), as, m.matchKind(), m.partOf(), m.ambiguous()));
      }
    }
    return out;
  }

  private static boolean coordinated(String text, int end, int begin) {
    return begin > end && COORDINATION.matcher(text.substring(end, begin)).matches();
  }

  /** The lower-case word right after an offset (one space between), or "". */
  private static String wordAfter(String text, int end) {
    if (end >= text.length() || text.charAt(end) != ' ') {
      return "";
    }
    int b = end + 1;
    int e = b;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    String w = text.substring(b, e);
    return w.equals(w.toLowerCase(Locale.ROOT)) ? w : "";
  }

  /** A person the document names in full, at an offset. */
  private record FullName(int begin, String entityId, String first) {}

  /**
   * Lone surnames and first names a model found, joined to a person the document names in full whom
   * the honorific allows: the nearest earlier such mention, else the nearest later one.
   */
  static List<ResolvedMention> bareNames(String text, List<ResolvedMention> mentions) {
    Map<String, List<FullName>> byLast = new HashMap<>();
    Map<String, List<FullName>> byFirst = new HashMap<>();
    for (ResolvedMention m : mentions) {
      if (m.mentionType() == EntityType.PERSON
          && m.key() != null
          && !NameKeys.singleName(m.key())) {
        String first = NameKeys.firstWord(m.key());
        FullName f = new FullName(m.begin(), m.entityId(), first);
        byLast.computeIfAbsent(NameKeys.lastWord(m.key()), k -> new ArrayList<>()).add(f);
        byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(f);
      }
    }
    if (byLast.isEmpty()) {
      return mentions;
    }
    List<ResolvedMention> out = new ArrayList<>(mentions.size());
    for (ResolvedMention m : mentions) {
      String honorific =
          ResolvedMention.MODEL.equals(m.matchKind()) ? honorificBefore(text, m.begin()) : null;
      if (!ResolvedMention.MODEL.equals(m.matchKind())
          || m.key() == null
          || !NameKeys.singleName(m.key())
          || (m.mentionType() != EntityType.PERSON && honorific == null)
          || AliasTarget.isAcronym(text.substring(m.begin(), m.end()))) {
        out.add(m);
        continue;
      }
      Gender gender = Honorifics.gender(honorific);
      String word = NameKeys.lastWord(m.key());
      FullName person = nearest(byLast.get(word), m.begin(), gender);
      String kind = AliasTarget.SURNAME;
      if (person == null
          && m.mentionType() == EntityType.PERSON
          && honorific == null
          && GivenNames.isGivenName(word)) {
        person = nearest(byFirst.get(word), m.begin(), Gender.UNKNOWN);
        kind = FIRST_NAME;
      }
      out.add(
          person == null
              ? m
              : m.withEntity(person.entityId(), EntityType.PERSON, kind, null, false));
    }
    return out;
  }

  /**
   * Among the full names (in text order) a lone name may be, those whose given name the honorific's
   * sex allows: the nearest before {@code at}, else the nearest after.
   */
  private static FullName nearest(List<FullName> names, int at, Gender honorific) {
    if (names == null) {
      return null;
    }
    // Binary search for the position, then outwards to the first name the honorific allows
    // (nearly always the first looked at): a long document repeats a surname hundreds of times.
    int lo = 0;
    int hi = names.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (names.get(mid).begin() < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0; i--) {
      if (GivenNames.gender(names.get(i).first()).compatibleWith(honorific)) {
        return names.get(i);
      }
    }
    for (int i = lo; i < names.size(); i++) {
      if (GivenNames.gender(names.get(i).first()).compatibleWith(honorific)) {
        return names.get(i);
      }
    }
    return null;
  }

  /** The honorific right before an offset ("Mr." in "Mr. Clinton"), or null. */
  static String honorificBefore(String text, int begin) {
    int i = begin;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    int j = i;
    while (j > 0 && !Character.isWhitespace(text.charAt(j - 1)) && i - j < 10) {
      j--;
    }
    String word = text.substring(j, i);
    return i > j && Honorifics.isHonorific(word) ? word : null;
  }

  /**
   * How far left a label may be read: the start of the name's sentence, or of the sentence before
   * when the sentence detector cut after an abbreviation ("Mrs. | Obama": Spark NLP's detector ends
   * sentences at some honorifics). {@link Descriptors} stops at real sentence ends itself.
   */
  static int floor(String text, int at, IntUnaryOperator sentenceBegin) {
    int floor = sentenceBegin.applyAsInt(at);
    for (int i = 0; i < 3 && floor > 0; i++) {
      int end = floor;
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      int start = end;
      while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
        start--;
      }
      if (start == end || Descriptors.endsClause(text.substring(start, end))) {
        break; // a line break, or a real sentence end, before the sentence
      }
      int previous = sentenceBegin.applyAsInt(start);
      if (previous >= floor) {
        break;
      }
      floor = previous;
    }
    return floor;
  }

  /** Honorifics and descriptors of persons, and of any name an honorific is written before. */
  static List<ResolvedMention> labels(
      String text,
      List<ResolvedMention> mentions,
      Headlines headlines,
      IntUnaryOperator sentenceBegin) {
    List<ResolvedMention> out = new ArrayList<>(mentions.size());
    for (ResolvedMention m : mentions) {
      boolean person =
          m.mentionType() == EntityType.PERSON
              || (ResolvedMention.MODEL.equals(m.matchKind())
                  && honorificBefore(text, m.begin()) != null);
      if (!person || headlines.contains(m.begin(), m.end())) {
        out.add(m);
        continue;
      }
      Descriptors.Label label =
          Descriptors.before(text, m.begin(), floor(text, m.begin(), sentenceBegin));
      out.add(m.withLabel(label.honorific(), label.descriptor()));
    }
    out.sort(Comparator.comparingInt(ResolvedMention::begin));
    return out;
  }
}
