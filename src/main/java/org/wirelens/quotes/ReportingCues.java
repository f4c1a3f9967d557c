package org.wirelens.quotes;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reporting verbs of English news ("said", "told", "added", "according to", ...), each word form
 * with how it may introduce reported speech. A general list of verbs of saying, written for news
 * English, not taken from any evaluation set.
 */
final class ReportingCues {
  /**
   * How a verb form reports speech.
   *
   * @param lemma the verb ("say")
   * @param strength what may follow it as reported speech without quotation marks
   * @param takesObject whether a listener may stand between verb and speech ("told Reuters")
   * @param participle an -ing form ("adding that"): its speaker is the clause's subject
   */
  record Cue(String lemma, Strength strength, boolean takesObject, boolean participle) {}

  /** What may follow a cue as reported speech. */
  enum Strength {
    /** Any clause: "said the talks had failed", "told Reuters the talks had failed". */
    CLAUSE,
    /** A clause opened by "that" or a subject pronoun: "added that ...", "noted it was ...". */
    THAT_CLAUSE,
    /** Only words in quotation marks: "called the plan 'a disaster'", "described it as 'fair'". */
    QUOTED_ONLY
  }

  /** Verbs that name the listener before the speech: "assured voters that", "urged Russia to". */
  private static final Set<String> LISTENER =
      Set.of(
          "tell", "assure", "remind", "inform", "advise", "urge", "ask", "warn", "promise",
          "caution", "answer");

  /** One-syllable verbs whose last consonant doubles: quipped, dubbed, blogged. */
  private static final Set<String> DOUBLING = Set.of("quip", "dub", "blog");

  private static final Map<String, Cue> FORMS = new HashMap<>();

  static {
    // say and tell are by far the commonest and rarely mean anything else before a clause.
    verb("say", Strength.CLAUSE, false, "say", "says", "said", "saying");
    verb("tell", Strength.CLAUSE, true, "tell", "tells", "told", "telling");
    for (String v :
        new String[] {
          "claim",
          "insist",
          "argue",
          "admit",
          "acknowledge",
          "concede",
          "allege",
          "contend",
          "assert",
          "predict",
          "declare",
          "reiterate",
          "stress",
          "emphasize",
          "emphasise",
          "maintain",
          "complain",
          "testify",
          "vow",
          "pledge",
          "explain",
          "add",
          "note",
          "state",
          "announce",
          "confirm",
          "suggest",
          "report",
          "reveal",
          "warn",
          "tweet",
          "reply",
          "respond",
          "recall",
          "remark",
          "observe",
          "comment",
          "indicate",
          "mention",
          "continue",
          "counter",
          "retort",
          "caution",
          "boast",
          "joke",
          "quip",
          "shout",
          "yell",
          "chant",
          "whisper",
          "exclaim",
          "lament",
          "recount",
          "disclose",
          "conclude",
          "charge",
          "proclaim",
          "underline",
          "underscore",
          "highlight",
          "clarify",
          "concur",
          "agree",
          "estimate",
          "forecast",
          "promise",
          "assure",
          "remind",
          "inform",
          "advise",
          "urge",
          "ask",
          "answer",
          "propose",
          "recommend",
          "demand",
          "plead",
          "hint",
          "speculate",
          "wonder",
          "muse",
          "sigh",
          "scream",
          "protest",
          "object",
          "threaten",
          "point",
          "deny",
          "post",
          "blog",
          "blurt",
          "fire",
          "shoot",
          "hit"
        }) {
      regular(v, Strength.THAT_CLAUSE, LISTENER.contains(v));
    }
    verb("write", Strength.THAT_CLAUSE, false, "write", "writes", "wrote", "written", "writing");
    // Written words: "the sign read", "the statement reads".
    verb("read", Strength.THAT_CLAUSE, false, "read", "reads");
    verb("shoot", Strength.THAT_CLAUSE, false, "shot");
    for (String v : new String[] {"call", "describe", "dub", "label", "brand", "term"}) {
      regular(v, Strength.QUOTED_ONLY, false);
    }
  }

  private ReportingCues() {}

  /** The cue of a lower-case word form, or null. */
  static Cue of(String lower) {
    return FORMS.get(lower);
  }

  private static void verb(String lemma, Strength s, boolean obj, String... forms) {
    for (String f : forms) {
      FORMS.put(f, new Cue(lemma, s, obj, f.endsWith("ing")));
    }
  }

  /** Regular English inflection: note, notes, noted, noting; deny, denies, denied; tweet, ... */
  private static void regular(String v, Strength s, boolean obj) {
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
    } else if (DOUBLING.contains(v)) {
      char last = v.charAt(v.length() - 1);
      past = v + last + "ed";
      third = v + "s";
      ing = v + last + "ing";
    } else {
      past = v + "ed";
      third = v.endsWith("sh") || v.endsWith("ch") || v.endsWith("s") ? v + "es" : v + "s";
      ing = v + "ing";
    }
    verb(v, s, obj, v, third, past, ing);
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
