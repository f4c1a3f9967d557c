package org.wirelens.entities.names;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.wirelens.text.WordLists;

/**
 * What an outlet writes right before a person's name: an honorific ("Mr.", "Mrs.") and a
 * descriptor, the label it gives the person ("Turkish Defense Minister Hulusi Akar", "renegade
 * commander Khalifa Haftar", "Republican presidential nominee Donald Trump").
 *
 * <p>A descriptor is a run of role words (ranks, offices, titles) and their modifiers (former,
 * retired, nationalities, parties, departments) that ends at the name, within its sentence: it
 * never reaches over a sentence end, a line break or a comma, and a bare honorific is not one ("Mr.
 * Bezos. Mr. Trump" gives Trump the honorific "Mr." and no descriptor). Callers leave names in
 * Title Case headlines without one.
 */
public final class Descriptors {
  /** Words that are roles, titles or ranks, not names. */
  public static final Set<String> TITLES =
      Set.of(
          "president",
          "vice",
          "prime",
          "minister",
          "foreign",
          "defense",
          "defence",
          "interior",
          "finance",
          "general",
          "gen",
          "marshal",
          "field",
          "major",
          "maj",
          "brigadier",
          "colonel",
          "col",
          "captain",
          "capt",
          "lieutenant",
          "lt",
          "sergeant",
          "sgt",
          "admiral",
          "adm",
          "commander",
          "cmdr",
          "chancellor",
          "king",
          "queen",
          "prince",
          "princess",
          "sheikh",
          "emir",
          "crown",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "ambassador",
          "secretary",
          "chief",
          "senator",
          "sen",
          "congressman",
          "congresswoman",
          "lawmaker",
          "speaker",
          "governor",
          "gov",
          "mayor",
          "judge",
          "justice",
          "attorney",
          "prosecutor",
          "pope",
          "cardinal",
          "bishop",
          "imam",
          "ayatollah",
          "rev",
          "reverend",
          "chairman",
          "chairwoman",
          "chair",
          "director",
          "deputy",
          "rep",
          "representative",
          "official",
          "leader",
          "head",
          "envoy",
          "premier",
          "nominee",
          "candidate",
          "contender",
          "frontrunner",
          "challenger",
          "incumbent",
          "strongman",
          "dictator",
          "warlord",
          "adviser",
          "advisor",
          "aide",
          "strategist",
          "manager",
          "executive",
          "ceo",
          "founder",
          "billionaire",
          "businessman",
          "businesswoman",
          "tycoon",
          "mogul",
          "activist",
          "negotiator",
          "mediator",
          "economist",
          "analyst",
          "professor",
          "councilman",
          "councilwoman",
          "delegate",
          "sheriff",
          "coach",
          "striker",
          "goalkeeper",
          "defender",
          "midfielder");

  /** Lower-case words that qualify a role ("former president", "renegade commander"). */
  private static final Set<String> MODIFIERS =
      Set.of(
          "former",
          "retired",
          "late",
          "acting",
          "then",
          "interim",
          "outgoing",
          "embattled",
          "disgraced",
          "veteran",
          "senior",
          "top",
          "longtime",
          "renegade",
          "rebel",
          "opposition",
          "presidential",
          "republican",
          "democratic",
          "democrat",
          "party",
          "national",
          "military",
          "army",
          "militia",
          "security",
          "intelligence",
          "health",
          "energy",
          "oil",
          "trade",
          "labor",
          "labour",
          "economy",
          "education",
          "department",
          "ministry",
          "office",
          "first",
          "of");

  private static final Set<String> PARTIES =
      Set.of(
          "republican",
          "democratic",
          "democrat",
          "labour",
          "conservative",
          "liberal",
          "tory",
          "socialist",
          "communist",
          "green",
          "gop");

  /** Abbreviated titles written with a period that does not end a sentence ("Gen. Haftar"). */
  /**
   * Ranks and offices whose period ends no clause ("Brig. Gen." in a descriptor), from the job's
   * one list of abbreviations (column descriptor).
   */
  private static final Set<String> ABBREVIATIONS = descriptorAbbreviations();

  private static Set<String> descriptorAbbreviations() {
    Set<String> out = new java.util.HashSet<>();
    for (String[] r : WordLists.rows("lexicon/abbreviations.tsv")) {
      if (r[3].equals("yes")) {
        out.add(r[0]);
      }
    }
    return Set.copyOf(out);
  }

  private static final int MAX_WORDS = 6;

  private Descriptors() {}

  /** The honorific and the descriptor before a name; each null when there is none. */
  public record Label(String honorific, String descriptor) {
    public static final Label NONE = new Label(null, null);

    /** The role word next to the name, lower case ("minister", "nominee"), or null. */
    public String head() {
      if (descriptor == null) {
        return null;
      }
      String last = descriptor.substring(descriptor.lastIndexOf(' ') + 1);
      return last.replace(".", "").toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The label before {@code begin} in {@code text}, looking no further left than {@code
   * sentenceBegin}.
   */
  public static Label before(String text, int begin, int sentenceBegin) {
    Deque<String> words = new ArrayDeque<>();
    int end = begin;
    String honorific = null;
    boolean first = true;
    while (words.size() < MAX_WORDS) {
      int[] w = wordBefore(text, end, Math.max(0, sentenceBegin));
      if (w == null) {
        break;
      }
      String word = text.substring(w[0], w[1]);
      if (endsClause(word)) {
        break;
      }
      String bare = word.replace(".", "").toLowerCase(Locale.ROOT);
      if (first && Honorifics.isHonorific(word) && !bare.equals("lady")) {
        honorific = word;
        first = false;
        end = w[0];
        continue;
      }
      if (first && bare.equals("lady")) {
        // "Lady Ashton" is an honorific; "First Lady Michelle Obama" a role.
        int[] prev = wordBefore(text, w[0], Math.max(0, sentenceBegin));
        if (prev == null || !text.substring(prev[0], prev[1]).equalsIgnoreCase("first")) {
          honorific = word;
          first = false;
          end = w[0];
          continue;
        }
        words.addFirst(word);
        first = false;
        end = w[0];
        continue;
      }
      boolean role = TITLES.contains(bare);
      if (words.isEmpty() && !role) {
        // The word next to the name must be a role ("Fleeing President" ends at President), or
        // the object of one: "Secretary of State", "Minister of Defence", "Chief of Staff".
        int[] of = wordBefore(text, w[0], Math.max(0, sentenceBegin));
        int[] office = of == null ? null : wordBefore(text, of[0], Math.max(0, sentenceBegin));
        if (office == null
            || !Character.isUpperCase(word.charAt(0))
            || !text.substring(of[0], of[1]).equals("of")
            || !TITLES.contains(text.substring(office[0], office[1]).toLowerCase(Locale.ROOT))) {
          break;
        }
        role = true;
      }
      if (!role && !modifier(word, bare)) {
        break;
      }
      words.addFirst(word);
      first = false;
      end = w[0];
    }
    // "of" only joins roles ("Secretary of State"), it does not start a descriptor.
    while (!words.isEmpty() && words.peekFirst().equalsIgnoreCase("of")) {
      words.removeFirst();
    }
    return new Label(honorific, words.isEmpty() ? null : String.join(" ", words));
  }

  /**
   * The word before {@code end}: [begin, end) of the run of non-space characters, or null at the
   * sentence's start or across a line break.
   */
  private static int[] wordBefore(String text, int end, int floor) {
    int i = end;
    while (i > floor && text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i <= floor || Character.isWhitespace(text.charAt(i - 1))) {
      return null; // the sentence's start, or a line break or tab before the name
    }
    int j = i;
    while (j > floor && !Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    return new int[] {j, i};
  }

  /**
   * Whether a word ends a clause, so nothing before it labels the name: a sentence end ("Bezos."
   * but not "Mr.", "Gen.", "U.S." or an initial), a comma, a quote or a bracket.
   */
  public static boolean endsClause(String word) {
    char last = word.charAt(word.length() - 1);
    if (last == ','
        || last == ';'
        || last == ':'
        || last == '!'
        || last == '?'
        || last == ')'
        || last == '"'
        || last == '\u201d'
        || last == '\''
        || last == '\u2019'
        || last == ']') {
      return true;
    }
    if (last != '.') {
      return false;
    }
    String bare = word.replace(".", "");
    if (bare.isEmpty()) {
      return true;
    }
    boolean abbreviation =
        Honorifics.isHonorific(word)
            || ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT))
            || bare.length() == 1
            || word.indexOf('.') < word.length() - 1; // U.S., U.N.
    return !abbreviation;
  }

  private static boolean modifier(String word, String bare) {
    if (MODIFIERS.contains(bare) || PARTIES.contains(bare)) {
      return true;
    }
    if (!Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    // Capitalised: a nationality ("Turkish", "Libyan", "Saudi"), an acronym ("U.S.", "UN", "EU").
    boolean acronym = word.replace(".", "").chars().allMatch(Character::isUpperCase);
    return acronym || isDemonymLike(bare);
  }

  /** "Turkish", "Libyan", "Russian", "Saudi", "Chinese": adjectives of nationality. */
  private static boolean isDemonymLike(String w) {
    return w.endsWith("ish")
        || w.endsWith("an")
        || w.endsWith("i")
        || w.endsWith("ese")
        || w.endsWith("ch");
  }
}
