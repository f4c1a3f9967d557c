package org.wirelens.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirelens.WirelensException;
import org.wirelens.text.WordLists;

/**
 * Reporting verbs of English news ("said", "told", "added", "according to", ...), each word form
 * with how it may introduce reported speech. A general list of verbs of saying, written for news
 * English, not taken from any evaluation set: {@code data/lexicon/reporting-verbs.tsv}, read once
 * per JVM.
 */
final class ReportingCues {
  static final String FILE = "lexicon/reporting-verbs.tsv";

  /**
   * How a verb form reports speech.
   *
   * @param lemma the verb ("say")
   * @param strength what may follow it as reported speech without quotation marks
   * @param takesObject whether a listener may stand between verb and speech ("told Reuters")
   * @param participle an -ing form ("adding that"): its speaker is the clause's subject
   * @param past an irregular past form ("said", "told", "wrote"); regular ones end in -ed
   * @param particle a particle that may follow the verb before its speech ("pointed out"), or null
   * @param particleRequired the verb reports speech only with its particle ("fired back")
   */
  record Cue(
      String lemma,
      Strength strength,
      boolean takesObject,
      boolean participle,
      boolean past,
      String particle,
      boolean particleRequired) {}

  /** What may follow a cue as reported speech. */
  enum Strength {
    /** Any clause: "said the talks had failed", "told Reuters the talks had failed". */
    CLAUSE,
    /** A clause opened by "that" or a subject pronoun: "added that ...", "noted it was ...". */
    THAT_CLAUSE,
    /** Only words in quotation marks: "called the plan 'a disaster'", "described it as 'fair'". */
    QUOTED_ONLY
  }

  /** "according to", read as a cue of its own (speech before or after it, any clause). */
  static final Cue ACCORDING_TO =
      new Cue("according to", Strength.CLAUSE, false, false, false, null, false);

  private static final Map<String, Cue> FORMS = read();

  private ReportingCues() {}

  /** The cue of a lower-case word form, or null. */
  static Cue of(String lower) {
    return FORMS.get(lower);
  }

  /** Every word form that is a cue. */
  static Set<String> forms() {
    return FORMS.keySet();
  }

  private static Map<String, Cue> read() {
    Map<String, Cue> forms = new HashMap<>();
    for (String[] r : WordLists.rows(FILE)) {
      String v = r[0];
      Strength s =
          switch (r[1]) {
            case "clause" -> Strength.CLAUSE;
            case "that" -> Strength.THAT_CLAUSE;
            case "quoted" -> Strength.QUOTED_ONLY;
            default -> throw new WirelensException(FILE + ": no such speech " + r[1]);
          };
      boolean listener = r[2].equals("yes");
      String particle = r[5].equals("-") ? null : r[5].replace("!", "");
      boolean required = r[5].endsWith("!");
      List<String> listed = r[4].equals("-") ? List.of() : List.of(r[4].split(" "));
      List<String> all = new ArrayList<>();
      if (!r[3].equals("irregular")) {
        all.addAll(regular(v, r[3].equals("doubling")));
      }
      all.addAll(listed);
      for (String f : all) {
        // Irregular forms other than the lemma, its -s form and its -ing form are past forms.
        boolean past =
            listed.contains(f) && !f.equals(v) && !f.equals(v + "s") && !f.endsWith("ing");
        forms.put(f, new Cue(v, s, listener, f.endsWith("ing"), past, particle, required));
      }
    }
    return Map.copyOf(forms);
  }

  /** Regular English inflection: note, notes, noted, noting; deny, denies, denied; tweet, ... */
  private static List<String> regular(String v, boolean doubling) {
    String past;
    String third;
    String ing;
    if (v.endsWith("e")) {
      past = v + "d";
      third = v + "s";
      ing = v.endsWith("ee") ? v + "ing" : v.substring(0, v.length() - 1) + "ing";
    } else if (v.endsWith("y") && !isVowel(v.charAt(v.length() - 2))) {
      past = v.substring(0, v.length() - 1) + "ied";
      third = v.substring(0, v.length() - 1) + "ies";
      ing = v + "ing";
    } else if (doubling) {
      char last = v.charAt(v.length() - 1);
      past = v + last + "ed";
      third = v + "s";
      ing = v + last + "ing";
    } else {
      past = v + "ed";
      third = v.endsWith("sh") || v.endsWith("ch") || v.endsWith("s") ? v + "es" : v + "s";
      ing = v + "ing";
    }
    return List.of(v, third, past, ing);
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
